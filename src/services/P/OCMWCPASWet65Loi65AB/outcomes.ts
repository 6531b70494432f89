import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { SSIN } from '../../../../fixtures/personas';

/**
 * P02 Loi65 AB (classic): OCMW Gent declares a form B1 granting financial aid (category 3, 12
 * months) from the first day of the current month. All beneficiaries ACCEPTED answer YES 0; a
 * refused one makes the reply WARNING 29100001, the decisions in the reply.
 */
const p02 = operationOutcomes('P02', 'L65_AB_Decision');

export const OUTCOMES: PersonaOutcome[] = [
  p02('equivalent-leefloon', 'YES', '0', 'Two DecisionResults ACCEPTED: him (suffix 0, integrated by Gent with quality code 3) and his partner (suffix 1); an EQUIVALENT_LIVING_WAGE period opens in S20.', {
    include: ['IdentificationSecondaryBeneficiary'],
    values: { 'IdentificationSecondaryBeneficiary/SSIN': SSIN.equivalentLeefloonPartner, Suffix: '1' },
  }),
  p02('standard', 'WARNING', '29100001', 'REFUSED B10101: Gent integrated her with quality code 2 (leefloon), not 3 (equivalent leefloon).'),
  ...sharedCheckOutcomes(p02, { channel: 'classic', finality: true }),
];
