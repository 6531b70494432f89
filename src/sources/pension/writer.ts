import { Db, insertInto, rowWriter } from '../../store/db';
import type { GrapaRight, PensionDemand, PensionPayment, PensionRight } from './model';
import type { DerivedRight } from './derive';
import { paymentsOf } from './payments';
import { indexOf, round2 } from './rules';

type New<T> = Omit<T, 'id'>;

const RIGHT_COLUMNS = [
  'ssin', 'institution', 'pillar', 'advantage_code', 'periodicity', 'pension_file_id', 'pension_start', 'right_start', 'right_close', 'pension_type',
  'administrative_situation', 'employer_type', 'family_charge_type', 'advantage_type', 'household_code', 'right_origin', 'index_type', 'ami_tax_code',
  'career_years', 'monthly_amount',
] as const;
const PAYMENT_COLUMNS = [
  'right_id', 'ssin', 'reference_start', 'reference_end', 'holiday', 'payment_month', 'creation_date', 'gross', 'precomptable', 'precompte_percentage',
  'ami_amount', 'solidarity_amount', 'solidarity_percentage', 'index_value', 'dependent_spouse_code',
] as const;

/** Writes the cadastre's rows (the seed). */
export function pensionWriter(db: Db) {
  const insert = insertInto(db);
  const right = insert('pension_right', RIGHT_COLUMNS);
  const payment = rowWriter<New<PensionPayment>>(db, 'pension_payment', PAYMENT_COLUMNS);
  const grapa = rowWriter<New<GrapaRight>>(db, 'pension_grapa', ['ssin', 'begin_date', 'end_date', 'monthly_amount']);
  return {
    demand: rowWriter<New<PensionDemand>>(db, 'pension_demand', ['ssin', 'institution', 'demand_date', 'refusal_date']),
    /**
     * A person's rights with their payments (computed together: the withholdings follow the
     * month's total); a GRAPA right also gets its row in pension_grapa.
     */
    rights(rights: DerivedRight[]): void {
      const payments = paymentsOf(rights);
      rights.forEach((r, i) => {
        const amount = round2(r.amount2024 * indexOf(Number(r.row.right_start.slice(0, 4))));
        // The AMI tax code of the right: withheld (without or with family dependants) or not.
        const ami = payments[i].some((p) => p.ami_amount > 0) ? (r.row.family_charge_type === 1 ? 1 : 2) : 0;
        const row: New<PensionRight> = { ...r.row, monthly_amount: amount, ami_tax_code: ami };
        const id = Number(right.run(row).lastInsertRowid);
        for (const p of payments[i]) payment({ ...p, right_id: id, ssin: r.row.ssin });
        if (r.kind === 'GRAPA') grapa({ ssin: r.row.ssin, begin_date: r.row.right_start, end_date: r.row.right_close, monthly_amount: amount });
      });
    },
  };
}

export type PensionWriter = ReturnType<typeof pensionWriter>;
