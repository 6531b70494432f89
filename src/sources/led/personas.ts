import { SSIN } from '../../../fixtures/personas';
import type { LedWriter } from './writer';

const NONE = { study_area: null, secondary_form: null, qualification_level: null, language_level: null };

/**
 * The personas' proofs (fictional institutions):
 * - newcomer: Dutch as a second language, richtgraad 2 (A2), at an adult-education centre in Gent, 2024-12;
 * - jobseeker-flanders: his secondary-education diploma, BSO construction (Bouw), 2013, from a Gent school.
 */
export function writeLedPersonas(w: LedWriter): void {
  w.certificate({
    ...NONE, ssin: SSIN.newcomer, certificate_id: 'LED-2024-0871532', kind: 'CERTIFICATE', title: 'Nederlands tweede taal - richtgraad 2 (A2)', study_area: 'Nederlands tweede taal',
    education_level: 'ADULT_EDUCATION', language_level: 'A2', award_date: '2024-12-19',
    institution_number: '126581', institution_name: 'CVO Leerpunt Gent-Zuid', institution_postal_code: '9000', institution_municipality: 'Gent',
  });
  w.certificate({
    ...NONE, ssin: SSIN.jobseekerFlanders, certificate_id: 'LED-2013-0412290', kind: 'DIPLOMA', title: 'Diploma secundair onderwijs - Bouw (BSO, derde graad, zevende jaar)', study_area: 'Bouw',
    education_level: 'SECONDARY', secondary_form: 'BSO', qualification_level: 3, award_date: '2013-06-28',
    institution_number: '031294', institution_name: 'Technisch Instituut Sint-Lieven Gent', institution_postal_code: '9000', institution_municipality: 'Gent',
  });
}
