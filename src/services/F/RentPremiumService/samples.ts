import type { SampleHints } from '../../sample-hints';

/** The person's files. */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
