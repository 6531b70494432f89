import type { NationalRegister, RrPerson } from '../sources/rr';
import type { Fodfin, TaxAssessment } from '../sources/fodfin';

/**
 * The taxable income of a person's household as the heating allowance needs it (P12
 * OCMWCPASHouseholdIncome answers it, P11 OCMWCPASHeatingAllocation checks categories 1 and 2
 * against it): the National Register household of a day, each member's FOD Financiën assessment
 * of the most recent income year any member has an assessment of (established by today), each
 * member's gross taxable income and the total, and the dependants on those assessments.
 */
export interface MemberIncome {
  person: RrPerson;
  householdRole: number;
  /** The member's assessment of the income year; none = no taxable income known to FOD Financiën. */
  assessment?: TaxAssessment;
  taxableIncome: number;
}

export interface HouseholdIncome {
  /** undefined when no member has an assessment. */
  incomeYear?: number;
  members: MemberIncome[];
  total: number;
  dependants: number;
}

/**
 * Gross taxable income of one assessment: the taxable salaries, the unemployment benefits, the
 * self-employed profit and the foreign real-estate income, before the professional expenses (the
 * Fund counts the "gross taxable" income).
 */
export const grossTaxableIncome = (a: TaxAssessment): number => a.gross_salaries + a.unemployment_benefits + a.self_employed_profit + a.foreign_real_estate_income;

export function householdIncome(rr: NationalRegister, fodfin: Fodfin, ssin: string, date: string, today: string): HouseholdIncome {
  const household = rr.householdAt(ssin, date);
  const people = household?.members.map((m) => ({ person: m.person, householdRole: m.membership.household_role })) ?? [];
  if (!people.some((p) => p.person.ssin === ssin)) {
    const person = rr.person(ssin);
    if (person) people.unshift({ person, householdRole: person.household_role });
  }
  const rows = people.map((p) => fodfin.assessments(p.person.ssin, today));
  const years = rows.flatMap((r) => r.map((a) => a.income_year));
  const incomeYear = years.length ? Math.max(...years) : undefined;
  const members = people.map((p, i): MemberIncome => {
    const assessment = rows[i].find((a) => a.income_year === incomeYear);
    return { ...p, assessment, taxableIncome: assessment ? grossTaxableIncome(assessment) : 0 };
  });
  // A joint assessment's dependants are on both partners' rows: counted once per assessment number.
  const byNumber = new Map<string, TaxAssessment>();
  for (const m of members) if (m.assessment) byNumber.set(m.assessment.assessment_number, m.assessment);
  const dependants = [...byNumber.values()].reduce((n, a) => n + a.children_dependent + a.other_dependents, 0);
  return { incomeYear, members, total: members.reduce((t, m) => t + m.taxableIncome, 0), dependants };
}
