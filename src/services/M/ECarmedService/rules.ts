import { addDays } from '../../../domain/dates';
import type { MedicalCard, Period } from '../../../sources/mediprima';
import { refundCodeFor } from '../../../sources/mediprima';
import type { Identity } from '../../../sources/persons';
import type { Ctx } from './context';
import { BackendMessageDef, MEDIPRIMA } from './messages';

/** How far a decision may reach back before its decision date (POD MI manual: 60 days). */
export const MAX_RETROACTIVE_DAYS = 60;

/** The last day a decision starting on `start` may run to: one year at most. */
export function lastAllowedDay(start: string): string {
  const next = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
  // 29 February + 1 year: the day before 1 March.
  return addDays(next.endsWith('-02-29') ? `${next.slice(0, 4)}-03-01` : next, -1);
}

const overlaps = (a: Period, b: Period): boolean => a.startDate <= b.endDate && b.startDate <= a.endDate;

/**
 * The rules a proposed decision must meet (contracts-wave2.md §4.2, each a backend message):
 * a valid period, a decision date not in the future, at most 60 days of retroactivity before the
 * decision date, at most one year, hospitalisation only with ambulatory care, every cover inside
 * the decision's period, a beneficiary alive when it starts, and one decision per person at a time
 * (`except`: the card being modified).
 */
export function proposalProblems(ctx: Ctx, person: Identity | undefined, period: Period, card: MedicalCard, except?: string): BackendMessageDef[] {
  const problems: BackendMessageDef[] = [];
  if (!person) return [MEDIPRIMA.NO_PERSON];
  if (period.startDate > period.endDate) problems.push(MEDIPRIMA.PERIOD_INVALID);
  if (card.decisionDate > ctx.today) problems.push(MEDIPRIMA.DECISION_DATE);
  if (period.startDate < addDays(card.decisionDate, -MAX_RETROACTIVE_DAYS)) problems.push(MEDIPRIMA.TOO_RETROACTIVE);
  if (period.endDate > lastAllowedDay(period.startDate)) problems.push(MEDIPRIMA.TOO_LONG);
  if (card.covers.hospitalization && !card.covers.ambulatoryHospitalization) problems.push(MEDIPRIMA.HOSPITALISATION_ALONE);
  const covers = Object.values(card.covers);
  if (covers.some((c) => c!.validityPeriod.startDate > c!.validityPeriod.endDate || c!.validityPeriod.startDate < period.startDate || c!.validityPeriod.endDate > period.endDate)) problems.push(MEDIPRIMA.COVER_OUTSIDE);
  if (person.deceaseDate && person.deceaseDate < period.startDate) problems.push(MEDIPRIMA.DECEASED);
  const others = ctx.sources.mediprima.cardsOf(person.ssin).filter((c) => c.eCarmedNumber !== except && c.status !== 'CANCELLED' && overlaps(c.validityPeriod, period));
  if (others.length) problems.push(MEDIPRIMA.ONE_DECISION);
  return problems;
}

/** The refund code POD MI gives the decision: the person's situation on its first day (refund-codes.ts). */
export function refundCodeOf(ctx: Ctx, ssin: string, period: Period, card: MedicalCard): number {
  const day = period.startDate;
  const documents = ctx.sources.rr.residenceDocuments(ssin);
  return refundCodeFor({
    insured: ctx.sources.nic.situationAt(ssin, day).insurability !== undefined,
    illegalStay: documents.length > 0 && !documents.some((d) => d.begin_date <= day && (d.end_date === null || d.end_date >= day)),
    struckOff: false,
    incomeBelowLivingWage: card.incomeLessThanRISInd === 'Y',
  });
}
