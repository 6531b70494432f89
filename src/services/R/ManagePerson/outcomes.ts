import type { PersonaOutcome } from '../../../personas/outcome';

/** R11 ManagePerson.createKSZCitizen (classic) with a persona's own identity. */
export const OUTCOMES: PersonaOutcome[] = [
  {
    persona: 'standard',
    service: 'R11',
    operation: 'createKSZCitizen',
    expect: { status: 'NO', code: '39011001' },
    summary: 'createKSZCitizen Claes / Sarah / 1985-06-12 is refused as already known, with her number.',
    request: { values: { LastName: 'Claes', FirstName: 'Sarah', BirthDate: '1985-06-12', Gender: '2' } },
  },
];
