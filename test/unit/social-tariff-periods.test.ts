import { intersect, lastRunOn, supplierCommunication, bcssCommunication, tariffPeriod, union } from '../../src/services/S/SocialRateInvestigationService/periods';

describe('the social-tariff quarter rule (S15)', () => {
  it('gives the whole quarter of a right and the quarter after its end', () => {
    expect(tariffPeriod({ start: '2025-03-01', end: null })).toEqual({ start: '2025-01-01', end: null });
    expect(tariffPeriod({ start: '2024-07-01', end: '2024-08-10' })).toEqual({ start: '2024-07-01', end: '2024-12-31' });
    expect(tariffPeriod({ start: '2024-11-15', end: '2024-12-31' })).toEqual({ start: '2024-10-01', end: '2025-03-31' });
  });

  it('joins periods that overlap or touch, keeps apart those with a gap', () => {
    expect(union([{ start: '2025-04-01', end: '2025-06-30' }, { start: '2025-01-01', end: '2025-03-31' }])).toEqual([{ start: '2025-01-01', end: '2025-06-30' }]);
    expect(union([{ start: '2025-01-01', end: '2025-03-31' }, { start: '2025-05-01', end: null }])).toHaveLength(2);
    expect(union([{ start: '2025-01-01', end: null }, { start: '2025-05-01', end: '2025-06-01' }])).toEqual([{ start: '2025-01-01', end: null }]);
  });

  it('intersects open and closed periods', () => {
    expect(intersect({ start: '2025-01-01', end: null }, { start: '2024-01-01', end: '2025-02-01' })).toEqual({ start: '2025-01-01', end: '2025-02-01' });
    expect(intersect({ start: '2025-01-01', end: '2025-01-31' }, { start: '2025-02-01', end: null })).toBeUndefined();
  });

  it('dates the quarterly runs: KSZ on the 5th, the suppliers on the 15th of a quarter', () => {
    expect(lastRunOn('2026-11-16', supplierCommunication)).toBe('2026-10-15');
    expect(lastRunOn('2026-10-14', supplierCommunication)).toBe('2026-07-15');
    expect(lastRunOn('2026-01-05', bcssCommunication)).toBe('2026-01-05');
    expect(lastRunOn('2026-01-04', bcssCommunication)).toBe('2025-10-05');
  });
});
