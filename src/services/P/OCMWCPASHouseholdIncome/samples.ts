import type { SampleHints } from '../../sample-hints';

/** HouseholdIncome: the persona's household today. */
export const SAMPLES = (): SampleHints => ({ values: { SSIN: (c) => c.ssin, ReferenceDate: (c) => c.today } });
