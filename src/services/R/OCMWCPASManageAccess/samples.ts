import type { SampleHints } from '../../sample-hints';

/** ManageAccess: the action is the operation; a proof that matches the persona (LIST needs one too). */
export const SAMPLES = (op: string): SampleHints => ({
  include: ['PersonData', ...(op === 'LIST' ? ['QueryRegister'] : ['Purpose', 'EndDate'])],
  values: { Purpose: '2', Action: op, QueryRegister: 'ALL', StartDate: (c) => c.today, EndDate: (c) => addMonths(c.today, 1) },
});

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
