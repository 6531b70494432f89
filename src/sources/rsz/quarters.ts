/** Calendar quarters written yyyyQn (CommonV3 YearQuarterType), and their first and last day. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export function quarterBegin(quarter: string): string {
  const month = (Number(quarter[5]) - 1) * 3 + 1;
  return `${quarter.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

export function quarterEnd(quarter: string): string {
  const month = Number(quarter[5]) * 3;
  const last = new Date(Date.UTC(Number(quarter.slice(0, 4)), month, 0)).getUTCDate();
  return `${quarter.slice(0, 4)}-${String(month).padStart(2, '0')}-${last}`;
}

export function nextQuarter(quarter: string): string {
  const n = Number(quarter[5]);
  return n === 4 ? `${Number(quarter.slice(0, 4)) + 1}Q1` : `${quarter.slice(0, 5)}${n + 1}`;
}

export function previousQuarter(quarter: string): string {
  const n = Number(quarter[5]);
  return n === 1 ? `${Number(quarter.slice(0, 4)) - 1}Q4` : `${quarter.slice(0, 5)}${n - 1}`;
}

/** The days two date ranges share (inclusive; null end = open), 0 when they do not overlap. */
export function sharedDays(aBegin: string, aEnd: string | null, bBegin: string, bEnd: string): number {
  const begin = aBegin > bBegin ? aBegin : bBegin;
  const end = aEnd === null || aEnd > bEnd ? bEnd : aEnd;
  return end < begin ? 0 : Math.round((Date.parse(end) - Date.parse(begin)) / 86400000) + 1;
}
