/** Calendar quarters written yyyyQn (CommonV3 YearQuarterType), and their first and last days. */

const QUARTER = /^[12]\d{3}Q[1-4]$/;

export function isQuarter(value: string): boolean {
  return QUARTER.test(value);
}

export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export function quarterBegin(quarter: string): string {
  const month = (Number(quarter[5]) - 1) * 3 + 1;
  return `${quarter.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

export function quarterEnd(quarter: string): string {
  return ['', '03-31', '06-30', '09-30', '12-31'].map((d) => `${quarter.slice(0, 4)}-${d}`)[Number(quarter[5])];
}

export function nextQuarter(quarter: string): string {
  const n = Number(quarter[5]);
  return n === 4 ? `${Number(quarter.slice(0, 4)) + 1}Q1` : `${quarter.slice(0, 5)}${n + 1}`;
}

export function previousQuarter(quarter: string): string {
  const n = Number(quarter[5]);
  return n === 1 ? `${Number(quarter.slice(0, 4)) - 1}Q4` : `${quarter.slice(0, 5)}${n - 1}`;
}

/** Every quarter from `first` to `last`, both included. */
export function quartersFrom(first: string, last: string): string[] {
  const list: string[] = [];
  for (let q = first; q <= last; q = nextQuarter(q)) list.push(q);
  return list;
}
