import { addDays, daysInMonth } from '../../../domain/dates';

/**
 * Calendar-day arithmetic for ManageAccess periods. A day is 'yyyy-mm-dd'; a period's end is
 * inclusive and null means open (the persons repertory's "empty end date = still active").
 */
export type Day = string;

export interface Period {
  begin: Day;
  end: Day | null;
}

/**
 * day + an ISO 8601 duration of years, months and days (P2M, P1Y, P5Y, P1Y6M, P10D). Months are
 * added calendar-wise and clamped to the month's last day (2024-01-31 + P1M = 2024-02-29).
 */
export function addDuration(day: Day, duration: string): Day {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(duration);
  if (!m || duration === 'P') throw new Error(`unsupported duration ${duration}`);
  const [y, mo, d] = day.split('-').map(Number);
  const months = y * 12 + (mo - 1) + Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const clamped = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
  return addDays(clamped, Number(m[3] ?? 0));
}

/**
 * The last day a registration starting on `start` may cover under a maximum duration: the day
 * before start + maximum (purpose 1, P2M: 2024-03-01 -> 2024-04-30, as in the real sample).
 */
export function lastAllowedDay(start: Day, maxDuration: string): Day {
  return addDays(addDuration(start, maxDuration), -1);
}

/** True when the periods share a day or one starts the day after the other ends. */
export function overlapsOrTouches(a: Period, b: Period): boolean {
  const aReachesB = a.end === null || addDays(a.end, 1) >= b.begin;
  const bReachesA = b.end === null || addDays(b.end, 1) >= a.begin;
  return aReachesB && bReachesA;
}

/** The smallest period covering all of them (open if any is open). */
export function union(periods: Period[]): Period {
  const begin = periods.map((p) => p.begin).reduce((a, b) => (a < b ? a : b));
  const end = periods.some((p) => p.end === null) ? null : periods.map((p) => p.end as Day).reduce((a, b) => (a > b ? a : b));
  return { begin, end };
}

/** What remains of `p` once the days of `cut` are taken out: nothing, one period, or two (cut in the middle). */
export function subtract(p: Period, cut: Period): Period[] {
  const overlap = (cut.end === null || p.begin <= cut.end) && (p.end === null || cut.begin <= p.end);
  if (!overlap) return [p];
  const rest: Period[] = [];
  if (p.begin < cut.begin) rest.push({ begin: p.begin, end: addDays(cut.begin, -1) });
  if (cut.end !== null && (p.end === null || p.end > cut.end)) rest.push({ begin: addDays(cut.end, 1), end: p.end });
  return rest;
}

/**
 * A day as real ManageAccess replies write it: xsd:date with the Europe/Brussels offset of that
 * day's midnight (2024-03-01+01:00, 2024-04-30+02:00; contracts.md §1.5 and the real sample).
 */
export function brusselsDate(day: Day): string {
  // Intl's time-zone lookup costs ~15 µs; a day's offset never changes, so it is worked out once.
  let dated = brusselsDates.get(day);
  if (dated === undefined) {
    const midnight = new Date(`${day}T00:00:00+01:00`);
    const name = BRUSSELS.formatToParts(midnight).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
    const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
    dated = `${day}${offset}`;
    if (brusselsDates.size >= 10_000) brusselsDates.clear();
    brusselsDates.set(day, dated);
  }
  return dated;
}

const brusselsDates = new Map<Day, string>();

const BRUSSELS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' });
