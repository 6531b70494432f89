import type { SampleHints } from '../../sample-hints';
import { PERSONA_ENTERPRISE } from '../../../sources/cadastre';

/** PatrimonyService: the co-owners listed; the enterprise operations ask about the persona enterprise and its Gent warehouse's division. */
export const SAMPLES = (): SampleHints => ({
  include: ['withCoOwners'],
  values: { withCoOwners: 'true', enterpriseNumber: PERSONA_ENTERPRISE.kbo, division: '44007', language: 'NL' },
});
