import type { SampleHints } from '../../sample-hints';

/** IdentifyPerson: by SSIN, or a phonetic search with a maximum. */
export const SAMPLES = (op: string): SampleHints => ({
  include: op === 'byPhoneticCriteria' ? ['PhoneticCriteria', 'FirstName', 'Maximum'] : ['SSIN'],
  values: { Maximum: '10' },
});
