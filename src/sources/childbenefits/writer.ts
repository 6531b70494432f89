import { Db, rowWriter } from '../../store/db';
import type { Bonus, ChildBenefitFile, FileMember, PaymentPeriod } from './model';

type New<T> = Omit<T, 'id'>;

/** Writes child-benefit rows; `file` returns the new file's id. */
export function childBenefitsWriter(db: Db) {
  const insertFile = db.prepare(
    `INSERT INTO cb_file (authentic_source, fund_enterprise, fund_code, fund_name, office_number, file_number, entitled_ssin, begin_month, end_month)
     VALUES (@authentic_source, @fund_enterprise, @fund_code, @fund_name, @office_number, @file_number, @entitled_ssin, @begin_month, @end_month)`,
  );
  return {
    file: (row: New<ChildBenefitFile>): number => Number(insertFile.run(row).lastInsertRowid),
    member: rowWriter<New<FileMember>>(db, 'cb_member', ['file_id', 'ssin', 'role', 'recipient_type']),
    period: rowWriter<New<PaymentPeriod>>(db, 'cb_payment_period', ['file_id', 'ssin', 'begin_month', 'end_month', 'category']),
    bonus: rowWriter<New<Bonus>>(db, 'cb_bonus', ['file_id', 'ssin', 'payment_date', 'category']),
  };
}

export type ChildBenefitsWriter = ReturnType<typeof childBenefitsWriter>;
