import { Random } from '../../../fixtures/random';
import { addDays } from '../../domain/dates';
import type { SeedContext } from '../source';
import { careerReader } from './career';
import { deriveGrapa, deriveRights } from './derive';
import { pensionersOf } from './pensioners';
import { REFERENCE_DATE } from './personas';
import { pensionDate } from './rules';
import type { PensionWriter } from './writer';

/** Its own random stream: adding the pension cadastre leaves every other generated row as it was. */
const STREAM = 0x9e45c4d;

/**
 * Of the pensioners whose pensions leave room under the guarantee, the share that gets the GRAPA:
 * the others have resources the emulator does not model (a partner's income, a foreign pension,
 * property, savings). MODELLED.
 */
const GRAPA_SHARE = 0.2;
/** Of those who reach the pension age within 18 months, the share whose demand is already in (pending). */
const PENDING_SHARE = 0.6;
/** Of the pensionable persons without a Belgian career, the share whose demand was refused. */
const REFUSED_SHARE = 0.03;
const PENDING_UNTIL = '2027-06-30';

/**
 * The generated population's pension files: every person who has reached the legal pension age
 * on the reference date and has an RSZ or RSVZ career gets the rights that follow from it
 * (./derive.ts); a share of the low pensions the GRAPA; some persons about to reach the age a
 * pending demand; a few without a career a refused one. Deterministic.
 */
export function generatePensions(w: PensionWriter, { db, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  const careers = careerReader(db);
  for (const p of pensionersOf(db, 'generated')) {
    const start = pensionDate(p.birthDate);
    if (start > PENDING_UNTIL || (p.deceaseDate !== null && p.deceaseDate < start)) continue;
    const employee = careers.employee(p.ssin);
    const selfEmployed = careers.selfEmployed(p.ssin, start);
    const hasCareer = employee.length > 0 || selfEmployed.years > 0;
    if (start > REFERENCE_DATE) {
      // Not yet pensionable: a demand may be in, up to a year before the pension date.
      if (hasCareer && rnd.chance(PENDING_SHARE)) {
        w.demand({ ssin: p.ssin, institution: selfEmployed.years > 0 && employee.length === 0 ? 'SFP_SELF_EMPLOYED' : 'SFP', demand_date: addDays(start, -rnd.int(60, 365)), refusal_date: null });
      }
      continue;
    }
    const rights = deriveRights(p, { employee, selfEmployed }, REFERENCE_DATE);
    if (!rights.length) {
      if (rnd.chance(REFUSED_SHARE)) {
        const asked = addDays(start, -rnd.int(30, 200));
        w.demand({ ssin: p.ssin, institution: 'SFP', demand_date: asked, refusal_date: addDays(asked, rnd.int(60, 150)) });
      }
      continue;
    }
    const grapa = deriveGrapa(p, rights);
    w.rights(grapa && rnd.chance(GRAPA_SHARE) ? [...rights, grapa] : rights);
  }
}
