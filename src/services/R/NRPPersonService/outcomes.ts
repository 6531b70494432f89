import { type PersonaOutcome, operationOutcomes } from '../../../personas/outcome';

/** R06 NRPPersonService: an address search needs no integration. Without `address` the sample searches by the persona's ssin. */
const BY_SSIN = { exclude: ['address'] };
const search = operationOutcomes('R06', 'searchPersonsByAddress');
const bySsin = operationOutcomes('R06', 'searchPersonsByAddress', BY_SSIN);

export const OUTCOMES: PersonaOutcome[] = [
  bySsin('standard', 'DATA_FOUND', 'MSG00000', 'By her SSIN: Dampoortstraat 87, Gent, since 2021-09-01.'),
  search('standard', 'DATA_FOUND', 'MSG00000', 'Veldstraat 12, Gent with history=true: Bram Vandenberghe (84100798161) and her as a former resident 2016-05-01..2021-08-31.', {
    include: ['history'],
    values: { streetName: 'Veldstraat', houseNumber: '12', history: 'true' },
  }),
  bySsin('not-integrated', 'DATA_FOUND', 'MSG00000', 'Found by SSIN (an address search needs no integration).'),
  ...bySsin.each(['integration-expired', 'insertion-allowance-ended', 'employed', 'phonetic-ambiguous'], 'DATA_FOUND', 'MSG00000', 'Found by SSIN.'),
  bySsin('deceased', 'NO_DATA_FOUND', 'MSG00100', 'No current address; only with history=true: Brugsesteenweg 3, 1975-06-01..2025-06-14.'),
  bySsin('replaced-ssin', 'NO_RESULT', 'MSG00006', 'The old number: information newSSIN.'),
  bySsin('cancelled-ssin', 'NO_RESULT', 'MSG00007', 'SSIN cancelled.'),
  bySsin('bis-person', 'NO_RESULT', 'MSG00005', 'A BIS number: not in the National Register.'),
  bySsin('unknown-ssin', 'NO_RESULT', 'MSG00005', 'SSIN unknown.'),
  bySsin('family', 'DATA_FOUND', 'MSG00000', 'By SSIN: Brugsesteenweg 58, Gent, all four members.'),
];
