/** The vocabulary of the POD MI living-wage records (src/sources/podmi): categories, regions, one period. */

/** The two categories of the contract: the living wage itself, or the equivalent aid (foreigners without the right). */
export const CATEGORY = { LIVING_WAGE: 'LIVING_WAGE', EQUIVALENT: 'EQUIVALENT_LIVING_WAGE' } as const;
export type LivingWageCategory = (typeof CATEGORY)[keyof typeof CATEGORY];

/** Beneficiary categories of the RMI law (2002): cohabiting, living alone, living with a dependent family. */
export const BENEFICIARY = { COHABITING: 1, ALONE: 2, FAMILY: 3 } as const;
export type BeneficiaryCategory = (typeof BENEFICIARY)[keyof typeof BENEFICIARY];

export type Region = 'FLANDERS' | 'BRUSSELS' | 'WALLONIA';

export interface LivingWagePeriod {
  id: number;
  ssin: string;
  /** The OCMW/CPAS that granted it. */
  ocmw_cbe: string;
  ocmw_nis: string;
  region: Region;
  category: LivingWageCategory;
  beneficiary_category: BeneficiaryCategory;
  /** Euros a month. */
  monthly_amount: number;
  begin_date: string;
  /** The last day; null while it runs. */
  end_date: string | null;
  /** When the OCMW's committee decided (the period may start before: the right runs from the application). */
  decision_date: string;
}
