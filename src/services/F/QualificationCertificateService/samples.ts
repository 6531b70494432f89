import type { SampleHints } from '../../sample-hints';

/** QualificationCertificateService: every proof of the person (no period, no kind). */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
