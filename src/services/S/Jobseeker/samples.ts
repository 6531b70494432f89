import type { SampleHints } from '../../sample-hints';

/** Jobseeker: every registration of the person (the period is optional). */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
