import { addDays } from '../../domain/dates';
import { addMonths, monthsBetween } from '../../domain/months';
import type { PensionPayment } from './model';
import type { DerivedRight } from './derive';
import { CAPITAL_RATES, holidayAllowance, indexOf, round2, withholdingRates } from './rules';

/** The cadastre keeps the payments online from this month (MODELLED); the last month the seed pays. */
export const FIRST_PAYMENT_MONTH = '2013-01';
export const LAST_PAYMENT_MONTH = '2026-12';

/** The first payment of a right comes late, with the arrears of the months since its start. */
const FIRST_PAYMENT_DELAY = { LEGAL: 2, GRAPA: 3, ANNUITY: 1, CAPITAL: 1 } as const;

export type NewPayment = Omit<PensionPayment, 'id' | 'right_id' | 'ssin'>;

const yearOf = (month: string) => Number(month.slice(0, 4));
const monthOf = (day: string) => day.slice(0, 7);
/** The payment file is made some days before the month it is paid in. */
const creationDateOf = (paymentMonth: string) => addDays(`${paymentMonth}-01`, -8);

/**
 * The payments of one person's rights, per right (same order), from the first month online to
 * the last one paid (the month of death included): a monthly payment per reference month, the
 * first ones paid together after the decision; the holiday allowance with the May pension; a
 * capital once. The withholdings depend on the month's total of the person's pensions.
 */
export function paymentsOf(rights: DerivedRight[]): NewPayment[][] {
  const out: NewPayment[][] = rights.map(() => []);
  const months = (r: DerivedRight) => {
    const first = monthOf(r.row.right_start);
    const last = r.row.right_close ? monthOf(r.row.right_close) : LAST_PAYMENT_MONTH;
    return { first, last: last < LAST_PAYMENT_MONTH ? last : LAST_PAYMENT_MONTH };
  };
  const grossIn = (r: DerivedRight, month: string) => round2(r.amount2024 * (r.indexed ? indexOf(yearOf(month)) : indexOf(yearOf(r.row.right_start))));
  const spouseCode = (r: DerivedRight) => (r.kind === 'LEGAL' ? (r.row.household_code === 1 ? '3' : '1') : null);

  rights.forEach((r, i) => {
    if (r.kind !== 'CAPITAL') return;
    const month = monthOf(r.row.right_start);
    if (month < FIRST_PAYMENT_MONTH) return;
    const gross = grossIn(r, month);
    const paid = addMonths(month, FIRST_PAYMENT_DELAY.CAPITAL);
    out[i].push(payment(month, month, 0, paid, gross, CAPITAL_RATES, 1, null));
  });

  const monthly = rights.filter((r) => r.kind !== 'CAPITAL');
  if (!monthly.length) return out;
  const from = monthly.map((r) => months(r).first).sort()[0];
  const begin = from > FIRST_PAYMENT_MONTH ? from : FIRST_PAYMENT_MONTH;
  for (const month of monthsBetween(begin, LAST_PAYMENT_MONTH)) {
    const running = rights.map((r) => r.kind !== 'CAPITAL' && months(r).first <= month && month <= months(r).last);
    if (!running.some(Boolean)) continue;
    const total = rights.reduce((s, r, i) => s + (running[i] && r.kind !== 'GRAPA' ? grossIn(r, month) : 0), 0);
    const rates = withholdingRates(total, yearOf(month));
    rights.forEach((r, i) => {
      if (!running[i]) return;
      const first = months(r).first;
      const due = addMonths(first, FIRST_PAYMENT_DELAY[r.kind as keyof typeof FIRST_PAYMENT_DELAY]);
      const paid = month < due ? due : month;
      const index = r.indexed ? round4(indexOf(yearOf(month)) / indexOf(yearOf(first))) : 1;
      const own = r.kind === 'GRAPA' ? { ami: 0, solidarity: 0, precompte: 0 } : rates;
      out[i].push(payment(month, month, 0, paid, grossIn(r, month), own, index, spouseCode(r)));
      // The holiday allowance: legal pensions, from the May after the pension's first calendar year.
      if (r.kind === 'LEGAL' && month.endsWith('-05') && yearOf(month) > yearOf(first)) {
        const holiday = round2(holidayAllowance(r.row.career_years, r.amount2024) * indexOf(yearOf(month)));
        out[i].push(payment(month, month, 1, paid, holiday, { ami: 0, solidarity: 0, precompte: rates.precompte }, index, spouseCode(r)));
      }
    });
  }
  return out;
}

function payment(start: string, end: string, holiday: number, paid: string, gross: number, rates: { ami: number; solidarity: number; precompte: number }, index: number, spouse: string | null): NewPayment {
  const ami = round2(gross * rates.ami);
  const solidarity = round2(gross * rates.solidarity);
  return {
    reference_start: start,
    reference_end: end,
    holiday,
    payment_month: paid,
    creation_date: creationDateOf(paid),
    gross,
    precomptable: round2(gross - ami - solidarity),
    precompte_percentage: rates.precompte,
    ami_amount: ami,
    solidarity_amount: solidarity,
    solidarity_percentage: Math.round(rates.solidarity * 1000) / 10,
    index_value: index,
    dependent_spouse_code: spouse,
  };
}

const round4 = (n: number) => Math.round(n * 10000) / 10000;
