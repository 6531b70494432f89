import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/** R08 PerformInvestigation (classic): all groups when none is asked; a success carries INFORMATION 19008001 when the person is not in the waiting register. */
const r08 = operationOutcomes('R08', 'PerformInvestigation');

export const OUTCOMES: PersonaOutcome[] = [
  r08('standard', 'YES', '19008001', 'Citizen Claes Sarah, single, Belgian; two legal addresses, most recent first; a household of herself only; not in the waiting register.'),
  r08('deceased', 'YES', '19008001', 'The household on the day he died; Citizen with Decease 2025-06-14 in Gent.'),
  r08('bis-person', 'YES', '19008001', 'Citizen and one address from the BIS register (origin BCSS_KSZ, Dampoortstraat 44); no household.'),
  ...r08.each(['insertion-allowance-ended', 'employed'], 'YES', '19008001', 'All groups; not in the waiting register.'),
  r08('family', 'YES', '19008001', 'All four groups for the four members; not in the waiting register.'),
  ...sharedCheckOutcomes(r08, { channel: 'classic', finality: true }),
];
