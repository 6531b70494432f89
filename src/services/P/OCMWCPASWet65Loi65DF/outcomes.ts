import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P05 Loi65 DF (classic): OCMW Gent claims the financial aid of the current month (form D1,
 * 1,500.00 euro). ACCEPTED answers YES 0, PARTIALLYACCEPTED WARNING 29100002, REFUSED WARNING
 * 29100001.
 */
const p05 = operationOutcomes('P05', 'L65_DF_Decision');
const afterB1 = [{ service: 'P02', operation: 'L65_AB_Decision' }];

export const OUTCOMES: PersonaOutcome[] = [
  p05('equivalent-leefloon', 'YES', '0', 'After his form B1 granting financial aid (P02): ACCEPTED, 150000 accepted at 100 %, TotalAcceptedAmount 150000.', { before: afterB1 }),
  p05('equivalent-leefloon', 'WARNING', '29100002', 'After his form B1, a D1 that also claims housing costs the B1 did not grant: PARTIALLYACCEPTED D10102, the housing costs accepted at 0.', {
    before: afterB1,
    include: ['HousingCostsAmount'],
    values: { HousingCostsAmount: '40000', TotalAmount: '190000' },
  }),
  p05('equivalent-leefloon', 'WARNING', '29100001', 'Without a form B1: REFUSED D10101, Gent has no equivalent-leefloon file for him this month.'),
  ...sharedCheckOutcomes(p05, { channel: 'classic', finality: true }),
];
