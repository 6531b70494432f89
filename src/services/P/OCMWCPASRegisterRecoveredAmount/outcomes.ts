import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P04 RegisterRecoveredAmount (classic): OCMW Gent declares 250.00 EUR recovered on the leefloon
 * of 2025-01-01..2025-03-31. ACCEPTED answers YES 0, REFUSED WARNING 29100001.
 */
const p04 = operationOutcomes('P04', 'RegisterRecoveredAmount');

export const OUTCOMES: PersonaOutcome[] = [
  p04('standard', 'YES', '0', 'ACCEPTED: Gent paid her the leefloon in that quarter.'),
  p04('standard', 'YES', '0', 'The financial director may declare recoveries.', { role: 'FINANCIAL_DIRECTOR' }),
  p04('employed', 'WARNING', '29100001', 'REFUSED F00101: Gent paid him no leefloon in that quarter.'),
  ...sharedCheckOutcomes(p04, { channel: 'classic', finality: true }),
];
