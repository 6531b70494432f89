/**
 * Calendar days as the wire and the sources write them: 'yyyy-mm-dd', compared as text, counted
 * in UTC (a day has no time zone here).
 */

/** yyyy-mm-dd plus n days (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

/** How many days month (1-12) of year has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when yyyy-mm-dd names a day the calendar has (2024-02-29 yes, 2023-02-29 and 2024-13-01 no). */
export function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** xsd:date as KSZ writes it: a day, optionally with a timezone (2012-05-24+02:00). */
const XSD_DATE = /^(\d{4}-\d{2}-\d{2})(Z|[+-](\d{2}):(\d{2}))?$/;

/**
 * The calendar day of an xsd:date, or undefined when it is not one. The timezone is dropped: the
 * day is what counts.
 */
export function parseXsdDate(text: string): string | undefined {
  const m = XSD_DATE.exec(text.trim());
  if (!m) return undefined;
  if (m[3] !== undefined && (Number(m[3]) > 14 || Number(m[4]) > 59)) return undefined;
  return isCalendarDay(m[1]) ? m[1] : undefined;
}

/** The days two date ranges share (inclusive; null end = open), 0 when they do not overlap. */
export function sharedDays(aBegin: string, aEnd: string | null, bBegin: string, bEnd: string): number {
  const begin = aBegin > bBegin ? aBegin : bBegin;
  const end = aEnd === null || aEnd > bEnd ? bEnd : aEnd;
  return end < begin ? 0 : Math.round((Date.parse(end) - Date.parse(begin)) / 86400000) + 1;
}
