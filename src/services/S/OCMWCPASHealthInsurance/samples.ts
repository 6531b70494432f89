import type { SampleHints } from '../../sample-hints';

/** HealthInsurance: the insurability of the persona in 2024-2026. */
export const SAMPLES = (): SampleHints => ({ values: { SSIN: (c) => c.ssin, StartDate: '2024-01-01', EndDate: '2026-12-31' } });
