import { Random } from '../../../fixtures/random';
import { regionOfNis } from '../podmi/regions';
import { addDays } from '../../domain/dates';
import type { SeedContext } from '../source';
import type { HandiWriter } from './writer';
import { writeMonthlyPayments } from './writer';
import { FIRST_PAID_MONTH, LAST_PAID_MONTH } from './personas';

/** Its own random stream: adding the source leaves every other generated row as it was. */
const STREAM = 0x4a4d1;

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

/**
 * Disability files of the generated population, on the 2026 scale: about 2 % of the adults under
 * 65 are recognised with ARR/IT, 4 % of those over 65 receive APA, 1.5 % of the children have a
 * child recognition (no allowance from the DGPH: the supplement is in their child benefits); a
 * third of the recognised adults have a parking card; in Flanders 40 % of the recognised adults
 * also have a VSB care budget. Rights from the decision on, payments monthly from 2024.
 */
export function generateHandi(w: HandiWriter, { population, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  for (const p of population) {
    const age = ageOn(p.birthDate, '2026-06-30');
    const child = age < 18;
    const elderly = age >= 65;
    if (!rnd.chance(child ? 0.015 : elderly ? 0.04 : 0.02)) continue;
    const earliest = addDays(p.birthDate, child ? 60 : elderly ? 65 * 366 : 18 * 366);
    const requested = rnd.date(earliest > '2008-01-01' ? earliest : '2008-01-01', '2025-10-31');
    const completed = addDays(requested, rnd.int(30, 120));
    const decided = addDays(completed, rnd.int(20, 90));
    const begin = `${addDays(requested, 31).slice(0, 7)}-01`;
    const legislation = child ? 2 : elderly ? 4 : 3;
    w.request({ ssin: p.ssin, source: 'DGPH', legislation, request_date: requested, completion_date: completed, decision_date: decided, appeal: rnd.chance(0.05) ? 1 : 0 });
    const specific = rnd.chance(0.3);
    const scores = Array.from({ length: 6 }, () => rnd.int(0, 3));
    w.recognition({
      ssin: p.ssin, decision_date: decided, begin_date: begin, end_date: child ? addDays(p.birthDate, 21 * 365) : null, kind: child ? 'CHILD' : 'ADULT',
      lower_limbs_50p: specific ? 1 : 0, full_blindness: 0, upper_limbs_amputated: 0, upper_limbs_paralyzed: 0,
      mobility: child ? null : scores[0], nourishment: child ? null : scores[1], hygiene: child ? null : scores[2],
      household: child ? null : scores[3], supervision: child ? null : scores[4], social_skills: child ? null : scores[5], reduced_earnings: child || elderly ? null : 1,
      pillar1: child ? rnd.pick([1, 2, 4]) : null, pillar2: child ? rnd.int(0, 12) : null, pillar3: child ? rnd.int(0, 18) : null,
    });
    if (child) continue;
    const points = scores.reduce((a, b) => a + b, 0);
    const categoryIt = points >= 17 ? 5 : points >= 15 ? 4 : points >= 12 ? 3 : points >= 9 ? 2 : points >= 7 ? 1 : 0;
    const arr = elderly ? 0 : rnd.pick([880.5, 1320.75, 1761.0]);
    const total = Math.round((arr + categoryIt * 160.25 + (elderly ? 95.1 : 0)) * 100) / 100;
    const right = {
      ssin: p.ssin, source: 'DGPH' as const, begin_date: decided > begin ? begin : decided, end_date: null, legislation, total_month_amount: total, month_amount: arr,
      category_ivt: elderly ? '-' : rnd.pick(['A', 'B', 'C']), category_it: categoryIt, partner_income: rnd.chance(0.3) ? 1 : 0,
    };
    w.right(right);
    writeMonthlyPayments(w, right, FIRST_PAID_MONTH, LAST_PAID_MONTH);
    if (specific || rnd.chance(0.2)) {
      w.card({ ssin: p.ssin, delivery_date: addDays(decided, rnd.int(10, 60)), end_date: null, card_number: String(rnd.int(1000000000, 1999999999)), category: 'PARKINGCARD' });
    }
    if (regionOfNis(p.nis) === 'FLANDERS' && rnd.chance(0.4)) {
      const asked = addDays(decided, rnd.int(30, 400));
      if (asked > '2026-06-30') continue;
      w.request({ ssin: p.ssin, source: 'VSB', legislation: 3, request_date: asked, completion_date: addDays(asked, 30), decision_date: addDays(asked, 60), appeal: 0 });
      const budget = { ssin: p.ssin, source: 'VSB' as const, begin_date: `${asked.slice(0, 7)}-01`, end_date: null, legislation: 3, total_month_amount: 300, month_amount: 300, category_ivt: '-', category_it: 0, partner_income: 0 };
      w.right(budget);
      writeMonthlyPayments(w, budget, FIRST_PAID_MONTH, LAST_PAID_MONTH);
    }
  }
}
