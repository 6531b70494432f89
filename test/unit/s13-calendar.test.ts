import { DAY_CODE, effectiveSanctions, indemnifiedDays, monthGrid, RvaRight } from '../../src/sources/rva';
import { insertionEndedBefore } from '../../src/services/S/UnemploymentDataService/situation';

describe('S13 day calendar (six-day regime)', () => {
  const right = [{ begin: '2023-03-01', end: '2024-08-31' }];

  it('indemnifies every day but Sunday inside the right, and lists no day outside it', () => {
    // March 2023 has 31 days, four of them Sundays (5, 12, 19, 26).
    const grid = monthGrid('2023-03', right, [], []);
    expect(grid).toHaveLength(31);
    expect(grid.filter((d) => d.code === DAY_CODE.NOT_INDEMNIFIABLE).map((d) => d.day)).toEqual([5, 12, 19, 26]);
    expect(indemnifiedDays('2023-03', right, [], [])).toBe(27);
    // A right starting on the 15th lists days 15..30 only.
    expect(monthGrid('2023-03', [{ begin: '2023-03-15', end: '2023-03-30' }], [], []).map((d) => d.day)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 15),
    );
    expect(monthGrid('2024-09', right, [], [])).toEqual([]);
  });

  it('marks work disability and effective sanctions, not reprieved ones', () => {
    const disability = [{ begin: '2023-11-06', end: '2023-11-24' }];
    const grid = monthGrid('2023-11', right, disability, []);
    expect(grid.find((d) => d.day === 6)!.code).toBe(DAY_CODE.DISABILITY);
    expect(grid.find((d) => d.day === 25)!.code).toBe(DAY_CODE.INDEMNIFIED);

    const sanction = { kind: 'SANCTION' as const, begin_date: '2023-10-02', end_date: null, weeks: 2, reprieve_date: null };
    const effective = effectiveSanctions([sanction]);
    expect(effective).toEqual([{ begin: '2023-10-02', end: '2023-10-15' }]);
    expect(monthGrid('2023-10', right, [], effective).filter((d) => d.code === DAY_CODE.SANCTION)).toHaveLength(12);
    expect(effectiveSanctions([{ ...sanction, reprieve_date: '2023-09-25' }])).toEqual([]);
    expect(effectiveSanctions([{ ...sanction, kind: 'WARNING' }])).toEqual([]);
  });
});

describe('S13 end of insertion allowance (UD000033 rule)', () => {
  const kevin = {
    allowance: 'INSERTION',
    end_reason: 'INSERTION_ALLOWANCE_ENDED',
    end_date: '2025-03-31',
  } as RvaRight;

  it('applies only after the last day of a time-limited insertion allowance', () => {
    expect(insertionEndedBefore(kevin, '2025-03-31')).toBe(false);
    expect(insertionEndedBefore(kevin, '2025-04-01')).toBe(true);
    expect(insertionEndedBefore({ ...kevin, end_reason: 'END_OF_RIGHT' }, '2025-04-01')).toBe(false);
    expect(insertionEndedBefore({ ...kevin, allowance: 'UNEMPLOYMENT' }, '2025-04-01')).toBe(false);
    expect(insertionEndedBefore({ ...kevin, end_date: null }, '2025-04-01')).toBe(false);
  });
});
