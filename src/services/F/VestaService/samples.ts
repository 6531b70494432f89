import type { SampleHints } from '../../sample-hints';

/** VestaService: every file of the person (no period). */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
