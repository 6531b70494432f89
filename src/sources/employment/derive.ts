import { addDays } from '../../domain/dates';
import type { JobseekerCategory, JobseekerRegistration } from './model';
import { employmentServiceOfNis } from './services';

type New<T> = Omit<T, 'id'>;

/** The part of an RVA right that decides a registration. */
export interface RightPeriod {
  ssin: string;
  begin_date: string;
  end_date: string | null;
  allowance: string;
}

/** An address of the National Register (rr_address): where the person lived, from when to when. */
export interface Residence {
  begin_date: string;
  end_date: string | null;
  nis_code: string | null;
}

/** The category of a registration that comes with an RVA right. */
export function categoryOfAllowance(allowance: string): JobseekerCategory {
  return allowance === 'INSERTION' ? 'INSERTION_ALLOWANCE' : 'UNEMPLOYED_WITH_BENEFITS';
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * The registrations that go with one period (an RVA right, or any period of a given category):
 * registered over the period at the employment service of the residence of each day, a move to
 * another service's municipality ending one registration and starting the next (the file is
 * transferred). Days without a Belgian address (none known, or abroad) are not covered.
 */
export function registrationsOver(ssin: string, category: JobseekerCategory, begin: string, end: string | null, residences: Residence[]): New<JobseekerRegistration>[] {
  const out: New<JobseekerRegistration>[] = [];
  const sorted = [...residences].sort((a, b) => a.begin_date.localeCompare(b.begin_date));
  for (const r of sorted) {
    if (!r.nis_code) continue;
    const from = later(r.begin_date, begin);
    const until = earlier(r.end_date, end);
    if (until !== null && until < from) continue;
    const service = employmentServiceOfNis(r.nis_code);
    const last = out[out.length - 1];
    // A move within the same service's area keeps the registration (and its first municipality).
    if (last && last.service === service && last.end_date !== null && addDays(last.end_date, 1) === from) {
      last.end_date = until;
      continue;
    }
    out.push({ ssin, service, category, begin_date: from, end_date: until, nis_code: r.nis_code });
  }
  return out;
}

/** The registrations an RVA right brings: every person with unemployment or insertion allowances is registered. */
export function registrationsOfRight(right: RightPeriod, residences: Residence[]): New<JobseekerRegistration>[] {
  return registrationsOver(right.ssin, categoryOfAllowance(right.allowance), right.begin_date, right.end_date, residences);
}
