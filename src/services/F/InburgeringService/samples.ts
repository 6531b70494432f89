import type { SampleHints } from '../../sample-hints';

/** InburgeringService: the person's path. */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
