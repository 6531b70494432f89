import type { SampleHints } from '../../sample-hints';

/** PcsaAlertService: the alerts of the persona (criteria/ssin), open or not. */
export const SAMPLES = (): SampleHints => ({ include: ['ssin'], values: { legalContext: 'PCSA:SOCIAL_FRAUD' } });
