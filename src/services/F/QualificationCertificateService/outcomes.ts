import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/** F01 QualificationCertificateService: the sample asks every proof of the person. */
const certificates = operationOutcomes('F01', 'consultQualificationCertificates');
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['standard', 'disabled-adult', 'large-family', 'pensioner', 'incapacity', 'social-tenant'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  certificates('newcomer', 'DATA_FOUND', 'MSG00000', 'A certificate "Nederlands tweede taal - richtgraad 2 (A2)" (language level A2) of CVO Leerpunt Gent-Zuid, awarded 2024-12-19.'),
  certificates('jobseeker-flanders', 'DATA_FOUND', 'MSG00000', 'His secondary-education diploma, BSO construction (Bouw, VKS level 3), of a Gent technical school, 2013-06-28.'),
  certificates('jobseeker-flanders', 'NO_DATA_FOUND', 'MSG00100', 'Only experience proofs asked: he has none.', { values: { certificateKind: 'EXPERIENCE_PROOF' }, include: ['certificateKinds'] }),
  ...certificates.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'No proof in the LED (educated before the LED or outside Flanders).'),
  certificates('jobseeker-wallonia', 'NO_RESULT', 'MSG00015', 'Asked by CPAS Liège: the Flemish services serve the Flemish OCMWs only.', liege),
  certificates('newcomer', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them the LED.', { role: 'ADMIN_STAFF' }),
  ...sharedCheckOutcomes(certificates, { channel: 'new', finality: true }),
];
