import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { MUNICIPALITIES, ocmwCbe } from '../../../../fixtures/organisations';
import { SSIN, WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/** S14 ChildBenefitsService: the samples ask every source over the 59 months up to this one. */
const files = operationOutcomes('S14', 'consultFilesBySsin');
const liege = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const childless = ['disabled-adult', 'pensioner', 'jobseeker-flanders', 'incapacity', 'newcomer', 'social-tenant', 'standard'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  files('family', 'DATA_FOUND', 'MSG00000', 'FLANDERS: one FONS file per child (Adam and Nora), paid to their mother since 2019 (FAMIFED before, outside the window).'),
  files('large-family', 'DATA_FOUND', 'MSG00000', 'BRUSSELS: the Famiris file of the four children until 2022-08; FLANDERS: one FONS file per child since 2022-09 with the social supplement, the special-care supplement for Zeynep; paid to their mother.'),
  files('large-family', 'INCOMPLETE_DATA', 'CHB00001', 'With a PARTIAL fault: FLANDERS does not answer (TECHNICAL_ERROR, MSG00020); the Brussels file is there.', {
    faults: [{ service: 'S14', operation: 'consultFilesBySsin', ssin: SSIN.largeFamilyHead, kind: 'PARTIAL', count: 1 }],
  }),
  ...files.each(childless, 'NO_DATA_FOUND', 'MSG00100', 'No child-benefit file names the person.'),
  files('jobseeker-wallonia', 'NO_DATA_FOUND', 'MSG00100', 'Asked by CPAS Liège: no child-benefit file.', liege),
  files('jobseeker-wallonia', 'NO_RESULT', 'MSG00012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
  ...sharedCheckOutcomes(files, { channel: 'new', finality: true }),
];
