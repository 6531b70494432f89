import { Db, rowWriter } from '../../store/db';
import type { KbiCourse, KbiPath } from './model';

/** Writes KBI rows (the seed). */
export function kbiWriter(db: Db) {
  return {
    path: rowWriter<KbiPath>(db, 'kbi_path', [
      'ssin', 'registration_date', 'office_name', 'office_municipality', 'obligation', 'legal_ground', 'obligation_since', 'status',
      'counselling_office', 'counselling_begin', 'counselling_end', 'certificate_number', 'certificate_date',
    ]),
    course: rowWriter<Omit<KbiCourse, 'id'>>(db, 'kbi_course', ['ssin', 'kind', 'provider', 'begin_date', 'end_date', 'course_language', 'target_level', 'result', 'test_date']),
  };
}

export type KbiWriter = ReturnType<typeof kbiWriter>;
