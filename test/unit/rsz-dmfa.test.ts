import { dmfaQuarters, FIRST_DMFA_QUARTER, LAST_DMFA_QUARTER, workerCode } from '../../src/sources/rsz/generate';
import { isValidNoss, makeNoss } from '../../src/sources/rsz/noss';
import { nextQuarter, previousQuarter, quarterBegin, quarterEnd, quarterOf } from '../../src/domain/quarters';
import { sharedDays } from '../../src/domain/dates';
import type { Employment } from '../../src/sources/rsz';

const employment = (e: Partial<Employment>): Employment => ({
  id: 1, ssin: '00000000000', employer_cbe: '0403199702', employer_name: 'X', noss_number: makeNoss(1234567),
  begin_date: '2020-02-15', end_date: '2020-08-10', worker_type: 'OTH', joint_committee: '200', work_regime: 'FULL_TIME', ...e,
});

describe('RSZ quarters and DmfA', () => {
  it('reads and steps quarters', () => {
    expect(quarterOf('2024-03-31')).toBe('2024Q1');
    expect(quarterOf('2024-10-01')).toBe('2024Q4');
    expect([quarterBegin('2024Q1'), quarterEnd('2024Q1'), quarterEnd('2023Q1'), quarterEnd('2024Q4')]).toEqual(['2024-01-01', '2024-03-31', '2023-03-31', '2024-12-31']);
    expect([nextQuarter('2024Q4'), previousQuarter('2024Q1')]).toEqual(['2025Q1', '2023Q4']);
    expect(sharedDays('2024-03-30', null, '2024-01-01', '2024-03-31')).toBe(2);
    expect(sharedDays('2024-04-01', null, '2024-01-01', '2024-03-31')).toBe(0);
  });

  it('writes NOSS numbers that fit CommonV3 and carry their check digits', () => {
    expect(makeNoss(1574850)).toMatch(/^0\d{9}$/);
    expect(isValidNoss(makeNoss(1574850))).toBe(true);
    expect(isValidNoss('0157485043')).toBe(false);
  });

  it('declares one DmfA quarter per quarter the Dimona period covers, prorated, never outside it', () => {
    const rows = dmfaQuarters(employment({}), 3000);
    expect(rows.map((r) => r.quarter)).toEqual(['2020Q1', '2020Q2', '2020Q3']);
    expect(rows[1]).toMatchObject({ wage_amount: 9000, working_time_fraction: 1, worker_code: '495', days: 65 });
    expect(rows[0].wage_amount).toBeLessThan(9000);
    for (const r of rows) expect(quarterEnd(r.quarter) >= '2020-02-15' && quarterBegin(r.quarter) <= '2020-08-10').toBe(true);
  });

  it('keeps DmfA between its first and last quarter, halves part time, gives students code 840', () => {
    const long = dmfaQuarters(employment({ begin_date: '2010-01-01', end_date: null, work_regime: 'PART_TIME', worker_type: 'STU' }), 2000);
    expect(long[0].quarter).toBe(FIRST_DMFA_QUARTER);
    expect(long[long.length - 1].quarter).toBe(LAST_DMFA_QUARTER);
    expect(long[0]).toMatchObject({ wage_amount: 3000, working_time_fraction: 0.5, worker_code: '840' });
    expect(workerCode({ worker_type: 'IVT', joint_committee: '322' })).toBe('015');
    expect(dmfaQuarters(employment({ begin_date: '2005-01-01', end_date: '2013-04-30' }), 2000)).toEqual([]);
  });
});
