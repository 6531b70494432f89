import type { SampleHints } from '../../sample-hints';

/** UnemploymentDataService: periods where the standard persona has data (2019..2024). */
export const SAMPLES = (op: string): SampleHints => ({
  include: ['ticket', 'timestampSent', 'date'],
  values: {
    date: '2024-05-15',
    // Activation allowance 2019-02..2020-01; the payment grid is limited to 12 months.
    startMonth: op === 'consultActivationPaidSums' ? '2019-01' : op === 'consultScheduledPayment' ? '2024-01' : '2023-01',
    endMonth: op === 'consultActivationPaidSums' ? '2020-01' : '2024-08',
    beginDate: '2019-01-01',
    endDate: '2024-12-31',
  },
});
