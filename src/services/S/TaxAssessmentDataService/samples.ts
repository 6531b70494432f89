import type { SampleHints } from '../../sample-hints';

/** TaxAssessmentDataService: the most recent income year of the last three (v2), NET_INCOME (v1). */
export const SAMPLES = (): SampleHints => ({
  include: ['ticket', 'timestampSent', 'derivedYear'],
  values: { derivedYear: 'MOST_RECENT', taxAssessmentDataSelection: 'NET_INCOME' },
});
