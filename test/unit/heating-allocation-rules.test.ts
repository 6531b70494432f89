import { allowancePerLitre, computeAllocation, incomeCeiling, isLate, maximumLitres, pumpFlatAmount, type InvoiceFacts } from '../../src/sources/heating/rules';

const bulk = (o: Partial<InvoiceFacts> = {}): InvoiceFacts => ({ fuel: 1, deliveryDate: '2026-11-06', quantity: 1000, amount: 10000000, housingNumber: 1, ...o });
const none = { litres: 0, pumpFlatGranted: false };

describe('heating allowance rules (P11)', () => {
  it('gives 0.14..0.20 EUR a litre by the price brackets, a bracket starting at its lower bound', () => {
    expect([0.839, 0.9299, 0.93, 0.9549, 0.955, 0.98, 1.005, 1.0299, 1.03, 1.0549, 1.055, 1.6].map(allowancePerLitre)).toEqual([0.14, 0.14, 0.15, 0.15, 0.16, 0.17, 0.18, 0.18, 0.19, 0.19, 0.2, 0.2]);
  });

  it('counts 60 days after the delivery as in time and the 61st as late', () => {
    expect(isLate('2026-09-17', '2026-11-16')).toBe(false);
    expect(isLate('2026-09-16', '2026-11-16')).toBe(true);
    expect(isLate('2024-12-31', '2025-02-28')).toBe(false);
    expect(isLate('2024-12-31', '2025-03-02')).toBe(true);
  });

  it('allows 2,000 litres for bulk deliveries from 2022-07-01, 1,500 before and at the pump', () => {
    expect(maximumLitres(1, '2022-06-30')).toBe(1500);
    expect(maximumLitres(1, '2022-07-01')).toBe(2000);
    expect(maximumLitres(5, '2026-01-10')).toBe(2000);
    expect(maximumLitres(2, '2026-01-10')).toBe(1500);
    expect([pumpFlatAmount('2022-06-30'), pumpFlatAmount('2022-07-01')]).toEqual([210, 456]);
  });

  it('computes a bulk invoice: the price from the amount in ten-thousandths, the housing share, the remaining litres', () => {
    expect(computeAllocation(bulk({ amount: 8390100 }), none)).toMatchObject({ pricePerLitre: 0.839, allowancePerLitre: 0.14, litresTakenIntoAccount: 1000, allowanceAmount: 140, remainingLitres: 1000, heatingPeriod: 2026 });
    expect(computeAllocation(bulk({ housingNumber: 3 }), none)).toMatchObject({ housingLitres: 333, litresTakenIntoAccount: 333, allowanceAmount: 56.61 });
  });

  it('caps the litres at what remains of the period and refuses when nothing remains', () => {
    expect(computeAllocation(bulk({ quantity: 1500, amount: 15000000 }), { litres: 1200, pumpFlatGranted: false })).toMatchObject({ litresTakenIntoAccount: 800, remainingLitres: 0, allowanceAmount: 136 });
    expect(computeAllocation(bulk(), { litres: 2000, pumpFlatGranted: false })).toMatchObject({ litresTakenIntoAccount: 0, allowanceAmount: 0, exhausted: 'LITRES' });
    expect(computeAllocation(bulk({ deliveryDate: '2022-03-01' }), { litres: 1500, pumpFlatGranted: false }).exhausted).toBe('LITRES');
  });

  it('grants the pump flat amount once per period, whatever the price', () => {
    const pump = bulk({ fuel: 2, quantity: 50, amount: 900000 });
    expect(computeAllocation(pump, none)).toMatchObject({ flatAmount: true, allowanceAmount: 456, litresTakenIntoAccount: 50 });
    expect(computeAllocation(pump, none)).not.toHaveProperty('allowancePerLitre');
    expect(computeAllocation({ ...pump, deliveryDate: '2021-12-01' }, none).allowanceAmount).toBe(210);
    expect(computeAllocation(pump, { litres: 50, pumpFlatGranted: true })).toMatchObject({ flatAmount: false, allowanceAmount: 0, exhausted: 'PUMP_FLAT' });
  });

  it('raises the income ceiling per dependant, the nearest known year outside the table', () => {
    expect(incomeCeiling(2026, 0)).toBe(26081.11);
    expect(incomeCeiling(2026, 2)).toBe(35737.99);
    expect(incomeCeiling(2030, 0)).toBe(26081.11);
    expect(incomeCeiling(2019, 0)).toBe(21892.68);
  });
});
