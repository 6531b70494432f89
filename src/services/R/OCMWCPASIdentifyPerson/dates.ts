import { isCalendarDay } from '../../../domain/dates';

/**
 * Incomplete dates (t_IncompleteDate: yyyy-mm-dd, yyyy-mm-00, yyyy-00-00) as day ranges, for the
 * birth-date part of a phonetic search (contracts.md §3.1).
 */
export interface DayRange {
  /** yyyy-mm-dd, inclusive */
  from: string;
  /** yyyy-mm-dd, inclusive */
  to: string;
}

export type Precision = 'day' | 'month' | 'year';

const SHAPE = /^([12]\d{3})-(\d{2})-(\d{2})$/;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * Which parts of an incomplete date are known; undefined when the text is no valid date
 * (a day without a month, a month above 12, or a calendar day that does not exist).
 */
export function precisionOf(date: string): Precision | undefined {
  const m = SHAPE.exec(date);
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo > 12) return undefined;
  if (mo === 0) return d === 0 ? 'year' : undefined;
  if (d === 0) return 'month';
  return isCalendarDay(date) ? 'day' : undefined;
}

/**
 * The days a search date covers with its tolerance. The unit of the tolerance follows what the
 * date gives: days for a complete date, months for yyyy-mm-00, years for yyyy-00-00.
 */
export function searchRange(date: string, tolerance: number): DayRange {
  const [y, m, d] = date.split('-').map(Number);
  switch (precisionOf(date)) {
    case 'day':
      return { from: iso(day(y, m, d - tolerance)), to: iso(day(y, m, d + tolerance)) };
    case 'month':
      // from the first day of the earliest month to the last day of the latest one
      return { from: iso(day(y, m - tolerance, 1)), to: iso(day(y, m + tolerance + 1, 0)) };
    case 'year':
      return { from: `${y - tolerance}-01-01`, to: `${y + tolerance}-12-31` };
    default:
      throw new Error(`not a valid incomplete date: ${date}`);
  }
}

/** The days on which a person with this (possibly incomplete) registered birth date may be born. */
export function birthInterval(date: string): DayRange | undefined {
  return precisionOf(date) ? searchRange(date, 0) : undefined;
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}
