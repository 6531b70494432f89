import type { PensionRight } from './model';
import { ADVANTAGE, PERIODICITY, SECTOR_PLANS, SECTOR_PLANS_FROM } from './model';
import type { CountedEmployment, SelfEmployedCareer } from './career';
import {
  ANNUITY_MONTHS,
  employeePension,
  grapaAmount,
  pensionDate,
  pensionable,
  Rate,
  sectorCapital,
  selfEmployedPension,
  unityOfCareer,
  withMinimum,
  yearsIn,
} from './rules';

/** What the cadastre needs to know of the person besides the careers. */
export interface Pensioner {
  ssin: string;
  birthDate: string;
  deceaseDate: string | null;
  /** HOUSEHOLD: married to a spouse without a career of their own. */
  rate: Rate;
  /** Lives with a partner (the GRAPA's cohabitant rate). */
  cohabiting: boolean;
}

export interface Careers {
  employee: CountedEmployment[];
  selfEmployed: SelfEmployedCareer;
}

/** A right as the seed writes it, with the amount in euro of 2024 its payments follow. */
export interface DerivedRight {
  row: Omit<PensionRight, 'id'>;
  /** Monthly gross (a capital: the capital), euro of 2024. */
  amount2024: number;
  /** The amount is indexed (legal pensions and GRAPA); a sector annuity or capital is not. */
  indexed: boolean;
  kind: 'LEGAL' | 'GRAPA' | 'ANNUITY' | 'CAPITAL';
}

/** Rights of less than this (euro a month) are not kept: a career of a few weeks. */
const SMALLEST_PENSION = 5;

/**
 * The pension rights that follow from a person's careers on `referenceDate`: none before the
 * legal pension age, or when she died before it, or without a career. The employee pension
 * (SFP) and the self-employed pension (the former RSVZ/INASTI's, paid by the SFP) start on the
 * pension date and close on the day of death; a sector plan (second pillar) adds an annuity or
 * a capital for the years worked in its joint committee since 2004.
 */
export function deriveRights(p: Pensioner, careers: Careers, referenceDate: string): DerivedRight[] {
  if (!pensionable(p.birthDate, referenceDate)) return [];
  const start = pensionDate(p.birthDate);
  if (p.deceaseDate !== null && p.deceaseDate < start) return [];
  const close = p.deceaseDate;
  const employee = employeePension(careers.employee, start, p.rate);
  const selfEmployedYears = unityOfCareer(employee.years, careers.selfEmployed.years);
  const totalYears = employee.years + selfEmployedYears;
  const familyCharge = p.rate === 'HOUSEHOLD' ? 1 : 2;
  const household = p.rate === 'HOUSEHOLD' ? 1 : 2;
  const legal = (code: string, institution: 'SFP' | 'SFP_SELF_EMPLOYED', situation: number, years: number, amount: number, suffix: string): DerivedRight => ({
    row: {
      ssin: p.ssin, institution, pillar: 'First', advantage_code: code, periodicity: PERIODICITY.MONTHLY, pension_file_id: `${p.ssin}-${suffix}`,
      pension_start: start, right_start: start, right_close: close, pension_type: 1, administrative_situation: situation,
      employer_type: institution === 'SFP' ? 1 : 0, family_charge_type: familyCharge, advantage_type: '11', household_code: household,
      right_origin: 1, index_type: 1, ami_tax_code: 0, career_years: round4(years), monthly_amount: 0,
    },
    amount2024: amount,
    indexed: true,
    kind: 'LEGAL',
  });

  const rights: DerivedRight[] = [];
  const employeeMonthly = withMinimum(employee.monthly, employee.years, totalYears, p.rate);
  if (employee.years > 0 && employeeMonthly >= SMALLEST_PENSION) rights.push(legal(ADVANTAGE.EMPLOYEE_RETIREMENT, 'SFP', 1, employee.years, employeeMonthly, 'W'));
  const selfEmployedMonthly = withMinimum(selfEmployedPension(selfEmployedYears, careers.selfEmployed.yearlyIncome, p.rate), selfEmployedYears, totalYears, p.rate);
  if (selfEmployedYears > 0 && selfEmployedMonthly >= SMALLEST_PENSION) rights.push(legal(ADVANTAGE.SELF_EMPLOYED_RETIREMENT, 'SFP_SELF_EMPLOYED', 2, selfEmployedYears, selfEmployedMonthly, 'S'));

  for (const [committee, plan] of Object.entries(SECTOR_PLANS)) {
    const inSector = careers.employee.filter((e) => e.jointCommittee === committee);
    const capital = sectorCapital(inSector, SECTOR_PLANS_FROM, start);
    if (capital < 100) continue;
    const annuity = plan.payout === 'ANNUITY';
    const years = inSector.reduce((s, e) => s + yearsIn(e.begin > SECTOR_PLANS_FROM ? e.begin : SECTOR_PLANS_FROM, e.end, start, e.fraction), 0);
    rights.push({
      row: {
        ssin: p.ssin, institution: plan.fund, pillar: 'Second', advantage_code: ADVANTAGE.SECTOR_SUPPLEMENT, periodicity: annuity ? PERIODICITY.MONTHLY : PERIODICITY.CAPITAL,
        pension_file_id: `DB2P${p.ssin}`, pension_start: start, right_start: start, right_close: annuity ? close : start, pension_type: 1,
        administrative_situation: 6, employer_type: 1, family_charge_type: null, advantage_type: '12', household_code: 0, right_origin: 1,
        index_type: 0, ami_tax_code: 0, career_years: round4(years), monthly_amount: 0,
      },
      amount2024: annuity ? capital / ANNUITY_MONTHS : capital,
      indexed: false,
      kind: annuity ? 'ANNUITY' : 'CAPITAL',
    });
  }
  return rights;
}

/** The legal pensions a month (euro of 2024) the GRAPA is tested against: the first and second pillar, a capital as an annuity. */
export function pensionsTested(rights: DerivedRight[]): number {
  return rights.reduce((s, r) => s + (r.kind === 'CAPITAL' ? r.amount2024 / ANNUITY_MONTHS : r.amount2024), 0);
}

/** The GRAPA right a pensioner would get from the pension date (undefined when the pensions reach the guarantee). */
export function deriveGrapa(p: Pensioner, rights: DerivedRight[]): DerivedRight | undefined {
  const legal = rights.find((r) => r.kind === 'LEGAL');
  if (!legal) return undefined;
  const amount = grapaAmount(pensionsTested(rights), p.cohabiting);
  if (amount < 25) return undefined;
  return {
    row: {
      ...legal.row, institution: 'SFP', advantage_code: ADVANTAGE.GRAPA, pension_file_id: `${p.ssin}-G`, administrative_situation: 0, employer_type: 0,
      family_charge_type: null, advantage_type: '31', household_code: 0, ami_tax_code: 0, career_years: 0,
    },
    amount2024: amount,
    indexed: true,
    kind: 'GRAPA',
  };
}

const round4 = (n: number) => Math.round(n * 10000) / 10000;
