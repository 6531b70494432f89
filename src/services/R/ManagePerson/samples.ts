import type { SampleHints } from '../../sample-hints';

/** ManagePerson.createKSZCitizen: a newcomer the registers do not know yet (a second try answers "already known"). */
export const SAMPLES = (): SampleHints => ({
  include: ['Gender', 'PostalCode', 'Municipality', 'Street', 'HouseNumber'],
  values: {
    ...{ LastName: 'Nowak', FirstName: 'Piotr', BirthDate: '1989-09-02', Gender: '1', NationalityCode: '139', CountryCode: '150' },
    ...{ PostalCode: '9000', Municipality: 'Gent', Street: 'Veldstraat', HouseNumber: '14' },
  },
});
