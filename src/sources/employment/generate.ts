import type { SeedContext } from '../source';
import { Random } from '../../../fixtures/random';
import { addDays } from '../../domain/dates';
import type { EmploymentWriter } from './writer';
import { registrationsOfRight, registrationsOver, Residence, RightPeriod } from './derive';

/** Its own random stream: adding the source leaves every other generated row as it was. */
const STREAM = 0x3e17;

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

/**
 * Every RVA right (personas and population, table rva_right) gives its registrations at the
 * service of the residence of the time (rr_address). A few generated persons without a right are
 * registered too: about 8 % of those aged 18-25 as young job seekers in their professional
 * insertion period (since a day of 2025-2026), half of the leefloon recipients without benefits
 * over their integration, and 1 % of the others as voluntary job seekers for a few months.
 */
export function generateEmployment(w: EmploymentWriter, { db, population, seed }: SeedContext): void {
  const residencesOf = (ssin: string) => db.prepare('SELECT begin_date, end_date, nis_code FROM rr_address WHERE ssin = ? ORDER BY begin_date').all(ssin) as Residence[];
  const rights = db.prepare("SELECT ssin, begin_date, end_date, allowance FROM rva_right WHERE allowance IN ('UNEMPLOYMENT', 'INSERTION') ORDER BY ssin, begin_date, id").all() as RightPeriod[];
  for (const right of rights) for (const r of registrationsOfRight(right, residencesOf(right.ssin))) w.registration(r);

  const withRight = new Set(rights.map((r) => r.ssin));
  const rnd = new Random(seed ^ STREAM);
  for (const p of population) {
    if (withRight.has(p.ssin)) continue;
    const age = ageOn(p.birthDate, '2026-06-30');
    if (age < 18 || age >= 65) continue;
    const draw = rnd.next();
    let registrations: ReturnType<typeof registrationsOver> = [];
    if (age <= 25 && draw < 0.08) {
      registrations = registrationsOver(p.ssin, 'PROFESSIONAL_INSERTION_PERIOD', rnd.date('2025-07-01', '2026-09-30'), null, residencesOf(p.ssin));
    } else if (p.integration?.qualityCode === 2 && draw < 0.5) {
      registrations = registrationsOver(p.ssin, 'WITHOUT_BENEFITS', p.integration.begin, p.integration.end, residencesOf(p.ssin));
    } else if (draw < 0.01) {
      const begin = rnd.date('2023-01-01', '2026-06-30');
      registrations = registrationsOver(p.ssin, 'VOLUNTARY', begin, addDays(begin, rnd.int(60, 240)), residencesOf(p.ssin));
    }
    for (const r of registrations) w.registration(r);
  }
}
