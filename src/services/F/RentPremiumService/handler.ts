import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { REFUSAL_REASONS, RentPremiumFile } from '../../../sources/vmsw';
import { criteriaOf } from './criteria';

/** One registration with exactly the authorised data: person, company, in/out dates, potential entitlement, refusal reason, last payment. */
function registration(ctx: Ctx, f: RentPremiumFile): XmlObject {
  const person = ctx.sources.persons.find(f.ssin);
  return {
    person: { ssin: f.ssin, lastName: person?.lastName ?? '', firstName: person?.firstName ?? '' },
    housingCompanyName: f.company_name,
    registrationDate: f.registration_date,
    deregistrationDate: f.deregistration_date ?? undefined,
    potentiallyEntitled: f.potentially_entitled === 1,
    refusalReason: f.refusal_reason ? { code: f.refusal_reason, description: REFUSAL_REASONS[f.refusal_reason] } : undefined,
    lastPayment: f.last_payment_date && f.last_payment_amount !== null ? { paymentDate: f.last_payment_date, amount: f.last_payment_amount.toFixed(2) } : undefined,
  };
}

/**
 * consultRentPremium: head, criteria (echoed), status, then the person's registrations on the
 * waiting list of a social housing company with what they give for the rent premium;
 * NO_DATA_FOUND MSG00100 when the person was never on a waiting list.
 */
export function consultRentPremium(request: XmlElement, ctx: Ctx): XmlObject {
  const ssin = ctx.target?.ssin ?? criteriaOf(request).ssin;
  const files = ctx.sources.vmsw.premiumFiles(ssin);
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (files.length === 0) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), waitingListRegistrations: { waitingListRegistration: files.map((f) => registration(ctx, f)) } };
}
