import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/** F03 InburgeringService. */
const path = operationOutcomes('F03', 'consultIntegrationPath');
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['standard', 'disabled-adult', 'large-family', 'pensioner', 'jobseeker-flanders', 'incapacity', 'social-tenant'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  path('newcomer', 'DATA_FOUND', 'MSG00000', 'Registered at the Gent office on 2023-10-02, OBLIGED; civic orientation in Dari PASSED (2024-02-16); NT2 A1 and A2 PASSED; path COMPLETED with the integration certificate of 2025-01-20.'),
  ...path.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'The KBI does not know the person.'),
  path('jobseeker-wallonia', 'NO_RESULT', 'MSG00015', 'Asked by CPAS Liège: the Flemish services serve the Flemish OCMWs only.', liege),
  path('newcomer', 'NO_RESULT', 'MSG00013', 'The general director: no row gives the KBI to that role.', { role: 'GENERAL_DIRECTOR' }),
  ...sharedCheckOutcomes(path, { channel: 'new', finality: true }),
];
