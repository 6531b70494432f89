import { SSIN } from '../../../fixtures/personas';
import type { HandiWriter } from './writer';
import { writeMonthlyPayments } from './writer';

/** The last month paid (the emulator's present is late 2026). */
export const LAST_PAID_MONTH = '2026-11';
/** Payments are kept online from this month. */
export const FIRST_PAID_MONTH = '2024-01';

const NO_SPECIFIC = { lower_limbs_50p: 0, full_blindness: 0, upper_limbs_amputated: 0, upper_limbs_paralyzed: 0 };
const NO_ADULT = { mobility: null, nourishment: null, hygiene: null, household: null, supervision: null, social_skills: null, reduced_earnings: null };
const NO_CHILD = { pillar1: null, pillar2: null, pillar3: null };

/** The ARR (income replacement, category B) and IT (integration, category 3) a month, per year: indexed each January. */
const ARR_B: Record<string, number> = { '2024': 1386.02, '2025': 1413.74, '2026': 1441.01 };
const IT_3: Record<string, number> = { '2024': 476.09, '2025': 485.61, '2026': 495.27 };

/**
 * The disability files of the personas (fixtures/personas.ts), fixed:
 * - disabled-adult: a DGPH request for ARR/IT in 2014, recognised from 2014-04-01 (12 autonomy
 *   points, reduced earning capacity, a lower-limb handicap of 50 %), ARR category B (she lives
 *   alone) and IT category 3 since 2015-01-01, a parking card (2015) and a reduction card (2015);
 *   at VSB a care budget of 300 euro a month since 2019;
 * - large-family's third child (Zeynep): a child recognition since 2021 (12 points on the three
 *   pillars) that gives the supplement in her child benefits; the DGPH pays nothing for her.
 */
export function writeHandiPersonas(w: HandiWriter): void {
  const hilde = SSIN.disabledAdult;
  w.request({ ssin: hilde, source: 'DGPH', legislation: 3, request_date: '2014-03-10', completion_date: '2014-06-02', decision_date: '2014-09-15', appeal: 0 });
  w.recognition({
    ssin: hilde, decision_date: '2014-09-15', begin_date: '2014-04-01', end_date: null, kind: 'ADULT', ...NO_SPECIFIC, lower_limbs_50p: 1,
    mobility: 3, nourishment: 1, hygiene: 2, household: 3, supervision: 1, social_skills: 2, reduced_earnings: 1, ...NO_CHILD,
  });
  for (const year of ['2024', '2025', '2026']) {
    const begin = year === '2024' ? '2015-01-01' : `${year}-01-01`;
    const right = {
      ssin: hilde, source: 'DGPH' as const, begin_date: begin, end_date: year === '2026' ? null : `${year}-12-31`, legislation: 3,
      total_month_amount: Math.round((ARR_B[year] + IT_3[year]) * 100) / 100, month_amount: ARR_B[year], category_ivt: 'B', category_it: 3, partner_income: 0,
    };
    w.right(right);
    writeMonthlyPayments(w, right, year === '2024' ? FIRST_PAID_MONTH : `${year}-01`, year === '2026' ? LAST_PAID_MONTH : `${year}-12`);
  }
  w.card({ ssin: hilde, delivery_date: '2015-02-02', end_date: null, card_number: '1503421877', category: 'REDUCTIONCARD' });
  w.card({ ssin: hilde, delivery_date: '2015-06-01', end_date: null, card_number: '1506090412', category: 'PARKINGCARD' });

  w.request({ ssin: hilde, source: 'VSB', legislation: 3, request_date: '2019-01-14', completion_date: '2019-02-20', decision_date: '2019-03-11', appeal: 0 });
  const budget = { ssin: hilde, source: 'VSB' as const, begin_date: '2019-01-01', end_date: null, legislation: 3, total_month_amount: 300, month_amount: 300, category_ivt: '-', category_it: 0, partner_income: 0 };
  w.right(budget);
  writeMonthlyPayments(w, budget, FIRST_PAID_MONTH, LAST_PAID_MONTH);

  w.request({ ssin: SSIN.largeFamilyChild3, source: 'DGPH', legislation: 2, request_date: '2021-02-08', completion_date: '2021-04-19', decision_date: '2021-05-27', appeal: 0 });
  w.recognition({ ssin: SSIN.largeFamilyChild3, decision_date: '2021-05-27', begin_date: '2021-03-01', end_date: '2027-02-28', kind: 'CHILD', ...NO_SPECIFIC, ...NO_ADULT, pillar1: 2, pillar2: 4, pillar3: 6 });
}
