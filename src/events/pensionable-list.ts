import type { Db } from '../store/db';
import type { SourceAccess } from '../sources/registry';
import { notify, RaisedEvent } from './raise';

/** The age from which the list names a beneficiary (MODELLED: the legal pension age). */
export const PENSIONABLE_AGE = 65;

/**
 * N07 PensionablePCSABeneficiaries (MODELLED): KSZ's periodic list of the living-wage
 * beneficiaries who have reached the pension age and of whom the pension service knows no career:
 * no pension right or demand there, no employment at the RSZ, no self-employed period at the
 * RSVZ. One event per person on the list's date; the rule of N07 (quality codes 2 and 3) decides
 * which OCMW hears of whom. Returns what was queued.
 */
export function runPensionableList(db: Db, sources: SourceAccess, date: string, now: Date): Omit<RaisedEvent, 'mediprimaFiles'>[] {
  const adultBefore = `${Number(date.slice(0, 4)) - PENSIONABLE_AGE}${date.slice(4)}`;
  return db.transaction(() => {
    const rows = db
      .prepare(
        `SELECT DISTINCT lw.ssin, lw.ocmw_cbe, lw.begin_date, lw.category FROM podmi_living_wage lw
         WHERE lw.begin_date <= @date AND (lw.end_date IS NULL OR lw.end_date >= @date)
           AND NOT EXISTS (SELECT 1 FROM pension_right p WHERE p.ssin = lw.ssin)
           AND NOT EXISTS (SELECT 1 FROM pension_demand p WHERE p.ssin = lw.ssin)
           AND NOT EXISTS (SELECT 1 FROM rsz_employment e WHERE e.ssin = lw.ssin)
           AND NOT EXISTS (SELECT 1 FROM rsvz_career_period c WHERE c.ssin = lw.ssin)
         ORDER BY lw.ssin`,
      )
      .all({ date }) as { ssin: string; ocmw_cbe: string; begin_date: string; category: string }[];
    const at = now.toISOString();
    return rows
      .filter((r) => (sources.persons.find(r.ssin)?.birthDate ?? '9999') <= adultBefore)
      .map((r) =>
        notify(sources, { type: 'PENSIONABLE_BENEFICIARY', ssin: r.ssin, eventDate: date, payload: {}, origin: 'N07', createdAt: at }, [
          {
            flow: 'N07',
            ssin: r.ssin,
            element: 'pensionablePcsaBeneficiary',
            content: { ssin: r.ssin, listDate: date, livingWage: { ocmwCbe: r.ocmw_cbe, category: r.category, beginDate: r.begin_date }, careerKnown: false },
          },
        ]),
      );
  })();
}
