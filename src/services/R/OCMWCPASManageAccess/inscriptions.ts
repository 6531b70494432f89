import type { Organisation } from '../../../sources/directory';
import type { Inscription, Register, Repertory } from '../../../sources/repertory';
import { overlapsOrTouches, Period, subtract, union } from './period';

/**
 * The writes of REGISTER and UNREGISTER on the persons repertory. Each runs in one transaction
 * over both registers (PRIMARY = KSZ, SECONDARY = the sectoral OCMW repertory), so a finality
 * check never sees one register changed without the other.
 */
export const REGISTERS: Register[] = ['PRIMARY', 'SECONDARY'];

export interface Subject {
  ssin: string;
  qualityCode: number;
  organisation: Organisation;
  /** yyyy-mm-dd, written as last_modified. */
  today: string;
}

const periodOf = (i: Inscription): Period => ({ begin: i.begin_date, end: i.end_date });

/**
 * REGISTER: the caller's inscriptions of this SSIN and purpose that overlap or touch the
 * requested period are merged with it into one (the union); without any, a new one is written.
 * Re-sending the same REGISTER therefore changes nothing, and rows are never duplicated.
 */
export function registerInscription(repertory: Repertory, s: Subject, requested: Period): void {
  repertory.transaction(() => {
    for (const register of REGISTERS) {
      const touching = own(repertory, s, register).filter((i) => overlapsOrTouches(periodOf(i), requested));
      if (touching.length === 0) {
        repertory.insert({
          ssin: s.ssin,
          sector: s.organisation.sector,
          sub_sector: s.organisation.sub_sector,
          cbe_number: s.organisation.cbe_number,
          nis_code: s.organisation.nis_code,
          quality_code: s.qualityCode,
          phase: 0,
          begin_date: requested.begin,
          end_date: requested.end,
          register,
          last_modified: s.today,
        });
        continue;
      }
      const [keep, ...absorbed] = touching;
      const merged = union([requested, ...touching.map(periodOf)]);
      if (merged.begin !== keep.begin_date || merged.end !== keep.end_date) {
        repertory.update(keep.id, { begin_date: merged.begin, end_date: merged.end, last_modified: s.today });
      }
      for (const a of absorbed) repertory.remove(a.id);
    }
  });
}

/**
 * UNREGISTER: the requested period is taken out of the caller's inscriptions of this SSIN and
 * purpose. One lying wholly inside it is deleted; one that began earlier now ends the day before
 * StartDate; one that goes on after EndDate now begins the day after (a cut in the middle leaves
 * both parts). An open EndDate means "from StartDate on".
 * Returns false, changing nothing, when no such inscription overlaps the period.
 */
export function unregisterInscription(repertory: Repertory, s: Subject, cut: Period): boolean {
  return repertory.transaction(() => {
    const affected = REGISTERS.flatMap((register) => own(repertory, s, register, cut));
    if (affected.length === 0) return false;
    for (const i of affected) {
      const [first, second] = subtract(periodOf(i), cut);
      if (!first) {
        repertory.remove(i.id);
        continue;
      }
      repertory.update(i.id, { begin_date: first.begin, end_date: first.end, last_modified: s.today });
      if (second) {
        const { id: _id, ...copy } = i;
        repertory.insert({ ...copy, begin_date: second.begin, end_date: second.end, last_modified: s.today });
      }
    }
    return true;
  });
}

/** The caller's own inscriptions of this SSIN and purpose in one register (overlapping `within`, if given). */
function own(repertory: Repertory, s: Subject, register: Register, within?: Period): Inscription[] {
  return repertory.find({
    ssin: s.ssin,
    sector: s.organisation.sector,
    cbeNumber: s.organisation.cbe_number,
    qualityCode: s.qualityCode,
    registers: [register],
    overlapping: within,
  });
}
