import type { SampleHints } from '../../sample-hints';

/** HolidayAttestationService: every attest of the person (the holiday year is optional). */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
