import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/** R07 FamilyComposition: needs the person integrated by the caller; no referenceDate = today. */
const r07 = operationOutcomes('R07', 'consultFamilyComposition');
const on = (referenceDate: string) => ({ include: ['referenceDate'], values: { referenceDate } });

export const OUTCOMES: PersonaOutcome[] = [
  r07('standard', 'DATA_FOUND', 'MSG00000', 'Alone today (01, since 2021-09-01).'),
  r07('standard', 'DATA_FOUND', 'MSG00000', 'On 2019-01-01: in Bram Vandenberghe\'s household as not related (12).', on('2019-01-01')),
  r07('deceased', 'NO_DATA_FOUND', 'MSG00009', 'Today: deceased, information deceiseDate 2025-06-14.'),
  r07('deceased', 'DATA_FOUND', 'MSG00000', 'On 2025-06-14: alone, exitDate 2025-06-14.', on('2025-06-14')),
  r07('bis-person', 'NO_RESULT', 'MSG00005', 'A BIS number: no National Register household.'),
  ...r07.each(['insertion-allowance-ended', 'employed'], 'DATA_FOUND', 'MSG00000', 'His household today.'),
  r07('family', 'DATA_FOUND', 'MSG00000', '01/02/03/03 with entry dates 2009-06-20, 2009-06-20, 2010-09-15, 2014-02-28.'),
  r07('family', 'DATA_FOUND', 'MSG00000', 'On 2012-01-01: without the second child.', on('2012-01-01')),
  r07('family', 'NO_DATA_FOUND', 'MSG00100', 'Before 2009-06-20 (e.g. 2005-01-01): no household in the register.', on('2005-01-01')),
  ...sharedCheckOutcomes(r07, { channel: 'new', finality: true }),
];
