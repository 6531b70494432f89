import type { SampleHints } from '../../sample-hints';

/** HdiIndemnityAllowance: every attest of the person (the period is optional). */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
