import { Db, rowWriter } from '../../store/db';
import type { JobseekerRegistration } from './model';

/** Writes job-seeker registrations (the seed). */
export function employmentWriter(db: Db) {
  return {
    registration: rowWriter<Omit<JobseekerRegistration, 'id'>>(db, 'employment_registration', ['ssin', 'service', 'category', 'begin_date', 'end_date', 'nis_code']),
  };
}

export type EmploymentWriter = ReturnType<typeof employmentWriter>;
