import type { PersonaOutcome } from '../../../personas/outcome';
import { operationOutcomes } from '../../../personas/outcome';

/** R12 CBSSPersonService.updatePerson: the sample sends a new address; only BIS register persons can be changed. */
const r12 = operationOutcomes('R12', 'updatePerson');

export const OUTCOMES: PersonaOutcome[] = [
  r12('standard', 'NO_RESULT', 'BIS00002', 'A National Register person: the RR owns her data.'),
  r12('not-integrated', 'NO_RESULT', 'MSG00012', 'Not integrated by Gent.'),
  r12('integration-expired', 'NO_RESULT', 'MSG00012', 'The integration ended on 2024-10-31.'),
  r12('deceased', 'NO_RESULT', 'BIS00002', 'A National Register person.'),
  r12('replaced-ssin', 'NO_RESULT', 'MSG00006', 'The old BIS number: information newSSIN.'),
  r12('cancelled-ssin', 'NO_RESULT', 'MSG00007', 'SSIN cancelled.'),
  r12('bis-person', 'DATA_FOUND', 'MSG00000', 'updatePerson accepted; the new address shows in R04 and R05.'),
  r12('unknown-ssin', 'NO_RESULT', 'MSG00005', 'SSIN unknown.'),
  r12('insertion-allowance-ended', 'NO_RESULT', 'BIS00002', 'A National Register person.'),
  r12('employed', 'NO_RESULT', 'BIS00002', 'A National Register person.'),
  r12('family', 'NO_RESULT', 'BIS00002', 'A National Register person.'),
  r12('phonetic-ambiguous', 'NO_RESULT', 'MSG00012', 'Not integrated by Gent.'),
];
