import type { Db } from '../../store/db';
import { addDays } from '../../domain/dates';
import { ORGANIZATION, SocialRight, SocialRightCategory } from './model';

type Row = Omit<SocialRight, 'id'>;
type Found = Pick<SocialRight, 'ssin' | 'category' | 'begin_date' | 'end_date'>;

/** Where each category is read: the POD MI leefloon periods, the DGPH ARR/IT (3) and APA (4) rights, the pension service's GRAPA. */
const QUERIES = [
  'SELECT ssin, category, begin_date, end_date FROM podmi_living_wage',
  "SELECT ssin, 'DISABILITY_ALLOWANCE' AS category, begin_date, end_date FROM handi_right WHERE source = 'DGPH' AND legislation IN (3, 4) AND month_amount > 0",
  "SELECT ssin, 'GRAPA' AS category, begin_date, end_date FROM pension_grapa",
];

/**
 * The protected persons' rights, derived from the sources seeded before (no random draw). Rows of
 * one category that follow each other without a gap (the DGPH's yearly re-indexed rights) are one
 * right, as FOD Economie keeps them.
 */
export function deriveRights(db: Db): Row[] {
  const rows = QUERIES.flatMap((sql) => db.prepare(sql).all() as Found[]);
  rows.sort((a, b) => a.ssin.localeCompare(b.ssin) || a.category.localeCompare(b.category) || a.begin_date.localeCompare(b.begin_date));
  const merged: Row[] = [];
  for (const r of rows) {
    const last = merged[merged.length - 1];
    if (last && last.ssin === r.ssin && last.category === r.category && last.end_date !== null && addDays(last.end_date, 1) >= r.begin_date) {
      if (r.end_date === null || r.end_date > last.end_date) last.end_date = r.end_date;
      continue;
    }
    merged.push({ ssin: r.ssin, category: r.category as SocialRightCategory, organization: ORGANIZATION[r.category], begin_date: r.begin_date, end_date: r.end_date });
  }
  return merged;
}
