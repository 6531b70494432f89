/**
 * How the emulated pension cadastre computes a pension from a career (MODELLED on the Belgian
 * legal pension, simplified; the figures are documented approximations in 2024 euros):
 * - the legal pension age is 65 for those born up to 1959, 66 for 1960-1963, 67 after; the
 *   pension starts on the first day of the month after that birthday;
 * - employee pension a year = Σ (career share of each employment × its full-time annual wage,
 *   capped) × 60 % (single rate) or 75 % (household rate) / 45; the annual wage is the monthly
 *   wage × 13.92 (twelve months, the double holiday pay, the end-of-year bonus);
 * - self-employed pension = the main-occupation years × the average professional income × the
 *   same rate / 45 × a correction coefficient of 0.6;
 * - a career counts 45 years at most (unity of career: the self-employed years are cut first);
 * - the minimum pension (a full career: 1,700 single, 2,125 household a month) applies pro rata
 *   to a career of at least two thirds of 45 years;
 * - amounts follow the index: +2 % every January (2024 = 1);
 * - GRAPA/IGO = the guarantee (1,580 single, 1,053 cohabiting) − 90 % of the pensions.
 */
import { addDays } from '../../domain/dates';

export const FULL_CAREER_YEARS = 45;
export const RATE = { SINGLE: 0.6, HOUSEHOLD: 0.75 } as const;
export const ANNUAL_WAGE_MONTHS = 13.92;
export const ANNUAL_WAGE_CEILING = 78_000;
export const SELF_EMPLOYED_CORRECTION = 0.6;
export const MINIMUM_PENSION = { SINGLE: 1700, HOUSEHOLD: 2125 } as const;
export const MINIMUM_CAREER_YEARS = (FULL_CAREER_YEARS * 2) / 3;
export const GRAPA_GUARANTEE = { SINGLE: 1580, COHABITING: 1053 } as const;
export const GRAPA_PENSION_SHARE = 0.9;
export const YEARLY_INDEXATION = 0.02;
/** The supplementary pension: contributions of 1.5 % of the annual wage, an annuity over 15 years. */
export const SECTOR_CONTRIBUTION_RATE = 0.015;
export const ANNUITY_MONTHS = 15 * 12;

const DAYS_A_YEAR = 365.25;

export type Rate = 'SINGLE' | 'HOUSEHOLD';

/** An employment (Dimona) as the pension counts it. */
export interface EmployeePeriod {
  begin: string;
  end: string | null;
  /** 1 full time, 0.5 half time. */
  fraction: number;
  /** The full-time monthly gross wage, euro of 2024. */
  monthlyWage: number;
}

/** The legal pension age of a person born on `birthDate`. */
export function legalPensionAge(birthDate: string): number {
  const year = Number(birthDate.slice(0, 4));
  return year <= 1959 ? 65 : year <= 1963 ? 66 : 67;
}

/** The first day of the month after the birthday at the legal pension age. */
export function pensionDate(birthDate: string): string {
  const year = Number(birthDate.slice(0, 4)) + legalPensionAge(birthDate);
  const month = Number(birthDate.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Whether the person has reached the legal pension age on `day`. */
export function pensionable(birthDate: string, day: string): boolean {
  return pensionDate(birthDate) <= day;
}

/** The years (a fraction, times the working-time fraction) a period counts before `until` (excluded). */
export function yearsIn(begin: string, end: string | null, until: string, fraction = 1): number {
  const last = end === null || end >= until ? addDays(until, -1) : end;
  if (last < begin) return 0;
  return ((Date.parse(last) - Date.parse(begin)) / 86400000 + 1) / DAYS_A_YEAR * fraction;
}

/** Employee pension a month (euro of 2024) and the years it counts, for the career before the pension date. */
export function employeePension(periods: EmployeePeriod[], start: string, rate: Rate): { years: number; monthly: number } {
  const shares = periods.map((p) => ({ years: yearsIn(p.begin, p.end, start, p.fraction), wage: Math.min(p.monthlyWage * ANNUAL_WAGE_MONTHS, ANNUAL_WAGE_CEILING) }));
  const years = shares.reduce((s, p) => s + p.years, 0);
  const cut = years > FULL_CAREER_YEARS ? FULL_CAREER_YEARS / years : 1;
  const yearly = shares.reduce((s, p) => s + p.years * cut * p.wage, 0) * RATE[rate] / FULL_CAREER_YEARS;
  return { years: Math.min(years, FULL_CAREER_YEARS), monthly: yearly / 12 };
}

/** Self-employed pension a month (euro of 2024) for `years` of main occupation at an average yearly income. */
export function selfEmployedPension(years: number, yearlyIncome: number, rate: Rate): number {
  return (Math.min(years, FULL_CAREER_YEARS) * yearlyIncome * RATE[rate] * SELF_EMPLOYED_CORRECTION) / FULL_CAREER_YEARS / 12;
}

/** The self-employed years that still count next to `employeeYears` (unity of career). */
export function unityOfCareer(employeeYears: number, selfEmployedYears: number): number {
  return Math.max(0, Math.min(selfEmployedYears, FULL_CAREER_YEARS - employeeYears));
}

/** A scheme's pension raised to the minimum pension pro rata to its years, when the whole career is long enough. */
export function withMinimum(monthly: number, schemeYears: number, totalYears: number, rate: Rate): number {
  if (totalYears < MINIMUM_CAREER_YEARS) return monthly;
  return Math.max(monthly, (MINIMUM_PENSION[rate] * Math.min(schemeYears, FULL_CAREER_YEARS)) / FULL_CAREER_YEARS);
}

/** The supplementary (second-pillar) capital of a sector plan (euro of 2024) for the years in the sector since the plan began. */
export function sectorCapital(periods: EmployeePeriod[], planFrom: string, start: string): number {
  return periods.reduce((s, p) => {
    const begin = p.begin > planFrom ? p.begin : planFrom;
    return s + yearsIn(begin, p.end, start, p.fraction) * Math.min(p.monthlyWage * ANNUAL_WAGE_MONTHS, ANNUAL_WAGE_CEILING) * SECTOR_CONTRIBUTION_RATE;
  }, 0);
}

/** The index coefficient of a year (2024 = 1). */
export function indexOf(year: number): number {
  return Math.pow(1 + YEARLY_INDEXATION, year - 2024);
}

/** GRAPA a month (euro of 2024): what the pensions leave of the guarantee; 0 when they reach it. */
export function grapaAmount(pensionsMonthly: number, cohabiting: boolean): number {
  const guarantee = cohabiting ? GRAPA_GUARANTEE.COHABITING : GRAPA_GUARANTEE.SINGLE;
  return Math.max(0, guarantee - GRAPA_PENSION_SHARE * pensionsMonthly);
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The withholdings on a month's pensions (MODELLED, thresholds in euro of 2024, indexed): the
 * health-insurance (AMI/ZIV) withholding of 3.55 % above 1,750 a month; the solidarity
 * contribution of 1 % above 2,900 and 2 % above 3,400; the withholding tax (précompte) on what
 * remains: 0 up to 1,450, 8.5 % up to 2,000, 17 % up to 2,800, 24 % above. `total` is the month's
 * gross of every pension of the person (the thresholds apply to it).
 */
export function withholdingRates(total: number, year: number): { ami: number; solidarity: number; precompte: number } {
  const at = (amount: number) => amount * indexOf(year);
  const ami = total > at(1750) ? 0.0355 : 0;
  const solidarity = total > at(3400) ? 0.02 : total > at(2900) ? 0.01 : 0;
  const taxable = total * (1 - ami - solidarity);
  const precompte = taxable > at(2800) ? 24 : taxable > at(2000) ? 17 : taxable > at(1450) ? 8.5 : 0;
  return { ami, solidarity, precompte };
}

/** Capitals are taxed apart (a flat 16.5 % after the withholdings of 3.55 % and 2 %). */
export const CAPITAL_RATES = { ami: 0.0355, solidarity: 0.02, precompte: 16.5 } as const;

/**
 * The pensioners' holiday allowance (vakantiegeld / pécule de vacances) paid with the May
 * pension of the years after the pension's first calendar year: 1,000 euro of 2024 for a full
 * career, pro rata to the years, at most the month's pension.
 */
export function holidayAllowance(careerYears: number, monthly: number): number {
  return Math.min(monthly, (1000 * Math.min(careerYears, FULL_CAREER_YEARS)) / FULL_CAREER_YEARS);
}
