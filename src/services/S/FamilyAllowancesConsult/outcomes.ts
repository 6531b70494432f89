import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/** S14 Cadaf: the samples ask the 59 months up to this one. */
const consult = operationOutcomes('S14', 'familyAllowancesConsult');
const childless = ['disabled-adult', 'pensioner', 'jobseeker-flanders', 'incapacity', 'newcomer', 'social-tenant', 'standard'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  consult('family', 'DATA_FOUND', 'MSG00000', 'Two FONS dossiers (one per child), entitled person the father, recipient the mother.'),
  consult('large-family', 'DATA_FOUND', 'MSG00000', 'The Famiris dossier of the four children until 2022-08 and four FONS dossiers since 2022-09; recipient the mother, entitled person the father.'),
  consult('large-family', 'DATA_FOUND', 'MSG00000', 'The financial director, for an advance on child benefits.', { role: 'FINANCIAL_DIRECTOR' }),
  ...consult.each(childless, 'NO_DATA_FOUND', 'MSG00100', 'No dossier names the person.'),
  consult('jobseeker-wallonia', 'NO_RESULT', 'MSG00012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
  ...sharedCheckOutcomes(consult, { channel: 'new', finality: true }),
];
