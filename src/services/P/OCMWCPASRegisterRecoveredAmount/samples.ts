import type { SampleHints } from '../../sample-hints';

/** RegisterRecoveredAmount: 250.00 EUR of leefloon recovered for the first quarter of 2025. */
export const SAMPLES = (): SampleHints => ({
  include: ['OriginalForm', 'Type', 'RecoveredAmount', 'PeriodOfRecovering'],
  values: {
    UniqueAttestID: (c) => `${c.cbe}7${c.today.slice(0, 4)}`,
    KBOBCE: (c) => c.cbe,
    NISCode: (c) => c.nis ?? '',
    ReferenceDate: (c) => c.today,
    OriginalForm: 'B',
    Type: '01',
    RecoveredAmount: '25000',
    'PeriodOfRecovering/StartDate': '2025-01-01',
    'PeriodOfRecovering/EndDate': '2025-03-31',
  },
});
