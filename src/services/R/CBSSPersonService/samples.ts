import type { SampleHints } from '../../sample-hints';

/** CBSSPersonService: a new address (only BIS register persons can be changed: choose the bis-person persona). */
export const SAMPLES = (): SampleHints => ({
  include: ['address', 'postalCode', 'municipality', 'street', 'houseNumber'],
  values: { countryCode: '150', postalCode: '9000', municipality: 'Gent', street: 'Sint-Pietersnieuwstraat', houseNumber: '41' },
});
