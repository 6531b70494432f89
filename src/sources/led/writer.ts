import { Db, rowWriter } from '../../store/db';
import type { LedCertificate } from './model';

/** Writes LED rows (the seed). */
export function ledWriter(db: Db) {
  return {
    certificate: rowWriter<Omit<LedCertificate, 'id'>>(db, 'led_certificate', [
      'ssin', 'certificate_id', 'kind', 'title', 'study_area', 'education_level', 'secondary_form', 'qualification_level', 'language_level',
      'award_date', 'institution_number', 'institution_name', 'institution_postal_code', 'institution_municipality',
    ]),
  };
}

export type LedWriter = ReturnType<typeof ledWriter>;
