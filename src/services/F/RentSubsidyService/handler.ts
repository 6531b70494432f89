import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { REFUSAL_REASONS, RentSubsidyFile } from '../../../sources/vmsw';
import { criteriaOf } from './criteria';

/** A person's identity as the registers give it (the housing company registered the person by SSIN). */
function identity(ctx: Ctx, ssin: string): XmlObject {
  const person = ctx.sources.persons.find(ssin);
  return { ssin, lastName: person?.lastName ?? '', firstName: person?.firstName ?? '' };
}

/** One file with exactly the authorised data: person, partner, company, number, status, refusal reason, last payment. */
function subsidyFile(ctx: Ctx, f: RentSubsidyFile): XmlObject {
  return {
    person: identity(ctx, f.ssin),
    partner: f.partner_ssin ? identity(ctx, f.partner_ssin) : undefined,
    housingCompanyName: f.company_name,
    fileNumber: f.file_number,
    fileStatus: f.file_status,
    refusalReason: f.refusal_reason ? { code: f.refusal_reason, description: REFUSAL_REASONS[f.refusal_reason] } : undefined,
    lastPayment: f.last_payment_date && f.last_payment_amount !== null ? { paymentDate: f.last_payment_date, amount: f.last_payment_amount.toFixed(2) } : undefined,
  };
}

/**
 * consultRentSubsidy: head, criteria (echoed), status, then the rent-subsidy files the person is
 * on (as applicant or partner); NO_DATA_FOUND MSG00100 when there is none.
 */
export function consultRentSubsidy(request: XmlElement, ctx: Ctx): XmlObject {
  const files = ctx.sources.vmsw.subsidyFiles(ctx.target?.ssin ?? criteriaOf(request).ssin);
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (files.length === 0) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), rentSubsidyFiles: { rentSubsidyFile: files.map((f) => subsidyFile(ctx, f)) } };
}
