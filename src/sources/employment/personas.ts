import { SSIN, WALLOON_PERSONA_OCMW_NIS } from '../../../fixtures/personas';
import type { EmploymentWriter } from './writer';

/**
 * The registrations of the personas that no RVA right gives (those of standard,
 * insertion-allowance-ended and jobseeker-flanders follow from their rights, generate.ts):
 * - jobseeker-wallonia: a young job seeker at FOREM (Liège) since 2024-09-02, in her
 *   professional insertion period, no benefits;
 * - insertion-allowance-ended: still registered at VDAB after his insertion allowance ended on
 *   2025-03-31, now without benefits (the leefloon asks him to be available for work).
 */
export function writeEmploymentPersonas(w: EmploymentWriter): void {
  w.registration({ ssin: SSIN.jobseekerWallonia, service: 'FOREM', category: 'PROFESSIONAL_INSERTION_PERIOD', begin_date: '2024-09-02', end_date: null, nis_code: WALLOON_PERSONA_OCMW_NIS });
  w.registration({ ssin: SSIN.insertionEnded, service: 'VDAB', category: 'WITHOUT_BENEFITS', begin_date: '2025-04-01', end_date: null, nis_code: '44021' });
}
