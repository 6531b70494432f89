/**
 * The vocabulary of FOD Financiën's tax assessments (aanslagbiljet / avertissement-extrait de
 * rôle) as the emulator keeps them (src/sources/fodfin). One row per person and income year; a
 * couple taxed jointly has one assessment number and two rows (PRIMARY and SECONDARY).
 */

/** Taxed alone, or first / second named on a joint assessment (TaxAssessmentData v2 FiscalStateType). */
export const FISCAL_STATE = { SINGULAR: 'SINGULAR', PRIMARY: 'PRIMARY', SECONDARY: 'SECONDARY' } as const;
export type FiscalState = (typeof FISCAL_STATE)[keyof typeof FISCAL_STATE];

/** The incomes an assessment derives from the other sources (rules.ts); whole euros of the income year. */
export interface AssessedIncome {
  gross_salaries: number;
  unemployment_benefits: number;
  self_employed_profit: number;
  professional_expenses: number;
  net_professional_income: number;
  foreign_real_estate_income: number;
  global_taxable_income: number;
}

/** One person's assessment of one income year; amounts in whole euros. */
export interface TaxAssessment extends AssessedIncome {
  id: number;
  ssin: string;
  income_year: number;
  /** Article number of the assessment (≤ 10 characters); shared by both partners of a joint one. */
  assessment_number: string;
  fiscal_state: FiscalState;
  /** The partner on a joint assessment. */
  partner_ssin: string | null;
  /** The day the assessment was established (sent); it is not known before. */
  assessment_date: string;
  /** Both partners' global taxable income (joint assessments only). */
  joint_taxable_income: number | null;
  arrears_of_remuneration: number;
  children_dependent: number;
  children_dependent_handicap: number;
  other_dependents: number;
}

/** The first and last income years the source holds (assessed in 2022..2026). */
export const FIRST_INCOME_YEAR = 2021;
export const LAST_INCOME_YEAR = 2025;
