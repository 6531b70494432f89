import type { Db } from '../../store/db';
import { Random } from '../../../fixtures/random';
import { SSIN } from '../../../fixtures/personas';
import { addDays } from '../../domain/dates';
import { INSURER } from './insurers';
import type { IncapacityKind } from './reader';
import type { NicWriter } from './writer';

/**
 * The indemnity rules the emulated mutualities apply (MODELLED on the RIZIV/INAMI rules, without
 * the yearly maxima and minima): a percentage of the reference daily wage (the gross wage of a
 * six-day week, 312 days a year), primary incapacity for its first year at 60 %, then invalidity
 * at 65 % (with dependants), 55 % (living alone) or 40 % (cohabiting); maternity leave 82 % for
 * the first 30 days, 75 % after (15 weeks in all). The daily gross indemnity is rounded to the cent.
 */
export const PERCENTAGE = { PRIMARY_INCAPACITY: 60, INVALIDITY_HOUSEHOLDER: 65, INVALIDITY_SOLITARY: 55, INVALIDITY_COHABITING: 40, MATERNITY_FIRST_30_DAYS: 82, MATERNITY_AFTER: 75 } as const;

/** Primary incapacity lasts at most a year; invalidity starts the day after. */
export const PRIMARY_INCAPACITY_DAYS = 365;
const MATERNITY_DAYS = 105;

export const dailyIndemnity = (wage: number, percentage: number): number => Math.round(wage * percentage) / 100;

/** The reference daily wage from a quarter's gross wage (13 weeks of six days). */
export const dailyWageOfQuarter = (quarterWage: number): number => Math.round((quarterWage * 4 * 100) / 312) / 100;

interface Period {
  ssin: string;
  kind: IncapacityKind;
  begin: string;
  end: string | null;
  insurer: string;
  mutuality: string;
  wage: number;
  percentage: number;
}

function write(w: NicWriter, p: Period): void {
  w.incapacity({
    ssin: p.ssin, kind: p.kind, begin_date: p.begin, end_date: p.end, insuring_organization: p.insurer, mutuality: p.mutuality,
    reference_daily_wage: p.wage, percentage: p.percentage, daily_gross_amount: dailyIndemnity(p.wage, p.percentage),
  });
}

/**
 * incapacity (Nathalie Goethals, CM): unable to work from 2025-11-17, the day after her job at
 * Schoonmaak Vlaanderen NV ended (so no guaranteed wage from an employer: the mutuality pays from
 * the first day); primary incapacity for a year to 2026-11-16, invalidity from 2026-11-17. Her
 * reference wage is her DmfA quarter (6,600 full time: 84.62 a day); she lives alone (55 %).
 */
export function writeIncapacityPersonas(w: NicWriter, mutualityOf: (insurer: string) => string): void {
  const cm = INSURER.CHRISTIAN;
  const base = { ssin: SSIN.incapacity, insurer: cm, mutuality: mutualityOf(cm), wage: dailyWageOfQuarter(6600) };
  write(w, { ...base, kind: 'PRIMARY_INCAPACITY', begin: '2025-11-17', end: '2026-11-16', percentage: PERCENTAGE.PRIMARY_INCAPACITY });
  write(w, { ...base, kind: 'INVALIDITY', begin: '2026-11-17', end: null, percentage: PERCENTAGE.INVALIDITY_SOLITARY });
}

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

/**
 * Incapacity periods of the generated population, on its own random stream: among the holders
 * insured as active (CT1 category 1) with an open insurability, aged 20-60, about 6 % fall ill
 * once between 2023 and mid-2026 (two weeks to a year; a fifth of those who fell ill by 2025-10 reach
 * the year and go on in invalidity), and about 4 % of the women aged 20-42 take a maternity leave. The insurer is
 * the one of the insurability on the first day; the period lies inside the insurability.
 */
export function generateIncapacities(db: Db, w: NicWriter, seed: number): void {
  const rnd = new Random(seed ^ 0x5a18);
  const insured = db
    .prepare(
      `SELECT i.ssin, MIN(i.begin_date) AS since, p.birth_date, p.gender,
              (SELECT j.insuring_organization FROM nic_insurability j WHERE j.ssin = i.ssin AND j.end_date IS NULL) AS insurer,
              (SELECT j.mutuality FROM nic_insurability j WHERE j.ssin = i.ssin AND j.end_date IS NULL) AS mutuality
       FROM nic_insurability i JOIN rr_person p ON p.ssin = i.ssin AND p.household_id >= 1000
       WHERE i.holder_ssin IS NULL AND i.ct1 LIKE '11%'
       GROUP BY i.ssin HAVING SUM(i.end_date IS NULL) = 1 ORDER BY i.ssin`,
    )
    .all() as { ssin: string; since: string; birth_date: string; gender: number; insurer: string; mutuality: string }[];
  for (const p of insured) {
    // A person whose insurer changed in the window is left out: one insurer pays every period here.
    const changed = db.prepare("SELECT 1 FROM nic_insurability WHERE ssin = ? AND end_date >= '2023-01-01' AND insuring_organization <> ? LIMIT 1").get(p.ssin, p.insurer);
    const from = p.since > '2023-01-01' ? p.since : '2023-01-01';
    if (changed || from > '2026-06-30') continue;
    const age = ageOn(p.birth_date, '2026-01-01');
    const base = { ssin: p.ssin, insurer: p.insurer, mutuality: p.mutuality, wage: rnd.int(6500, 15000) / 100 };
    if (p.gender === 2 && age >= 20 && age <= 42 && rnd.chance(0.04)) {
      const begin = rnd.date(from, '2026-06-30');
      write(w, { ...base, kind: 'MATERNITY_LEAVE', begin, end: addDays(begin, 29), percentage: PERCENTAGE.MATERNITY_FIRST_30_DAYS });
      write(w, { ...base, kind: 'MATERNITY_LEAVE', begin: addDays(begin, 30), end: addDays(begin, MATERNITY_DAYS - 1), percentage: PERCENTAGE.MATERNITY_AFTER });
      continue;
    }
    if (age < 20 || age > 60 || !rnd.chance(0.06)) continue;
    const begin = rnd.date(from, '2026-06-30');
    // Invalidity only where its first day has come (the emulated present is late 2026).
    const invalid = rnd.chance(0.2) && begin <= '2025-10-31';
    const days = invalid ? PRIMARY_INCAPACITY_DAYS : rnd.int(14, 300);
    write(w, { ...base, kind: 'PRIMARY_INCAPACITY', begin, end: addDays(begin, days - 1), percentage: PERCENTAGE.PRIMARY_INCAPACITY });
    if (invalid) write(w, { ...base, kind: 'INVALIDITY', begin: addDays(begin, days), end: null, percentage: rnd.pick([PERCENTAGE.INVALIDITY_HOUSEHOLDER, PERCENTAGE.INVALIDITY_SOLITARY, PERCENTAGE.INVALIDITY_COHABITING]) });
  }
}
