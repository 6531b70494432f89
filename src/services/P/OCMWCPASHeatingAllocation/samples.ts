import type { SampleHints } from '../../sample-hints';

/**
 * HeatingAllocation: category 2 (low income), 1,000 litres of heating gas oil in bulk delivered
 * ten days before today for 1,000.00 EUR (1.0000 EUR a litre: 0.17 EUR a litre allowance), one
 * housing, by the caller's own OCMW.
 */
export const SAMPLES = (): SampleHints => ({
  values: {
    SSIN: (c) => c.ssin,
    Category: '2',
    Amount: '10000000',
    Quantity: '1000',
    HousingNumber: '1',
    DeliveryDate: (c) => tenDaysBefore(c.today),
    UnitFuel: '1',
    KboBceNumber: (c) => c.cbe,
  },
});

function tenDaysBefore(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
}
