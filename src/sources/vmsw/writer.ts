import { Db, rowWriter } from '../../store/db';
import type { RentPremiumFile, RentSubsidyFile } from './model';

/** Writes VMSW rows (the seed). */
export function vmswWriter(db: Db) {
  return {
    subsidy: rowWriter<Omit<RentSubsidyFile, 'id'>>(db, 'vmsw_rent_subsidy', ['ssin', 'partner_ssin', 'company_name', 'file_number', 'file_status', 'refusal_reason', 'last_payment_date', 'last_payment_amount']),
    premium: rowWriter<Omit<RentPremiumFile, 'id'>>(db, 'vmsw_rent_premium', ['ssin', 'company_name', 'registration_date', 'deregistration_date', 'potentially_entitled', 'refusal_reason', 'last_payment_date', 'last_payment_amount']),
  };
}

export type VmswWriter = ReturnType<typeof vmswWriter>;
