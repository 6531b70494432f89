import { durationOf, withOffset } from '../../src/services/P/OCMWCPASListOfAttestations/attestation';
import { addDays } from '../../src/domain/dates';

/** EntryDate + Months + Weeks + Days − 1 day, as the CPAS clients compute the end (contracts-wave2.md §3 P08). */
function endOf(begin: string, d: { Days: number; Weeks: number; Months: number }): string {
  const [y, m, day] = begin.split('-').map(Number);
  const moved = new Date(Date.UTC(y, m - 1 + d.Months, day)).toISOString().slice(0, 10);
  return addDays(moved, d.Weeks * 7 + d.Days - 1);
}

describe('P08 Attestation dates (src/services/P/OCMWCPASListOfAttestations/attestation.ts)', () => {
  it.each([
    ['2026-11-01', '2026-12-31', { Days: 0, Weeks: 0, Months: 2 }],
    ['2026-11-01', '2026-11-11', { Days: 4, Weeks: 1, Months: 0 }],
    ['2026-11-01', '2026-11-01', { Days: 1, Weeks: 0, Months: 0 }],
    ['2025-01-15', '2026-03-20', { Days: 6, Weeks: 0, Months: 14 }],
  ])('from %s to %s is %o, and the clients compute the end back', (begin, end, duration) => {
    expect(durationOf(begin, end)).toEqual(duration);
    expect(endOf(begin, duration)).toBe(end);
  });

  it('gives each day the offset Brussels has at its midnight (summer time from the day after the last Sunday of March to the last Sunday of October)', () => {
    expect(['2015-01-01', '2026-03-29', '2026-03-30', '2026-06-01', '2026-10-25', '2026-10-26'].map(withOffset)).toEqual([
      '2015-01-01+01:00', '2026-03-29+01:00', '2026-03-30+02:00', '2026-06-01+02:00', '2026-10-25+02:00', '2026-10-26+01:00',
    ]);
  });
});
