import { Db, rowWriter } from '../../store/db';
import { monthsBetween } from '../../domain/months';
import type { HandiCard, HandiPayment, HandiRecognition, HandiRequest, HandiRight } from './model';

type New<T> = Omit<T, 'id'>;

/** Writes DGPH/VSB rows (the seed), one writer per table. */
export function handiWriter(db: Db) {
  return {
    request: rowWriter<New<HandiRequest>>(db, 'handi_request', ['ssin', 'source', 'legislation', 'request_date', 'completion_date', 'decision_date', 'appeal']),
    recognition: rowWriter<New<HandiRecognition>>(db, 'handi_recognition', [
      'ssin', 'decision_date', 'begin_date', 'end_date', 'kind', 'lower_limbs_50p', 'full_blindness', 'upper_limbs_amputated', 'upper_limbs_paralyzed',
      'mobility', 'nourishment', 'hygiene', 'household', 'supervision', 'social_skills', 'reduced_earnings', 'pillar1', 'pillar2', 'pillar3',
    ]),
    right: rowWriter<New<HandiRight>>(db, 'handi_right', ['ssin', 'source', 'begin_date', 'end_date', 'legislation', 'total_month_amount', 'month_amount', 'category_ivt', 'category_it', 'partner_income']),
    card: rowWriter<New<HandiCard>>(db, 'handi_card', ['ssin', 'delivery_date', 'end_date', 'card_number', 'category']),
    payment: rowWriter<New<HandiPayment>>(db, 'handi_payment', ['ssin', 'source', 'month', 'amount', 'cancelled']),
  };
}

export type HandiWriter = ReturnType<typeof handiWriter>;

/** The payments of a right, one per month from its first month (or `from`) to `until` (yyyy-mm), at the amount of the row. */
export function writeMonthlyPayments(w: HandiWriter, right: New<HandiRight>, from: string, until: string, amountOf: (month: string) => number = () => right.total_month_amount): void {
  const first = right.begin_date.slice(0, 7) > from ? right.begin_date.slice(0, 7) : from;
  const last = right.end_date && right.end_date.slice(0, 7) < until ? right.end_date.slice(0, 7) : until;
  for (const m of monthsBetween(first, last)) w.payment({ ssin: right.ssin, source: right.source, month: m, amount: amountOf(m), cancelled: 0 });
}
