import { SSIN } from '../../../fixtures/personas';
import type { Db } from '../../store/db';
import { careerReader } from './career';
import { deriveGrapa, deriveRights } from './derive';
import { pensionersOf } from './pensioners';
import { pensionDate } from './rules';
import type { PensionWriter } from './writer';

/** The date the cadastre's decisions are seen at (fixtures/generator.ts REFERENCE_DATE). */
export const REFERENCE_DATE = '2026-01-01';

/** The personas whose GRAPA was granted with their pension (their pension is low enough). */
const GRAPA_PERSONAS = new Set([SSIN.selfEmployedPre2003]);

/**
 * The personas' pension files, by the same rules as everybody's (./derive.ts) from their RSZ and
 * RSVZ careers, fixed because those careers are:
 * - pensioner: the employee pension since 2019-04-01 (textiles 1976-2019, single rate) and the
 *   textile sector fund's monthly annuity (second pillar); his demand for a survivor's pension
 *   after his wife's death (2021) was refused: his own pension is higher;
 * - deceased: the employee pension (1990-2013) and the self-employed pension (1975-2013, cut by
 *   the unity of career) since 2013-05-01, both closed on his death (2025-06-14);
 * - self-employed-pre-2003: the self-employed pension since 2015-03-01 (the minimum pension pro
 *   rata), with the GRAPA since the same day.
 */
export function writePensionPersonas(w: PensionWriter, db: Db): void {
  const careers = careerReader(db);
  for (const p of pensionersOf(db, 'personas')) {
    const rights = deriveRights(p, { employee: careers.employee(p.ssin), selfEmployed: careers.selfEmployed(p.ssin, pensionDate(p.birthDate)) }, REFERENCE_DATE);
    if (!rights.length) continue;
    const grapa = GRAPA_PERSONAS.has(p.ssin) ? deriveGrapa(p, rights) : undefined;
    w.rights(grapa ? [...rights, grapa] : rights);
  }
  w.demand({ ssin: SSIN.pensioner, institution: 'SFP', demand_date: '2021-03-08', refusal_date: '2021-06-21' });
}
