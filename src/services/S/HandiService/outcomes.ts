import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/** S12 HandiService v2: the samples ask both administrations, every part at today's date, payments of the last 23 months. */
const files = operationOutcomes('S12', 'consultFilesByDate');
const payments = operationOutcomes('S12', 'consultPayments');
const liege = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['standard', 'large-family', 'pensioner', 'jobseeker-flanders', 'incapacity', 'newcomer', 'social-tenant'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  files('disabled-adult', 'DATA_FOUND', 'MSG00000', 'DGPH: recognised since 2014-04-01 (12 autonomy points, reduced earning capacity, lower limbs 50 %), ARR category B and IT category 3 (1,936.28 a month in 2026), a reduction card and a parking card; VSB: a care budget of 300 a month since 2019.'),
  files('disabled-adult', 'DATA_FOUND', 'MSG00000', 'Administrative staff: where the requests stand and the social cards; dataFilters names handicapRecognitions and rights.', { role: 'ADMIN_STAFF' }),
  files('disabled-adult', 'DATA_FOUND', 'MSG00000', 'On 2014-08-01: the DGPH request of 2014-03-10 is complete but not decided (handicapRecognitionPending); VSB has no file yet.', { values: { referenceDate: '2014-08-01' } }),
  ...files.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'Neither the DGPH nor VSB has a file (large-family: his daughter Zeynep, 2016, has a child recognition of her own).'),
  files('jobseeker-wallonia', 'NO_DATA_FOUND', 'MSG00100', 'Asked by CPAS Liège: no disability file.', liege),
  payments('disabled-adult', 'DATA_FOUND', 'MSG00000', 'DGPH: ARR/IT paid every month (1,899.35 in 2025, 1,936.28 in 2026); VSB: 300 a month.'),
  payments('disabled-adult', 'DATA_FOUND', 'MSG00000', 'The financial director, for debt recovery: the payments too.', { role: 'FINANCIAL_DIRECTOR' }),
  ...payments.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'No payment by the DGPH or VSB.'),
  ...sharedCheckOutcomes(files, { channel: 'new', finality: true }),
  files('jobseeker-wallonia', 'NO_RESULT', 'MSG00012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
];
