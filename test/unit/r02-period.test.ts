import {
  addDuration,
  brusselsDate,
  lastAllowedDay,
  overlapsOrTouches,
  subtract,
  union,
} from '../../src/services/R/OCMWCPASManageAccess/period';
import { parseXsdDate } from '../../src/domain/dates';

describe('R02 period arithmetic', () => {
  it('reads xsd:date with or without a timezone, and refuses what is not a calendar day', () => {
    expect(parseXsdDate('2024-03-01')).toBe('2024-03-01');
    expect(parseXsdDate('2012-05-24+02:00')).toBe('2012-05-24');
    expect(parseXsdDate(' 2024-02-29Z ')).toBe('2024-02-29');
    expect(parseXsdDate('2023-02-29')).toBeUndefined();
    expect(parseXsdDate('2024-13-01')).toBeUndefined();
    expect(parseXsdDate('2024-03-00')).toBeUndefined();
    expect(parseXsdDate('01/03/2024')).toBeUndefined();
    expect(parseXsdDate('2024-03-01+25:00')).toBeUndefined();
  });

  it('adds durations calendar-wise, clamping to the end of the month', () => {
    expect(addDuration('2024-03-01', 'P2M')).toBe('2024-05-01');
    expect(addDuration('2024-01-31', 'P1M')).toBe('2024-02-29');
    expect(addDuration('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(addDuration('2024-11-15', 'P5Y')).toBe('2029-11-15');
    expect(addDuration('2024-12-31', 'P1Y1M1D')).toBe('2026-02-01');
  });

  it('gives the last day a purpose maximum allows (the real sample: purpose 1 from 2024-03-01 ends 2024-04-30)', () => {
    expect(lastAllowedDay('2024-03-01', 'P2M')).toBe('2024-04-30');
    expect(lastAllowedDay('2026-01-01', 'P1Y')).toBe('2026-12-31');
    expect(lastAllowedDay('2024-09-01', 'P2M')).toBe('2024-10-31');
  });

  it('merges periods that overlap or touch', () => {
    expect(overlapsOrTouches({ begin: '2024-01-01', end: '2024-01-31' }, { begin: '2024-02-01', end: null })).toBe(true);
    expect(overlapsOrTouches({ begin: '2024-01-01', end: '2024-01-31' }, { begin: '2024-02-02', end: null })).toBe(false);
    expect(overlapsOrTouches({ begin: '2024-03-01', end: null }, { begin: '2024-01-01', end: '2024-02-28' })).toBe(false);
    expect(union([{ begin: '2024-03-01', end: '2024-04-30' }, { begin: '2024-04-15', end: '2024-06-14' }])).toEqual({ begin: '2024-03-01', end: '2024-06-14' });
    expect(union([{ begin: '2024-03-01', end: '2024-04-30' }, { begin: '2025-01-01', end: null }])).toEqual({ begin: '2024-03-01', end: null });
  });

  it('takes a period out of another: nothing, the head, the tail, or both sides remain', () => {
    const p = { begin: '2024-01-01', end: '2024-12-31' };
    expect(subtract(p, { begin: '2024-01-01', end: '2024-12-31' })).toEqual([]);
    expect(subtract(p, { begin: '2023-06-01', end: null })).toEqual([]);
    expect(subtract(p, { begin: '2024-07-01', end: null })).toEqual([{ begin: '2024-01-01', end: '2024-06-30' }]);
    expect(subtract(p, { begin: '2023-01-01', end: '2024-03-31' })).toEqual([{ begin: '2024-04-01', end: '2024-12-31' }]);
    expect(subtract(p, { begin: '2024-05-01', end: '2024-05-31' })).toEqual([
      { begin: '2024-01-01', end: '2024-04-30' },
      { begin: '2024-06-01', end: '2024-12-31' },
    ]);
    expect(subtract(p, { begin: '2025-01-01', end: null })).toEqual([p]);
    expect(subtract({ begin: '2024-01-01', end: null }, { begin: '2024-03-01', end: '2024-03-31' })).toEqual([
      { begin: '2024-01-01', end: '2024-02-29' },
      { begin: '2024-04-01', end: null },
    ]);
  });

  it('writes dates with the Brussels offset of that day, as real replies do', () => {
    expect(brusselsDate('2024-03-01')).toBe('2024-03-01+01:00');
    expect(brusselsDate('2024-04-30')).toBe('2024-04-30+02:00');
    expect(brusselsDate('2012-05-24')).toBe('2012-05-24+02:00');
    // Daylight saving starts and ends on the last Sundays of March and October; midnight keeps the old offset.
    expect(brusselsDate('2024-03-31')).toBe('2024-03-31+01:00');
    expect(brusselsDate('2024-04-01')).toBe('2024-04-01+02:00');
    expect(brusselsDate('2024-10-27')).toBe('2024-10-27+02:00');
    expect(brusselsDate('2024-10-28')).toBe('2024-10-28+01:00');
  });
});
