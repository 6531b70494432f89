import type { SampleHints } from '../../sample-hints';

/** OrganicLaw: an installation premium for a person who moved into a dwelling on the first day of the current month. */
export const SAMPLES = (): SampleHints => ({
  include: ['DecisionDate'],
  values: {
    UniqueAttestID: (c) => `${c.cbe}3${c.today.slice(0, 4)}`,
    KBOBCE: (c) => c.cbe,
    NISCode: (c) => c.nis ?? '',
    EntryDate: (c) => `${c.today.slice(0, 7)}-01`,
    DecisionDate: (c) => c.today,
  },
});
