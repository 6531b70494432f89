import { type PersonaOutcome, operationOutcomes, serviceOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S13 UnemploymentDataService v3: needs the person integrated by the caller. The sample asks at
 * 2024-05-15 (date), for 2023-01..2024-08 (months) and 2019-01-01..2024-12-31 (histories).
 */
const s13 = serviceOutcomes('S13');
const rights = operationOutcomes('S13', 'consultRights');
const at = (date: string) => ({ values: { date } });

export const OUTCOMES: PersonaOutcome[] = [
  rights('standard', 'DATA_FOUND', 'MSG00000', 'On 2024-05-15: the unemployment right 2023-03-01..2024-08-31.'),
  rights('standard', 'DATA_FOUND', 'MSG00000', 'From 2024-09-01 (e.g. 2024-10-01): noRight/rightsEnd.', at('2024-10-01')),
  s13('standard', 'consultPaidSums', 'DATA_FOUND', 'MSG00000', 'Monthly paid and accepted sums 2023-03..2024-08 (2024-07 PROVISIONAL, 2024-08 NOT_STARTED).'),
  s13('standard', 'consultPayments', 'DATA_FOUND', 'MSG00000', 'The payment of the month of 2024-05-15.'),
  s13('standard', 'consultScheduledPayment', 'DATA_FOUND', 'MSG00000', 'The scheduled payments 2024-01..2024-08.'),
  s13('standard', 'consultActivationPaidSums', 'DATA_FOUND', 'MSG00000', 'Activation allowance 2019-02..2020-01.'),
  s13('standard', 'consultScaleCodeHistory', 'DATA_FOUND', 'MSG00000', 'Scale codes 01 and 02.'),
  s13('standard', 'consultSanctionHistory', 'DATA_FOUND', 'MSG00000', 'A warning and a reprieved sanction.'),
  s13('standard', 'consultExemptionHistory', 'DATA_FOUND', 'MSG00000', 'A VDAB exemption.'),
  s13('standard', 'consultWorkDisabilityHistory', 'DATA_FOUND', 'MSG00000', 'Work disability in November 2023.'),
  s13('standard', 'consultNoEarningCapacityAndLawsuitMutuality', 'DATA_FOUND', 'MSG00000', 'A health-insurance dispute.'),
  s13('standard', 'consultYoungAvailabilityDecisionHistory', 'NO_DATA_FOUND', 'UD000011', 'A file, but no young-availability decision.'),
  rights('deceased', 'NO_DATA_FOUND', 'MSG00100', 'No RVA file (on every operation).'),
  rights('bis-person', 'NO_DATA_FOUND', 'MSG00100', 'No RVA file (on every operation).'),
  rights('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'At a date up to 2025-03-31 (e.g. 2025-03-01): the insertion allowance right from 2022-01-01.', at('2025-03-01')),
  rights('insertion-allowance-ended', 'NO_DATA_FOUND', 'UD000033', 'At a date after 2025-03-31 (e.g. 2025-06-01): no more right to insertion allowances, with noRight/rightsEnd.', at('2025-06-01')),
  rights('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'Without a date: the last right.', { exclude: ['date'] }),
  s13('insertion-allowance-ended', 'consultPayments', 'NO_DATA_FOUND', 'UD000033', 'At a date after 2025-03-31 (e.g. 2025-06-01): no more right to insertion allowances, no payment block.', at('2025-06-01')),
  s13('insertion-allowance-ended', 'consultYoungAvailabilityDecisionHistory', 'DATA_FOUND', 'MSG00000', 'Three young-availability decisions 2021-2022.'),
  rights('employed', 'NO_DATA_FOUND', 'MSG00100', 'No RVA file (on every operation).'),
  rights('family', 'NO_DATA_FOUND', 'MSG00100', 'No RVA file (on every operation).'),
  ...sharedCheckOutcomes(rights, { channel: 'new', finality: true }),
];
