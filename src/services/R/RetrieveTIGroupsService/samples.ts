import type { SampleHints } from '../../sample-hints';

/** RetrieveTIGroups: the language of the labels and the optional request stamps. */
export const SAMPLES = (): SampleHints => ({ include: ['language', 'ticket', 'timestampSent'], values: { language: 'nl' } });
