import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { MSG } from '../../../domain/codes';
import { ALLOWANCE, DossierStatus, effectiveSanctions, monthGrid, RvaActivation, RvaPayment } from '../../../sources/rva';
import type { Criteria, MonthRange } from './criteria';
import { answer, cents, decimal, found, notFound, openPeriod, requireSpan } from './reply';
import { DAY_CODES, descriptionsOf, labelOr } from './labels';

/**
 * The month-range operations: consultPaidSums, consultActivationPaidSums (searchCriteria
 * {ssin, period{startMonth, endMonth}, allAllowance?}) and consultScheduledPayment ({ssin, period}).
 * A range longer than the contract's result list (48, 24, 12 months) is refused with UD000031;
 * a file without payments in the range answers UDS00010.
 */

const inRange = (range: MonthRange) => (month: string) => month >= range.start && month <= range.end;

/** The least advanced check of the month's payments decides its dossierStatus. */
const CHECK_ORDER: DossierStatus[] = ['NOT_STARTED', 'PROVISIONAL', 'COMPLETED'];

function paidSumXml(month: string, payments: RvaPayment[]): XmlObject {
  const dossierStatus = CHECK_ORDER[Math.min(...payments.map((p) => CHECK_ORDER.indexOf(p.dossier_status)))];
  const accepted = payments.every((p) => p.accepted_amount !== null) ? payments.reduce((s, p) => s + cents(p.accepted_amount!), 0) : undefined;
  return {
    relatedMonth: month,
    paidAmount: payments.reduce((s, p) => s + cents(p.gross_amount), 0),
    // The accepted amount exists only once the RVA's check has started.
    acceptedAmount: dossierStatus === 'NOT_STARTED' ? undefined : accepted,
    dossierStatus,
    nbrOfAllowances: decimal(Math.min(100, payments.reduce((s, p) => s + p.days, 0))),
  };
}

function byMonth<T extends { month: string }>(rows: T[]): Map<string, T[]> {
  const months = new Map<string, T[]>();
  for (const r of rows) months.set(r.month, [...(months.get(r.month) ?? []), r]);
  return months;
}

export function consultPaidSums(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  requireSpan(c.months!, 48);
  // Without allAllowance=1 only the allowances of the unemployed themselves are counted (modelled: temporary unemployment left out).
  const payments = ctx.sources.rva
    .payments(c.ssin)
    .filter((p) => inRange(c.months!)(p.month) && (c.allAllowance || p.allowance !== ALLOWANCE.TEMPORARY));
  if (payments.length === 0) return answer(request, ctx, c, notFound(ctx, c.ssin, MSG.UDS_FILE_WITHOUT_PAYMENT));
  const paidSum = [...byMonth(payments)].map(([month, rows]) => paidSumXml(month, rows));
  return answer(request, ctx, c, found(), { paidSums: { paidSum } });
}

function allowanceXml(a: RvaActivation): XmlObject {
  return {
    employer: { enterpriseNumber: a.employer_cbe, businessUnitNumber: a.business_unit ?? undefined, entryIntoEmploymentDate: a.entry_date ?? undefined },
    phase: { wageScaleCode: a.wage_scale_code, validityPeriod: openPeriod(a.phase_begin, a.phase_end) },
    workOccupation: a.mean_hours !== null && a.ref_hours !== null ? { meanWorkingHours: a.mean_hours, refMeanWorkingHours: a.ref_hours } : undefined,
  };
}

export function consultActivationPaidSums(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  requireSpan(c.months!, 24);
  const rows = ctx.sources.rva.activations(c.ssin).filter((a) => inRange(c.months!)(a.month));
  if (rows.length === 0) return answer(request, ctx, c, notFound(ctx, c.ssin, MSG.UDS_FILE_WITHOUT_PAYMENT));
  const activationAllowance = [...byMonth(rows)].map(([month, list]) => ({
    paymentMonth: month,
    amount: list.reduce((s, a) => s + cents(a.amount), 0),
    allowances: { allowance: list.slice(0, 100).map(allowanceXml) },
  }));
  return answer(request, ctx, c, found(), { activationAllowances: { activationAllowance } });
}

/**
 * The day grid of each paid month: the same calendar the payments were counted with
 * (src/sources/rva.ts monthGrid), so the indemnified days equal nbrOfAllowances.
 */
export function consultScheduledPayment(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  requireSpan(c.months!, 12);
  const rva = ctx.sources.rva;
  const months = [...new Set(rva.payments(c.ssin).map((p) => p.month))].filter(inRange(c.months!));
  if (months.length === 0) return answer(request, ctx, c, notFound(ctx, c.ssin, MSG.UDS_FILE_WITHOUT_PAYMENT));
  const rights = rva.rights(c.ssin).map((r) => ({ begin: r.begin_date, end: r.end_date ?? undefined }));
  const disabilities = rva.disabilities(c.ssin).map((d) => ({ begin: d.begin_date, end: d.end_date ?? undefined }));
  const sanctions = effectiveSanctions(rva.sanctions(c.ssin));
  const monthlyData = months.map((month) => ({
    month: Number(month.slice(5, 7)),
    dailyData: monthGrid(month, rights, disabilities, sanctions).map((d) => ({
      day: d.day,
      code: { value: d.code, descriptions: descriptionsOf(labelOr(DAY_CODES, d.code)) },
    })),
  }));
  return answer(request, ctx, c, found(), { scheduledPayment: { monthlyData } });
}
