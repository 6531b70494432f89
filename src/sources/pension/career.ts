import type { Db } from '../../store/db';
import { hashOf } from '../../domain/hash';
import { contributionAmount } from '../rsvz/amounts';
import { OCCUPATION } from '../rsvz/model';
import { PERSONA_MONTHLY_WAGES } from '../rsz/personas';
import { indexOf, yearsIn, type EmployeePeriod } from './rules';

/** An employment as the pension counts it, with its joint committee (a sector plan may follow from it). */
export interface CountedEmployment extends EmployeePeriod {
  jointCommittee: string;
}

/** The self-employed career as the pension counts it: main-occupation years (assimilated periods included) and the average income. */
export interface SelfEmployedCareer {
  years: number;
  /** Average yearly professional income, euro of 2024. */
  yearlyIncome: number;
}

/** The contribution rate the professional income is read back from (as the tax assessments do, src/sources/fodfin). */
const CONTRIBUTION_RATE = 0.205;
/** Working days in a month (the Belgian convention 65/3): turns a DmfA day wage into a monthly wage. */
const WORKING_DAYS_A_MONTH = 65 / 3;

/**
 * The careers the pension is computed from, read from the sources seeded before (RSZ Dimona and
 * DmfA, RSVZ career periods and contributions), so that the cadastre's amounts follow them.
 */
export function careerReader(db: Db) {
  const employments = db.prepare(
    `SELECT e.id, e.ssin, e.begin_date, e.end_date, e.work_regime, e.joint_committee,
            (SELECT SUM(d.wage_amount) FROM rsz_dmfa d WHERE d.ssin = e.ssin AND d.employment_id = e.id) AS wages,
            (SELECT SUM(d.days) FROM rsz_dmfa d WHERE d.ssin = e.ssin AND d.employment_id = e.id) AS days
     FROM rsz_employment e WHERE e.ssin = ? AND e.worker_type <> 'STU' ORDER BY e.begin_date, e.id`,
  );
  const periods = db.prepare("SELECT begin_date, end_date FROM rsvz_career_period WHERE ssin = ? AND occupation = ? ORDER BY begin_date, id");
  const contributions = db.prepare('SELECT quarter, amount FROM rsvz_contribution WHERE ssin = ? AND occupation = ?');
  return {
    /** The employments (students' jobs build no pension), each with its full-time monthly wage. */
    employee(ssin: string): CountedEmployment[] {
      const rows = employments.all(ssin) as { id: number; ssin: string; begin_date: string; end_date: string | null; work_regime: string; joint_committee: string; wages: number | null; days: number | null }[];
      return rows.map((e) => ({
        begin: e.begin_date,
        end: e.end_date,
        fraction: e.work_regime === 'PART_TIME' ? 0.5 : 1,
        monthlyWage: monthlyWageOf(e),
        jointCommittee: e.joint_committee,
      }));
    },
    /** The main-occupation years before `until` and the income read back from the contributions (the minimum when none is on record). */
    selfEmployed(ssin: string, until: string): SelfEmployedCareer {
      const main = periods.all(ssin, OCCUPATION.MAIN) as { begin_date: string; end_date: string | null }[];
      const years = main.reduce((s, p) => s + yearsIn(p.begin_date, p.end_date, until), 0);
      const paid = contributions.all(ssin, OCCUPATION.MAIN) as { quarter: string; amount: number }[];
      const quarterly = paid.length
        ? paid.reduce((s, c) => s + c.amount / indexOf(Number(c.quarter.slice(0, 4))), 0) / paid.length
        : contributionAmount(OCCUPATION.MAIN, '2024Q1');
      return { years, yearlyIncome: (quarterly * 4) / CONTRIBUTION_RATE };
    },
  };
}

/**
 * The full-time monthly wage of an employment: from its DmfA quarters (the day wage × 65/3) where
 * RSZ still has them (from 2018), else the wage RSZ gives the persona, else one drawn from the
 * employment (the cadastre's own career record of the older years).
 */
function monthlyWageOf(e: { id: number; ssin: string; wages: number | null; days: number | null }): number {
  if (e.wages && e.days) return Math.round((e.wages / e.days) * WORKING_DAYS_A_MONTH);
  return PERSONA_MONTHLY_WAGES[e.ssin] ?? 1900 + (hashOf(`pension-wage/${e.id}`) % 2301);
}

export type CareerReader = ReturnType<typeof careerReader>;
