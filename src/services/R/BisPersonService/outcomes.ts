import type { PersonaOutcome } from '../../../personas/outcome';

/** R11 BisPersonService.registerPerson with a persona's own identity: the registers know them already. */
const known = (persona: string, lastName: string, firstName: string, birthDate: string, gender: string, summary: string): PersonaOutcome => ({
  persona,
  service: 'R11',
  operation: 'registerPerson',
  expect: { status: 'NO_RESULT', code: 'BIS00001' },
  summary,
  request: { values: { lastName, firstName, birthDate, gender } },
});

export const OUTCOMES: PersonaOutcome[] = [
  known('standard', 'Claes', 'Sarah', '1985-06-12', 'FEMALE', 'registerPerson Claes / Sarah / 1985-06-12 is refused as already known, with her number.'),
  known('replaced-ssin', 'Benali', 'Ahmed', '1982-07-15', 'MALE', 'registerPerson Benali / Ahmed / 1982-07-15 is refused as already known, with 82071595971.'),
  known('bis-person', 'Kovalenko', 'Olena', '1993-03-17', 'FEMALE', 'registerPerson with her data is refused as already known, with her number.'),
];
