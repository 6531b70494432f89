import type { SampleHints } from '../../sample-hints';

/** Loi65 C: a form C cancelling the equivalent leefloon of the primary beneficiary (withdrawal, 2) from the first day of the current month. */
export const SAMPLES = (): SampleHints => ({
  include: ['CancellationFormC'],
  exclude: ['FormerCformcancellation', 'Integration', 'Desintegration', 'CBSSEvaluation', 'IntegrationSecondaryBeneficiary'],
  values: {
    KBOBCE: (c) => c.cbe,
    FileID: (c) => `L65${c.ssin.slice(0, 8)}`,
    UniqueAttestID: (c) => `${c.cbe}7${c.today.slice(0, 4)}`,
    EntryDate: (c) => `${c.today.slice(0, 7)}-01`,
    Suffix: '0',
    DecisionDate: (c) => c.today,
    Decisionnature: '2',
    CancellationReason: '01',
  },
});
