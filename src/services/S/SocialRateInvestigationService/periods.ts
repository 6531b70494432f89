import { addDays } from '../../../domain/dates';
import { nextQuarter, previousQuarter, quarterBegin, quarterEnd, quarterOf } from '../../../domain/quarters';

/** A period of days, both ends included; end null = open. */
export interface Period {
  start: string;
  end: string | null;
}

const FAR = '9999-12-31';

/** The overlap of two periods, or undefined. */
export function intersect(a: Period, b: Period): Period | undefined {
  const start = a.start > b.start ? a.start : b.start;
  const ends = [a.end, b.end].filter((e): e is string => e !== null);
  const end = ends.length ? ends.sort()[0] : null;
  return (end ?? FAR) >= start ? { start, end } : undefined;
}

export const overlaps = (a: Period, b: Period): boolean => intersect(a, b) !== undefined;

/** Periods joined where they overlap or touch, the oldest first. */
export function union(periods: Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  const out: Period[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (last.end === null || addDays(last.end, 1) >= p.start)) {
      if (last.end !== null && (p.end === null || p.end > last.end)) last.end = p.end;
    } else out.push({ ...p });
  }
  return out;
}

/**
 * The social tariff a right gives its household (MODELLED on FOD Economie's quarterly rule): every
 * quarter in which the right holds on at least one day, and the quarter after it, whole.
 */
export function tariffPeriod(right: Period): Period {
  return { start: quarterBegin(quarterOf(right.start)), end: right.end === null ? null : quarterEnd(nextQuarter(quarterOf(right.end))) };
}

/**
 * The quarterly run (MODELLED): KSZ communicates the protected persons on the 5th day of a
 * quarter, FOD Economie matches them with the suppliers' contracts and tells the suppliers on the
 * 15th. A quarter's tariff is decided at that quarter's run.
 */
export const bcssCommunication = (quarter: string): string => addDays(quarterBegin(quarter), 4);
export const supplierCommunication = (quarter: string): string => addDays(quarterBegin(quarter), 14);

/** The last day on or before `day` of a quarterly event. */
export function lastRunOn(day: string, dayOfQuarter: (quarter: string) => string): string {
  const q = quarterOf(day);
  return dayOfQuarter(q) <= day ? dayOfQuarter(q) : dayOfQuarter(previousQuarter(q));
}

