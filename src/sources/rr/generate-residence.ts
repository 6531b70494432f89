import type { Db } from '../../store/db';
import { Random } from '../../../fixtures/random';
import { addDays } from '../../domain/dates';
import { rrExtrasWriter, RrResidenceDocument, WAITING } from './index';
import { EU_EEA_NATIONALITIES } from './countries';

/** The generator's "today" (fixtures/generate-rr-extras.ts): documents are issued up to it. */
const SEED_TODAY = '2025-12-31';
/** Five years: an A card's longest term, and the stay after which a foreign national is settled. */
const FIVE_YEARS = 5 * 365;

/**
 * Residence documents of the generated foreign nationals (MODELLED, for P15), so that a generated
 * person's simulation is not "no residence right" by default: from their arrival (first address),
 * EU/EEA citizens an E card, after five years an E+ card; other nationals an A card (work, family
 * reunification or study) renewed to 2027, after five years a C card in the population register.
 * Applicants the waiting register recognised get a refugee's A card from the decision (a B card
 * after five years); those still in the procedure get none (the waiting register is their title).
 * Own Random stream: the rest of the population does not change.
 */
export function generateResidenceDocuments(db: Db, seed: number): void {
  const rnd = new Random(seed ^ 0x5e51de);
  const write = rrExtrasWriter(db).residenceDocument;
  const persons = db
    .prepare(
      `SELECT p.ssin, p.nationality, MIN(a.begin_date) AS arrival, w.situation_code, w.situation_date
       FROM rr_person p JOIN rr_address a ON a.ssin = p.ssin LEFT JOIN rr_waiting_register w ON w.ssin = p.ssin
       WHERE p.household_id >= 1000 AND p.status = 'ACTIVE' AND p.nationality <> 150
       GROUP BY p.ssin ORDER BY p.ssin`,
    )
    .all() as { ssin: string; nationality: number; arrival: string; situation_code: number | null; situation_date: string | null }[];
  for (const p of persons) {
    const doc = (d: Omit<RrResidenceDocument, 'ssin'>) => write({ ssin: p.ssin, ...d });
    if (p.situation_code !== null) {
      if (p.situation_code === WAITING.SITUATION.RECOGNISED) {
        const end = addDays(p.situation_date!, FIVE_YEARS - 1);
        doc({ card_type: 'A', ground: 'REFUGEE', register: 'FOREIGNERS', begin_date: p.situation_date!, end_date: end });
        // After five years a refugee's stay becomes unlimited (B card).
        if (end < SEED_TODAY) doc({ card_type: 'B', ground: 'REFUGEE', register: 'FOREIGNERS', begin_date: addDays(end, 1), end_date: null });
      }
      continue;
    }
    const settled = addDays(p.arrival, FIVE_YEARS);
    if (EU_EEA_NATIONALITIES.includes(p.nationality)) {
      const ground = rnd.pick(['EU_WORKER', 'EU_WORKER', 'EU_SELF_SUFFICIENT', 'EU_FAMILY'] as const);
      doc({ card_type: 'E', ground, register: 'FOREIGNERS', begin_date: p.arrival, end_date: addDays(settled, -1) });
      if (settled <= SEED_TODAY) doc({ card_type: 'E_PLUS', ground, register: 'FOREIGNERS', begin_date: settled, end_date: null });
      continue;
    }
    const ground = rnd.pick(['WORK', 'FAMILY_REUNIFICATION', 'STUDY'] as const);
    if (settled > SEED_TODAY) {
      doc({ card_type: 'A', ground, register: 'FOREIGNERS', begin_date: p.arrival, end_date: '2027-12-31' });
    } else {
      doc({ card_type: 'A', ground, register: 'FOREIGNERS', begin_date: p.arrival, end_date: addDays(settled, -1) });
      doc({ card_type: 'C', ground: 'LONG_TERM_RESIDENT', register: 'POPULATION', begin_date: settled, end_date: null });
    }
  }
}
