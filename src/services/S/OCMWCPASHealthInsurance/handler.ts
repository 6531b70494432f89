import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { REASON } from '../../../domain/codes';
import { ClassicError, ClassicResult } from '../../types';
import { parseXsdDate } from '../../../domain/dates';
import type { Incapacity, Insurability } from '../../../sources/nic/reader';
import { readOnce } from '../../read-once';

export type Asked = 'Assurability' | 'Indemnity';

/** What a request asks: Assurability or Indemnity, over StartDate..EndDate. */
function readAsked(request: XmlElement): { kind: Asked; start: string; end: string } {
  const kind: Asked = child(request, 'Indemnity') ? 'Indemnity' : 'Assurability';
  const period = child(child(request, kind), 'Period');
  const date = (name: string) => {
    const raw = childText(period, name);
    const value = raw === undefined ? undefined : parseXsdDate(raw);
    if (!value) throw new ClassicError({ severity: 'ERROR', def: raw === undefined ? REASON.ARGUMENT_MISSING : REASON.ARGUMENT_INVALID, information: [{ fieldName: `${kind}/Period/${name}`, fieldValue: raw }] });
    return value;
  };
  const start = date('StartDate');
  const end = date('EndDate');
  if (end < start) throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, diagnostic: 'The EndDate lies before the StartDate.', information: [{ fieldName: `${kind}/Period`, fieldValue: `${start}..${end}` }] });
  return { kind, start, end };
}

/** The request's question, read once per request (operation, requested period, handler). */
export const askedOf = readOnce(readAsked);

const insurance = (r: Insurability): XmlObject => ({
  Period: { StartDate: r.begin_date, EndDate: r.end_date ?? undefined },
  InsuringOrganization: r.insuring_organization,
  Mutuality: r.mutuality,
  RegistrationNumber: r.registration_number,
  CT1: r.ct1,
  CT2: r.ct2,
  Holder: r.holder_ssin ?? undefined,
  ReimbursementRight: r.reimbursement_right === 1,
  PayingThirdParty: r.paying_third_party === 1,
});

const indemnity = (r: Incapacity): XmlObject => ({
  Period: { StartDate: r.begin_date, EndDate: r.end_date ?? undefined },
  InsuringOrganization: r.insuring_organization,
  Mutuality: r.mutuality,
  Kind: r.kind,
  Percentage: r.percentage.toFixed(2),
  DailyGrossAmount: r.daily_gross_amount.toFixed(2),
});

/**
 * S09 OCMWCPASHealthInsurance 20070509 (contracts.md §3.4): the NIC periods that overlap the
 * period asked, whole, the oldest first. Assurability: the insurability periods S08
 * HealthCareInsuranceService answers from; Indemnity: the incapacity periods (primary incapacity,
 * invalidity, maternity leave) S18 HdiIndemnityAllowance answers, those begun by today. Nothing in
 * the period: the SSIN with an INFORMATION detail (19009001 / 19009002).
 */
export function healthInsurance(request: XmlElement, ctx: Ctx): ClassicResult {
  const asked = askedOf(request);
  const ssin = ctx.target?.ssin ?? childText(request, 'SSIN') ?? '';
  const nic = ctx.sources.nic;
  const periods: XmlObject[] =
    asked.kind === 'Assurability' ? nic.insurabilityPeriods(ssin, asked.start, asked.end).map(insurance) : nic.incapacityPeriods(ssin, asked.start, asked.end, ctx.today).map(indemnity);
  const reply: XmlObject = { SSIN: childText(request, 'SSIN') ?? ssin, [asked.kind === 'Assurability' ? 'Insurance' : 'Indemnity']: periods };
  if (periods.length) return { reply };
  const def = asked.kind === 'Assurability' ? REASON.NO_INSURABILITY : REASON.NO_INDEMNITY;
  return { reply, details: [{ severity: 'INFORMATION', def, information: [{ fieldName: 'SSIN', fieldValue: ssin }] }] };
}
