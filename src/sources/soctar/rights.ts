import type { Db } from '../../store/db';
import { addDays } from '../../domain/dates';
import { ORGANIZATION, SocialRight, SocialRightCategory } from './model';

type Row = Omit<SocialRight, 'id'>;

/**
 * The protected persons' rights, derived from the sources seeded before (no random draw): each
 * POD MI leefloon period (the leefloon or its equivalent), each DGPH ARR/IT (legislation 3) or APA
 * (4) right, each GRAPA right of the pension service. Rows of one category that follow each other
 * without a gap (the DGPH's yearly re-indexed rights) are one right, as FOD Economie keeps them.
 */
export function deriveRights(db: Db): Row[] {
  const rows = [
    ...(db.prepare("SELECT ssin, category, begin_date, end_date FROM podmi_living_wage ORDER BY ssin, begin_date").all() as { ssin: string; category: SocialRightCategory; begin_date: string; end_date: string | null }[]),
    ...(db.prepare("SELECT ssin, 'DISABILITY_ALLOWANCE' AS category, begin_date, end_date FROM handi_right WHERE source = 'DGPH' AND legislation IN (3, 4) AND month_amount > 0 ORDER BY ssin, begin_date").all() as { ssin: string; category: SocialRightCategory; begin_date: string; end_date: string | null }[]),
    ...grapaRows(db),
  ];
  rows.sort((a, b) => a.ssin.localeCompare(b.ssin) || a.category.localeCompare(b.category) || a.begin_date.localeCompare(b.begin_date));
  const merged: Row[] = [];
  for (const r of rows) {
    const last = merged[merged.length - 1];
    if (last && last.ssin === r.ssin && last.category === r.category && last.end_date !== null && addDays(last.end_date, 1) >= r.begin_date) {
      last.end_date = r.end_date === null || r.end_date > last.end_date ? r.end_date : last.end_date;
      continue;
    }
    merged.push({ ssin: r.ssin, category: r.category, organization: ORGANIZATION[r.category], begin_date: r.begin_date, end_date: r.end_date });
  }
  return merged;
}

/** The GRAPA rights, once the pension source holds them (its table may not exist in an older database). */
function grapaRows(db: Db): { ssin: string; category: SocialRightCategory; begin_date: string; end_date: string | null }[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pension_grapa'").get();
  if (!table) return [];
  return db.prepare("SELECT ssin, 'GRAPA' AS category, begin_date, end_date FROM pension_grapa ORDER BY ssin, begin_date").all() as { ssin: string; category: SocialRightCategory; begin_date: string; end_date: string | null }[];
}
