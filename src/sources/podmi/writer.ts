import type { Db } from '../../store/db';
import type { LivingWagePeriod } from './model';
import { regionOfNis } from './regions';

/** What the seed writes: the region follows from the OCMW's NIS code. */
export type NewLivingWagePeriod = Omit<LivingWagePeriod, 'id' | 'region'>;

/** Inserts living-wage periods; the statement is prepared once per writer. */
export class PodMiWriter {
  private readonly insert;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO podmi_living_wage (ssin, ocmw_cbe, ocmw_nis, region, category, beneficiary_category, monthly_amount, begin_date, end_date, decision_date)
       VALUES (@ssin, @ocmw_cbe, @ocmw_nis, @region, @category, @beneficiary_category, @monthly_amount, @begin_date, @end_date, @decision_date)`,
    );
  }

  period(p: NewLivingWagePeriod): void {
    this.insert.run({ ...p, region: regionOfNis(p.ocmw_nis) });
  }
}
