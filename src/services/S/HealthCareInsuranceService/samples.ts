import type { SampleHints } from '../../sample-hints';

/** HealthCareInsuranceService: the situation today (a date can replace it). */
export const SAMPLES = (): SampleHints => ({ values: { today: 'true' } });
