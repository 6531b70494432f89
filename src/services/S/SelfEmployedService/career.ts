import type { XmlObject } from '../../../xml/build';
import type { CareerPeriod } from '../../../sources/rsvz';
import type { Ctx } from './context';
import type { DatePeriod } from './criteria';

/**
 * The career periods RSVZ knows of the person that overlap the asked period (none asked: the
 * whole career), whole, the oldest first; a period that begins after today is not known yet.
 */
export function careerPeriodsAsked(ctx: Ctx, ssin: string, asked: DatePeriod | undefined): CareerPeriod[] {
  const end = asked?.end ?? ctx.today;
  return ctx.sources.rsvz
    .careerPeriods(ssin)
    .filter((p) => p.begin_date <= ctx.today)
    .filter((p) => !asked || (p.begin_date <= end && (p.end_date === null || p.end_date >= asked.begin)));
}

/** The career block (SelfEmployedCommonV1.xsd CareerType). A running period has no endDate. */
export function careerXml(periods: CareerPeriod[]): XmlObject {
  return {
    careerPeriod: periods.map((p) => ({
      period: { beginDate: p.begin_date, endDate: p.end_date ?? undefined },
      periodType: p.period_type,
      occupation: p.occupation,
      equivalenceReason: p.equivalence_reason ?? undefined,
      socialInsuranceFund: { number: p.fund_number, name: p.fund_name },
    })),
  };
}
