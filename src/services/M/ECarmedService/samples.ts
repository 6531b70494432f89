import type { SampleHints } from '../../sample-hints';

/** ECarmedService: the CPAS tool's legal context; a proposal with the usual medical covers. */
export const SAMPLES = (): SampleHints => ({ values: { legalContext: 'manage eCarmed' } });
