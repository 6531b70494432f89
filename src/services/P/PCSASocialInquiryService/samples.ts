import type { SampleHints } from '../../sample-hints';

/** PCSASocialInquiryService: the simulation on the day of the request (no referenceDate). */
export const SAMPLES = (): SampleHints => ({
  include: ['ticket', 'timestampSent'],
  exclude: ['referenceDate'],
});
