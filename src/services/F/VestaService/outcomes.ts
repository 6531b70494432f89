import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/** F02 VestaService: the samples ask every file of the person (no period). */
const familyCare = operationOutcomes('F02', 'consultFamilyCare');
const cleaning = operationOutcomes('F02', 'consultCleaningHelp');
const oddJob = operationOutcomes('F02', 'consultOddJobHelp');
const sitting = operationOutcomes('F02', 'consultSittingService');
const budget = operationOutcomes('F02', 'consultPersonalAssistanceBudget');
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['standard', 'large-family', 'jobseeker-flanders', 'incapacity', 'newcomer', 'social-tenant'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  familyCare('disabled-adult', 'DATA_FOUND', 'MSG00000', 'Family care (gezinszorg) at Thuiszorg Leie en Schelde vzw since 2022-03-14: 16 hours a month, 6.85 an hour.'),
  familyCare('disabled-adult', 'NO_DATA_FOUND', 'MSG00100', 'The year 2021 asked: her family care began in 2022.', { values: { beginDate: '2021-01-01', endDate: '2021-12-31' }, include: ['period'] }),
  cleaning('disabled-adult', 'DATA_FOUND', 'MSG00000', 'Cleaning help (poetshulp) at Poetsdienst Gent-Centrum vzw since 2023-09-04: 8 hours a month.'),
  cleaning('pensioner', 'DATA_FOUND', 'MSG00000', 'Cleaning help at Poetsdienst Gent-Centrum vzw since 2021-06-01: 6 hours a month, 10.40 an hour.'),
  oddJob('pensioner', 'DATA_FOUND', 'MSG00000', 'An odd-job file (karweihulp) of 2024-04-08 to 2024-05-31, CLOSED (work done).'),
  familyCare('pensioner', 'NO_DATA_FOUND', 'MSG00100', 'No family care.'),
  sitting('disabled-adult', 'NO_DATA_FOUND', 'MSG00100', 'No sitting service.'),
  budget('disabled-adult', 'NO_DATA_FOUND', 'MSG00100', 'No personal assistance budget.'),
  ...familyCare.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'No family-care file in VESTA.'),
  familyCare('jobseeker-wallonia', 'NO_RESULT', 'MSG00015', 'Asked by CPAS Liège: the Flemish services serve the Flemish OCMWs only.', liege),
  familyCare('disabled-adult', 'NO_RESULT', 'MSG00013', 'The financial director: no row gives VESTA to that role.', { role: 'FINANCIAL_DIRECTOR' }),
  ...sharedCheckOutcomes(familyCare, { channel: 'new', finality: true }),
];
