/**
 * How a tax assessment follows from what the other sources know of the income year (MODELLED on
 * Belgian personal income tax, simplified; the figures are documented approximations):
 * - taxable salaries = the DmfA gross wages of the year less the employee's social security
 *   contribution of 13.07%;
 * - unemployment benefits = the RVA gross payments of the year (taxable replacement income);
 * - self-employed profit = the RSVZ contributions due for the year divided by the 20.5% rate;
 * - the leefloon (POD MI) is not taxable: it never adds to the taxable income, but a person who
 *   lived on it still gets an assessment (a nil one when it was the only income);
 * - professional expenses: the flat 30% of taxable salaries, capped per income year;
 * - global taxable income = salaries − expenses + benefits + profit + foreign real-estate income.
 */
import { addDays } from '../../domain/dates';
import { hashOf } from '../../domain/hash';
import type { AssessedIncome } from './model';

export const EMPLOYEE_CONTRIBUTION = 0.1307;
export const SELF_EMPLOYED_RATE = 0.205;
export const FLAT_EXPENSES_RATE = 0.3;
/** The cap of the flat professional expenses per income year (approximate). */
export const FLAT_EXPENSES_CAP: Record<number, number> = { 2021: 4810, 2022: 5040, 2023: 5520, 2024: 5750, 2025: 5930 };

export interface YearIncome {
  dmfaWages: number;
  rvaPayments: number;
  rsvzContributions: number;
  foreignRealEstate: number;
}

export function assessIncome(year: number, income: YearIncome): AssessedIncome {
  const salaries = Math.round(income.dmfaWages * (1 - EMPLOYEE_CONTRIBUTION));
  const benefits = Math.round(income.rvaPayments);
  const profit = Math.round(income.rsvzContributions / SELF_EMPLOYED_RATE);
  const expenses = Math.min(Math.round(salaries * FLAT_EXPENSES_RATE), FLAT_EXPENSES_CAP[year] ?? FLAT_EXPENSES_CAP[2025]);
  const net = salaries - expenses + benefits + profit;
  const foreign = Math.round(income.foreignRealEstate);
  return {
    gross_salaries: salaries,
    unemployment_benefits: benefits,
    self_employed_profit: profit,
    professional_expenses: expenses,
    net_professional_income: net,
    foreign_real_estate_income: foreign,
    global_taxable_income: net + foreign,
  };
}

/** The article number of an assessment: ten digits, from the first-named taxpayer and the year. */
export function assessmentNumber(ssin: string, year: number): string {
  return String(hashOf(`${ssin}/${year}`) % 9_000_000_000 + 1_000_000_000).slice(0, 10);
}

/**
 * When the assessment of an income year is established: wage earners and benefit recipients in
 * the summer after it (late June to October, most of them from the pre-filled proposal), the
 * self-employed later (September to the next April; the legal limit is June 30 of the second year).
 */
export function assessmentDate(ssin: string, year: number, selfEmployed: boolean): string {
  const h = hashOf(`date/${ssin}/${year}`);
  return selfEmployed ? addDays(`${year + 1}-09-01`, h % 240) : addDays(`${year + 1}-06-25`, h % 125);
}
