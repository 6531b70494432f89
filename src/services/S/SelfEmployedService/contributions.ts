import type { XmlObject } from '../../../xml/build';
import type { Contribution } from '../../../sources/rsvz';
import { quarterOf } from '../../../domain/quarters';
import type { Ctx } from './context';
import type { QuarterPeriod } from './criteria';

/** The contributions of the asked quarters (open end: up to the current quarter), the oldest first. */
export function contributionsAsked(ctx: Ctx, ssin: string, asked: QuarterPeriod): Contribution[] {
  const end = asked.end ?? quarterOf(ctx.today);
  const current = quarterOf(ctx.today);
  return ctx.sources.rsvz.contributions(ssin).filter((c) => c.quarter >= asked.begin && c.quarter <= end && c.quarter <= current);
}

const euros = (n: number): string => n.toFixed(2);

/** The contributions block (SelfEmployedCommonV1.xsd ContributionsType). */
export function contributionsXml(rows: Contribution[]): XmlObject {
  return {
    contribution: rows.map((c) => ({
      quarter: c.quarter,
      occupation: c.occupation,
      amount: euros(c.amount),
      paymentStatus: c.payment_status,
      paymentDate: c.payment_date ?? undefined,
      outstandingAmount: c.outstanding === null ? undefined : euros(c.outstanding),
    })),
  };
}
