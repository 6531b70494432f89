import { type PersonaOutcome, operationOutcomes, serviceOutcomes } from '../../../personas/outcome';
import { SSIN } from '../../../../fixtures/personas';

/** R05 PersonService v4: needs no integration. */
const r05 = serviceOutcomes('R05');
const bySsin = operationOutcomes('R05', 'searchPersonBySsin');
const JANSSENS = { lastName: 'Janssens', birthDate: '1985-03-00' };

export const OUTCOMES: PersonaOutcome[] = [
  bySsin('standard', 'DATA_FOUND', 'MSG00000', 'Claes Sarah, Gent, Dampoortstraat 87.'),
  bySsin('not-integrated', 'DATA_FOUND', 'MSG00000', 'PersonService needs no integration.'),
  bySsin('integration-expired', 'DATA_FOUND', 'MSG00000', 'Maes Lotte.'),
  bySsin('deceased', 'DATA_FOUND', 'MSG00000', 'With the decease block 2025-06-14, Gent.'),
  bySsin('replaced-ssin', 'NO_RESULT', 'MSG00006', 'The old number: information newSSIN 82071595971.'),
  bySsin('replaced-ssin', 'DATA_FOUND', 'MSG00000', 'The new number 82071595971: ssin with replaces=82270095979.', { values: { ssin: SSIN.replacedNew } }),
  r05('replaced-ssin', 'searchPersonsByName', 'DATA_FOUND', 'MSG00000', 'Benali / 1982-07-15 returns both numbers, the old one flagged replacedBy.', { values: { lastName: 'Benali', birthDate: '1982-07-15' } }),
  bySsin('cancelled-ssin', 'NO_RESULT', 'MSG00007', 'SSIN cancelled.'),
  r05('cancelled-ssin', 'searchPersonsByName', 'DATA_FOUND', 'MSG00000', 'Martin / 1975-09-09: she comes back flagged canceled="true".'),
  bySsin('bis-person', 'DATA_FOUND', 'MSG00000', 'From the BIS register: BIS_REGISTER, FEMALE, nationality 682.'),
  bySsin('unknown-ssin', 'NO_RESULT', 'MSG00005', 'SSIN unknown.'),
  bySsin('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'Dubois Kevin.'),
  bySsin('employed', 'DATA_FOUND', 'MSG00000', 'De Smet Pieter.'),
  bySsin('family', 'DATA_FOUND', 'MSG00000', 'Married (20) since 2009-06-20, Brugsesteenweg 58.'),
  bySsin('phonetic-ambiguous', 'DATA_FOUND', 'MSG00000', 'Janssens Marie.'),
  r05('phonetic-ambiguous', 'searchPersonsByName', 'DATA_FOUND', 'MSG00000', 'Janssens / 1985-03-00 returns the three who sound alike.', { values: JANSSENS }),
  r05('phonetic-ambiguous', 'searchPersonsByName', 'NO_RESULT', 'PRS00010', 'The same search with maximumResults 2: more matches than maximumResults.', { include: ['maximumResults'], values: { ...JANSSENS, maximumResults: '2' } }),
  r05('phonetic-ambiguous', 'searchPersonsByName', 'DATA_FOUND', 'MSG00000', 'The same search with firstName Maria leaves Maria Janssen.', { include: ['firstName'], values: { ...JANSSENS, firstName: 'Maria' } }),
];
