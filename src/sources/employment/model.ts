import type { EmploymentService } from './services';

/**
 * Why a person is registered as a job seeker (MODELLED categories, after the registration codes
 * the employment services share with the RVA):
 * - UNEMPLOYED_WITH_BENEFITS: not working, with full unemployment benefits (RVA, article 30 ff.);
 * - INSERTION_ALLOWANCE: a young job seeker with insertion allowances after the insertion period;
 * - PROFESSIONAL_INSERTION_PERIOD: a young job seeker after school, in the professional
 *   insertion period (beroepsinschakelingstijd / stage d'insertion), no benefits yet;
 * - WITHOUT_BENEFITS: not working, without unemployment benefits (e.g. on the leefloon);
 * - VOLUNTARY: registered of their own accord while working (looking for another job).
 */
export const JOBSEEKER_CATEGORIES = ['UNEMPLOYED_WITH_BENEFITS', 'INSERTION_ALLOWANCE', 'PROFESSIONAL_INSERTION_PERIOD', 'WITHOUT_BENEFITS', 'VOLUNTARY'] as const;
export type JobseekerCategory = (typeof JOBSEEKER_CATEGORIES)[number];

/** One registration period at one employment service. */
export interface JobseekerRegistration {
  id: number;
  ssin: string;
  service: EmploymentService;
  category: JobseekerCategory;
  begin_date: string;
  /** The last day registered; null = still registered. */
  end_date: string | null;
  /** NIS code of the municipality the person lived in (it decides the service). */
  nis_code: string;
}
