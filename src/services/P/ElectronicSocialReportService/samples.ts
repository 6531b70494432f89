import type { SampleHints } from '../../sample-hints';

/** ElectronicSocialReportService: every other OCMW's decision of the last five years, first page. */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
