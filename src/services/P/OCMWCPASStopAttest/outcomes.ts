import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P06 StopAttest (classic): OCMW Gent declares a form C withdrawing the leefloon (2) from the
 * first day of the current month. ACCEPTED answers YES 0, REFUSED WARNING 29100001.
 */
const p06 = operationOutcomes('P06', 'StopAttest');

export const OUTCOMES: PersonaOutcome[] = [
  p06('standard', 'YES', '0', 'ACCEPTED: her leefloon from Gent (since 2025-01-01) ends the day before; S20 then shows it closed.'),
  p06('employed', 'WARNING', '29100001', 'REFUSED C00101: Gent pays him no leefloon to stop.'),
  ...sharedCheckOutcomes(p06, { channel: 'classic', finality: true }),
];
