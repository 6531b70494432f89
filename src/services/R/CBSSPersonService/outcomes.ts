import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/** R12 CBSSPersonService.updatePerson: the sample sends a new address; only BIS register persons can be changed. */
const r12 = operationOutcomes('R12', 'updatePerson');

export const OUTCOMES: PersonaOutcome[] = [
  r12('standard', 'NO_RESULT', 'BIS00002', 'A National Register person: the RR owns her data.'),
  ...r12.each(['deceased', 'insertion-allowance-ended', 'employed', 'family'], 'NO_RESULT', 'BIS00002', 'A National Register person.'),
  r12('bis-person', 'DATA_FOUND', 'MSG00000', 'updatePerson accepted; the new address shows in R04 and R05.'),
  ...sharedCheckOutcomes(r12, { channel: 'new', finality: true }),
];
