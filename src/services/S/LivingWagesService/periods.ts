import type { LivingWagePeriod } from '../../../sources/podmi';
import type { Ctx } from './context';
import type { Criteria } from './criteria';

/** Which OCMWs a consultation covers: all of Belgium, or only those of the Flemish Region (the Flanders operations). */
export type Scope = 'BELGIUM' | 'FLANDERS';

/**
 * The periods POD MI knows of the person that overlap the requested period, the oldest first.
 * A period that still runs is known up to today (the contract's period has a mandatory end);
 * one that starts after today is not known yet. MODELLED: the Flanders operations keep only the
 * periods granted by OCMWs of the Flemish Region (contract: "consultation of Flanders and Belgium").
 */
export function periodsAsked(ctx: Ctx, criteria: Criteria, scope: Scope): LivingWagePeriod[] {
  const today = ctx.today;
  const askedEnd = criteria.end ?? today;
  return ctx.sources.podmi
    .periods(criteria.ssin, ctx.now.toISOString())
    .filter((p) => p.begin_date <= today)
    .filter((p) => scope === 'BELGIUM' || p.region === 'FLANDERS')
    .filter((p) => p.begin_date <= askedEnd && (p.end_date ?? today) >= criteria.begin);
}

/** A period as the contract writes it (CommonV3 PeriodType: both dates). */
export function periodXml(p: LivingWagePeriod, today: string): { beginDate: string; endDate: string } {
  return { beginDate: p.begin_date, endDate: p.end_date ?? today };
}

/** Groups periods by a key, in the order each key first appears. */
export function groupBy<K>(periods: LivingWagePeriod[], key: (p: LivingWagePeriod) => K): LivingWagePeriod[][] {
  const groups = new Map<K, LivingWagePeriod[]>();
  for (const p of periods) {
    const k = key(p);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return [...groups.values()];
}
