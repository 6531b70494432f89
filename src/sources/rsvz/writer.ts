import { Db, rowWriter } from '../../store/db';
import type { CareerPeriod, Contribution } from './model';

export type NewCareerPeriod = Omit<CareerPeriod, 'id'>;
export type NewContribution = Omit<Contribution, 'id'>;

/** Inserts career periods and contributions; the statements are prepared once per writer. */
export class RsvzWriter {
  readonly period;
  readonly contribution;

  constructor(db: Db) {
    this.period = rowWriter<NewCareerPeriod>(db, 'rsvz_career_period', ['ssin', 'begin_date', 'end_date', 'period_type', 'occupation', 'equivalence_reason', 'fund_number', 'fund_name']);
    this.contribution = rowWriter<NewContribution>(db, 'rsvz_contribution', ['ssin', 'quarter', 'occupation', 'amount', 'payment_status', 'payment_date', 'outstanding']);
  }
}
