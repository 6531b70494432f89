import type { SampleHints } from '../../sample-hints';

/** BisPersonService: a newcomer the registers do not know yet (a second try answers "already known"). */
export const SAMPLES = (): SampleHints => ({
  include: ['gender', 'postalCode', 'municipality', 'street', 'houseNumber'],
  values: {
    ...{ lastName: 'Nowak', firstName: 'Anna', birthDate: '1991-04-17', gender: 'FEMALE', nationality: '139', countryCode: '150' },
    ...{ postalCode: '9000', municipality: 'Gent', street: 'Veldstraat', houseNumber: '12' },
  },
});
