import type { Db } from '../../store/db';
import type { CareerPeriod, Contribution } from './model';

export type NewCareerPeriod = Omit<CareerPeriod, 'id'>;
export type NewContribution = Omit<Contribution, 'id'>;

/** Inserts career periods and contributions; the statements are prepared once per writer. */
export class RsvzWriter {
  private readonly insertPeriod;
  private readonly insertContribution;

  constructor(db: Db) {
    this.insertPeriod = db.prepare(
      `INSERT INTO rsvz_career_period (ssin, begin_date, end_date, period_type, occupation, equivalence_reason, fund_number, fund_name)
       VALUES (@ssin, @begin_date, @end_date, @period_type, @occupation, @equivalence_reason, @fund_number, @fund_name)`,
    );
    this.insertContribution = db.prepare(
      `INSERT INTO rsvz_contribution (ssin, quarter, occupation, amount, payment_status, payment_date, outstanding)
       VALUES (@ssin, @quarter, @occupation, @amount, @payment_status, @payment_date, @outstanding)`,
    );
  }

  period(p: NewCareerPeriod): void {
    this.insertPeriod.run(p);
  }

  contribution(c: NewContribution): void {
    this.insertContribution.run(c);
  }
}
