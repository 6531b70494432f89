import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { SSIN } from '../../../../fixtures/personas';

/** R09 RetrieveTIGroups (TX25), v1 and v2 alike: needs the person integrated by the caller. */
const r09 = operationOutcomes('R09', 'retrieveTI');

export const OUTCOMES: PersonaOutcome[] = [
  r09('standard', 'DATA_FOUND', 'MSG00000', 'Gent, one address (two with history=true), Belgian, occupation, single, alone in her household, eID 592123456789.'),
  r09('not-integrated', 'DATA_FOUND', 'MSG00000', 'Once OCMW Gent registers him with R02 (REGISTER, purpose 2).', { before: [{ service: 'R02', operation: 'REGISTER' }] }),
  r09('integration-expired', 'DATA_FOUND', 'MSG00000', 'With the clock set inside the integration (2024-10-15).', { now: '2024-10-15T10:00:00Z' }),
  r09('deceased', 'DATA_FOUND', 'MSG00000', 'With Deceases/Decease 2025-06-14 in Gent; civil state widowed.'),
  r09('replaced-ssin', 'NO_RESULT', 'MSG00012', 'The new number 82071595971: not integrated by Gent.', { values: { ssin: SSIN.replacedNew } }),
  r09('replaced-ssin', 'DATA_FOUND', 'MSG00000', 'The new number once Gent registers it with R02: born in Casablanca (Place2, Morocco).', {
    values: { ssin: SSIN.replacedNew },
    before: [{ service: 'R02', operation: 'REGISTER', values: { SSIN: SSIN.replacedNew, LastName: 'Benali', BirthDate: '1982-07-15' } }],
  }),
  r09('bis-person', 'NO_RESULT', 'MSG00005', 'TX25 covers National Register numbers only.'),
  r09('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'His TX25 file.'),
  r09('employed', 'DATA_FOUND', 'MSG00000', 'With occupation Bediende.'),
  r09('family', 'DATA_FOUND', 'MSG00000', 'FamilyMembers: him (01), his wife (02), the children (03); married, wife as Spouse; the children show Filiations; every national number is 11 digits.'),
  ...sharedCheckOutcomes(r09, { channel: 'new', finality: true }),
];
