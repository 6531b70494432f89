import { addDays, daysInMonth, isCalendarDay, parseXsdDate } from '../../src/domain/dates';

describe('calendar days (src/domain/dates)', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-03-31', 0)).toBe('2024-03-31');
  });

  it('knows the length of each month', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it('tells a calendar day from text that only looks like one', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-13-01')).toBe(false);
    expect(isCalendarDay('2024-04-31')).toBe(false);
    expect(isCalendarDay('2024-01-00')).toBe(false);
    expect(isCalendarDay('2024-01-01Z')).toBe(false);
  });

  it('reads the day of an xsd:date, its timezone dropped', () => {
    expect(parseXsdDate('2012-05-24+02:00')).toBe('2012-05-24');
    expect(parseXsdDate('2012-05-24-14:00')).toBe('2012-05-24');
    expect(parseXsdDate('2012-05-24+15:00')).toBeUndefined();
    expect(parseXsdDate('2012-5-24')).toBeUndefined();
  });
});
