import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P09 SendA036 (classic): OCMW Gent sends an original A036 of leefloon (7) from the first day of
 * the current month, decided today: recorded, YES 0. Decided more than 7 days before it is sent:
 * recorded all the same, WARNING 29109001.
 */
const p09 = operationOutcomes('P09', 'SendA036');
const decided = (DecisionDate: string): OutcomeRequest => ({ values: { DecisionDate } });

export const OUTCOMES: PersonaOutcome[] = [
  p09('standard', 'YES', '0', 'Recorded: L036 shows it to every institution that has her integrated.'),
  p09('family', 'YES', '0', 'Recorded for the head of the family (integrated by Gent, quality code 2).'),
  p09('standard', 'WARNING', '29109001', 'Decided on 2020-01-02, sent more than 7 days later: recorded, with the warning.', decided('2020-01-02')),
  ...sharedCheckOutcomes(p09, { channel: 'classic', finality: true }),
];
