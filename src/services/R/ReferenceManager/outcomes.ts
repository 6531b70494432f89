import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/** R03 ReferenceManager.consult (classic): the sample asks from January 1st of last year to today. */
const r03 = operationOutcomes('R03', 'consult');

export const OUTCOMES: PersonaOutcome[] = [
  r03('standard', 'YES', '0', 'No other-sector integrations are seeded for her; Gent\'s own integration is not listed (own sector).'),
  r03('deceased', 'YES', '0', 'Mutuality 11/1 and pension 5/1 (since 2013-05-01), both until 2025-06-14.'),
  r03('bis-person', 'YES', '0', 'Mutuality 11/1 since 2022-06-01 and RSZ 12/1 2023-04-01..2023-09-30.'),
  r03('insertion-allowance-ended', 'YES', '0', 'Mutuality 11/1 since 2016-05-05 and RVA 18/2 2022-01-01..2025-03-31.'),
  r03('employed', 'YES', '0', 'Mutuality 11/1 since 2005-12-01 and RSZ 12/1 since 2019-04-01.'),
  r03('family', 'YES', '0', 'For the head: mutuality 11/1 since 1998-01-20 and RSZ 12/1 2003-02-01..2024-12-31; his wife 11/1 and 7/1; the children 11/2 and 7/2.'),
  ...sharedCheckOutcomes(r03, { channel: 'classic', finality: true }),
];
