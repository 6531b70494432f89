import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/** F04 RentSubsidyService. */
const subsidy = operationOutcomes('F04', 'consultRentSubsidy');
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['standard', 'disabled-adult', 'large-family', 'pensioner', 'jobseeker-flanders', 'incapacity', 'newcomer'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  subsidy('social-tenant', 'DATA_FOUND', 'MSG00000', 'File HS-2025-004512 at Woonmaatschappij Leie en Schelde with her partner Dirk Lauwers: REFUSED, DWELLING_QUALITY (the dwelling does not meet the quality standards); no payment.'),
  subsidy('social-tenant', 'DATA_FOUND', 'MSG00000', 'Administrative staff: the same file (they prepare the housing files).', { role: 'ADMIN_STAFF' }),
  ...subsidy.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'No rent-subsidy file.'),
  subsidy('jobseeker-wallonia', 'NO_RESULT', 'MSG00015', 'Asked by CPAS Liège: the Flemish services serve the Flemish OCMWs only.', liege),
  subsidy('social-tenant', 'NO_RESULT', 'MSG00013', 'The general director: no row gives the VMSW files to that role.', { role: 'GENERAL_DIRECTOR' }),
  ...sharedCheckOutcomes(subsidy, { channel: 'new', finality: true }),
];
