import type { SampleHints } from '../../sample-hints';

/** StopAttest: a form C withdrawing the leefloon (2) from the first day of the current month. */
export const SAMPLES = (): SampleHints => ({
  include: ['DecisionNature', 'DecisionDate'],
  values: {
    UniqueAttestID: (c) => `${c.cbe}9${c.today.slice(0, 4)}`,
    KBOBCE: (c) => c.cbe,
    NISCode: (c) => c.nis ?? '',
    EntryDate: (c) => `${c.today.slice(0, 7)}-01`,
    DecisionNature: '2',
    DecisionDate: (c) => c.today,
  },
});
