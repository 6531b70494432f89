import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/** F05 RentPremiumService. */
const premium = operationOutcomes('F05', 'consultRentPremium');
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['standard', 'disabled-adult', 'large-family', 'pensioner', 'jobseeker-flanders', 'incapacity', 'newcomer'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  premium('social-tenant', 'DATA_FOUND', 'MSG00000', 'On the waiting list of Woonmaatschappij Leie en Schelde since 2019-05-06, potentially entitled; the rent premium last paid on 2026-11-05 (181.40).'),
  premium('social-tenant', 'DATA_FOUND', 'MSG00000', 'Administrative staff: the same registration.', { role: 'ADMIN_STAFF' }),
  ...premium.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'Never on the waiting list of a social housing company.'),
  premium('jobseeker-wallonia', 'NO_RESULT', 'MSG00015', 'Asked by CPAS Liège: the Flemish services serve the Flemish OCMWs only.', liege),
  premium('social-tenant', 'NO_RESULT', 'MSG00013', 'The general director: no row gives the VMSW files to that role.', { role: 'GENERAL_DIRECTOR' }),
  ...sharedCheckOutcomes(premium, { channel: 'new', finality: true }),
];
