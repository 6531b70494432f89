import type { TaxAssessment } from '../../../sources/fodfin';

/**
 * The fiscal data TaxAssessmentDataService v2 answers, by group (MODELLED: FOD Financiën's real
 * element names are published to authorised institutions only). A group is also a data block of
 * the authorization rows: who may see which group is decided per role (service.ts). Elements
 * marked `communal` are the fiscal family's (both partners of a joint assessment see the same).
 */
export interface FiscalElement {
  name: string;
  type: 'INTEGER' | 'BOOLEAN' | 'DATE';
  communal: boolean;
  /** The first income year the element exists in (ELEMENT_NOT_AVAILABLE_FOR_THIS_INCOME_YEAR before). */
  since?: number;
  /** Its value on an assessment; undefined (or 0 for amounts) = not present in the assessment. */
  value: (row: TaxAssessment) => string | number | boolean | undefined;
}

const amount = (name: string, value: (row: TaxAssessment) => number | null, communal = false, since?: number): FiscalElement => ({ name, type: 'INTEGER', communal, since, value: (r) => value(r) ?? undefined });

export const GROUPS: Record<string, FiscalElement[]> = {
  ASSESSMENT: [
    { name: 'ASSESSMENT_DATE', type: 'DATE', communal: true, value: (r) => r.assessment_date },
    { name: 'JOINT_ASSESSMENT', type: 'BOOLEAN', communal: true, value: (r) => r.fiscal_state !== 'SINGULAR' },
  ],
  GLOBAL_TAXABLE_INCOME: [
    amount('GROSS_SALARIES', (r) => r.gross_salaries),
    amount('UNEMPLOYMENT_BENEFITS', (r) => r.unemployment_benefits),
    amount('SELF_EMPLOYED_PROFIT', (r) => r.self_employed_profit),
    amount('PROFESSIONAL_EXPENSES', (r) => r.professional_expenses),
    amount('NET_PROFESSIONAL_INCOME', (r) => r.net_professional_income),
    amount('GLOBAL_TAXABLE_INCOME', (r) => r.global_taxable_income),
  ],
  GLOBAL_TAXABLE_INCOME_FISCAL_FAMILY: [amount('GLOBAL_TAXABLE_INCOME_FISCAL_FAMILY', (r) => r.joint_taxable_income ?? r.global_taxable_income, true)],
  REAL_ESTATE_INCOME: [amount('FOREIGN_REAL_ESTATE_INCOME', (r) => r.foreign_real_estate_income)],
  DISTINCTLY_TAXABLE_INCOME: [amount('ARREARS_OF_REMUNERATION', (r) => r.arrears_of_remuneration)],
  CHILDREN_DEPENDENT: [
    amount('CHILDREN_DEPENDENT', (r) => r.children_dependent, true),
    amount('CHILDREN_DEPENDENT_HANDICAP', (r) => r.children_dependent_handicap, true),
    // Counted separately on the return from income year 2023 on (modelled).
    amount('OTHER_DEPENDENTS', (r) => r.other_dependents, true, 2023),
  ],
};

export const GROUP_NAMES = Object.keys(GROUPS);

/** Every element by name, with its group. */
export const ELEMENTS = new Map(Object.entries(GROUPS).flatMap(([group, elements]) => elements.map((e) => [e.name, { ...e, group }] as const)));

/**
 * The ipcal items of v1's NET_INCOME (MODELLED codes, after the four-digit codes of the tax
 * return: 1xxx the first-named taxpayer, 2xxx the partner on a joint assessment; 1030/1031 the
 * dependent children, on the first-named's side).
 */
export const IPCAL_ITEMS: { code: string; value: (row: TaxAssessment) => number }[] = [
  { code: '250', value: (r) => r.gross_salaries },
  { code: '260', value: (r) => r.unemployment_benefits },
  { code: '600', value: (r) => r.self_employed_profit },
  { code: '258', value: (r) => r.professional_expenses },
  { code: '290', value: (r) => r.net_professional_income },
  { code: '130', value: (r) => r.foreign_real_estate_income },
  { code: '770', value: (r) => r.global_taxable_income },
];
export const IPCAL_CHILDREN = { code: '1030', handicapCode: '1031' };
