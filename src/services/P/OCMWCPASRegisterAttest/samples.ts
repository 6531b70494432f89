import type { SampleHints } from '../../sample-hints';

/** RegisterAttest: a form B granting the leefloon (living alone) from the first day of the current month. */
export const SAMPLES = (): SampleHints => ({
  include: ['BeneficiaryCategory', 'MonthlyAmount', 'DecisionDate'],
  exclude: ['EndDate'],
  values: {
    UniqueAttestID: (c) => `${c.cbe}8${c.today.slice(0, 4)}`,
    KBOBCE: (c) => c.cbe,
    NISCode: (c) => c.nis ?? '',
    MessageStatus: '0',
    EntryDate: (c) => `${c.today.slice(0, 7)}-01`,
    CouncilDecision: 'GRANTED',
    BeneficiaryCategory: '2',
    MonthlyAmount: '1314.20',
    DecisionDate: (c) => c.today,
  },
});
