/** Calendar quarters written yyyyQn (CommonV3 YearQuarterType), and their first and last days. */

const QUARTER = /^([1-2]\d{3})Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return QUARTER.test(value);
}

export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function quarterStart(q: string): string {
  const month = (Number(q[5]) - 1) * 3 + 1;
  return `${q.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

export function quarterEnd(q: string): string {
  return ['', '03-31', '06-30', '09-30', '12-31'].map((d) => `${q.slice(0, 4)}-${d}`)[Number(q[5])];
}

export function nextQuarter(q: string): string {
  const year = Number(q.slice(0, 4));
  const n = Number(q[5]);
  return n === 4 ? `${year + 1}Q1` : `${year}Q${n + 1}`;
}

/** Every quarter from `first` to `last`, both included. */
export function quartersFrom(first: string, last: string): string[] {
  const list: string[] = [];
  for (let q = first; q <= last; q = nextQuarter(q)) list.push(q);
  return list;
}
