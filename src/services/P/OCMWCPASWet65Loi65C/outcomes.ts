import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P07 Loi65 C (classic): OCMW Gent cancels the equivalent leefloon (withdrawal) from the first day
 * of the current month. ACCEPTED answers YES 0, REFUSED WARNING 29100001.
 */
const p07 = operationOutcomes('P07', 'L65_C_Decision');

export const OUTCOMES: PersonaOutcome[] = [
  p07('equivalent-leefloon', 'YES', '0', 'After his form B1 (P02): ACCEPTED, his EQUIVALENT_LIVING_WAGE period ends the day before in S20.', {
    before: [{ service: 'P02', operation: 'L65_AB_Decision', values: { EntryDate: '2026-10-01' } }],
  }),
  p07('equivalent-leefloon', 'WARNING', '29100001', 'Without a form B1: REFUSED C10101, Gent pays him no equivalent leefloon to cancel.'),
  ...sharedCheckOutcomes(p07, { channel: 'classic', finality: true }),
];
