import { Db, rowWriter } from '../../store/db';
import type { VestaCareFile } from './model';

/** Writes VESTA rows (the seed). */
export function vestaWriter(db: Db) {
  return {
    careFile: rowWriter<Omit<VestaCareFile, 'id'>>(db, 'vesta_care_file', [
      'ssin', 'care_service', 'provider_cbe', 'provider_name', 'provider_municipality', 'file_number', 'begin_date', 'end_date', 'status',
      'hours_per_month', 'hourly_contribution', 'yearly_budget', 'last_care_date', 'closing_reason',
    ]),
  };
}

export type VestaWriter = ReturnType<typeof vestaWriter>;
