import type { Db } from '../../store/db';
import type { Pensioner } from './derive';

/** Married (National Register civil state 20). */
const MARRIED = 20;

/**
 * The National Register persons the cadastre may know, as Pensioner facts: the household rate
 * goes to a married person whose living spouse has no career of their own (RSZ or RSVZ), the
 * GRAPA's cohabitant rate to anyone living with a partner.
 */
export function pensionersOf(db: Db, where: 'personas' | 'generated'): Pensioner[] {
  const rows = db
    .prepare(
      `SELECT p.ssin, p.birth_date, p.decease_date, p.civil_state, p.partner_ssin,
              q.decease_date AS partner_decease,
              (SELECT 1 FROM rsz_employment e WHERE e.ssin = p.partner_ssin AND e.worker_type <> 'STU' LIMIT 1) AS partner_employed,
              (SELECT 1 FROM rsvz_career_period c WHERE c.ssin = p.partner_ssin LIMIT 1) AS partner_self_employed
       FROM rr_person p LEFT JOIN rr_person q ON q.ssin = p.partner_ssin
       WHERE p.status = 'ACTIVE' AND p.household_id ${where === 'generated' ? '>=' : '<'} 1000 ORDER BY p.ssin`,
    )
    .all() as { ssin: string; birth_date: string; decease_date: string | null; civil_state: number; partner_ssin: string | null; partner_decease: string | null; partner_employed: number | null; partner_self_employed: number | null }[];
  return rows.map((r) => {
    const partner = r.partner_ssin !== null && r.partner_decease === null;
    return {
      ssin: r.ssin,
      birthDate: r.birth_date,
      deceaseDate: r.decease_date,
      rate: partner && r.civil_state === MARRIED && !r.partner_employed && !r.partner_self_employed ? 'HOUSEHOLD' : 'SINGLE',
      cohabiting: partner,
    };
  });
}
