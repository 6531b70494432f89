/** Calendar months as yyyy-mm text. */

/** The month n months after (or before, n < 0) a month. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** The months from..until (yyyy-mm), both included. */
export function monthsBetween(from: string, until: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= until; m = addMonths(m, 1)) months.push(m);
  return months;
}
