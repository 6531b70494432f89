import { Random } from '../../../fixtures/random';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { regionOfNis } from '../podmi/regions';
import type { SeedContext } from '../source';
import type { LedWriter } from './writer';
import type { LedCertificate } from './model';

/** Its own random stream: adding the source leaves every other generated row as it was. */
const STREAM = 0x1ed01;
/** The LED holds the proofs awarded from this school year on. */
const FIRST_AWARD = '2005-06-01';
const LAST_AWARD = '2026-06-30';

const SECONDARY = [
  { form: 'ASO', title: 'Diploma secundair onderwijs - Humane wetenschappen (ASO)', area: 'Humane wetenschappen', level: 4 },
  { form: 'ASO', title: 'Diploma secundair onderwijs - Wetenschappen-wiskunde (ASO)', area: 'Wetenschappen', level: 4 },
  { form: 'TSO', title: 'Diploma secundair onderwijs - Boekhouden-informatica (TSO)', area: 'Handel', level: 4 },
  { form: 'TSO', title: 'Diploma secundair onderwijs - Elektromechanica (TSO)', area: 'Mechanica-elektriciteit', level: 4 },
  { form: 'BSO', title: 'Diploma secundair onderwijs - Verzorging (BSO)', area: 'Personenzorg', level: 3 },
  { form: 'BSO', title: 'Diploma secundair onderwijs - Bouw (BSO)', area: 'Bouw', level: 3 },
  { form: 'BSO', title: 'Diploma secundair onderwijs - Restaurant en keuken (BSO)', area: 'Voeding', level: 3 },
];
const HIGHER = [
  { title: 'Bachelor in de verpleegkunde', area: 'Gezondheidszorg', level: 6 },
  { title: 'Bachelor in het bedrijfsmanagement', area: 'Handelswetenschappen', level: 6 },
  { title: 'Bachelor in het onderwijs: lager onderwijs', area: 'Onderwijs', level: 6 },
  { title: 'Master in de rechten', area: 'Rechten', level: 7 },
  { title: 'Master in de ingenieurswetenschappen', area: 'Toegepaste wetenschappen', level: 7 },
];
const ADULT = [
  { title: 'Zorgkundige', area: 'Personenzorg', level: 4, kind: 'CERTIFICATE' as const },
  { title: 'Heftruckchauffeur', area: 'Logistiek', level: 2, kind: 'PARTIAL_CERTIFICATE' as const },
  { title: 'Nederlands tweede taal - richtgraad 1 (A1)', area: 'Nederlands tweede taal', language: 'A1', kind: 'CERTIFICATE' as const },
  { title: 'Nederlands tweede taal - richtgraad 3 (B1)', area: 'Nederlands tweede taal', language: 'B1', kind: 'CERTIFICATE' as const },
];
const EXPERIENCE = [
  { title: 'Ervaringsbewijs Kinderbegeleider baby\'s en peuters', area: 'Kinderopvang', level: 4 },
  { title: 'Ervaringsbewijs Monteur-installateur centrale verwarming', area: 'Bouw', level: 3 },
];

/** One fictional institution per kind of education, in the person's municipality when it is Flemish. */
function institution(kind: string, nis: string, rnd: Random) {
  const m = MUNICIPALITIES.find((x) => x.nis === nis) ?? MUNICIPALITIES[0];
  const names: Record<string, string> = { SECONDARY: `Sint-Jozefscollege ${m.nl}`, HIGHER: `Hogeschool ${m.nl}`, ADULT_EDUCATION: `CVO ${m.nl}`, WORK_EXPERIENCE: `Erkend assessmentcentrum ${m.nl}` };
  return { institution_number: String(rnd.int(10000, 129999)).padStart(6, '0'), institution_name: names[kind], institution_postal_code: m.postalCode, institution_municipality: m.nl };
}

const clamp = (day: string) => (day < FIRST_AWARD || day > LAST_AWARD ? undefined : day);

/**
 * Proofs of the generated population living in Flanders: about 75 % of those who turned 18 from
 * 2005 on have a secondary diploma (in June of that year), a third of those a bachelor or master
 * four years later; 4 % of the adults an adult-education certificate, 0.5 % an experience proof.
 */
export function generateLed(w: LedWriter, { population, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  let n = 0;
  const id = (day: string) => `LED-${day.slice(0, 4)}-${String(1000000 + ++n).slice(1)}`;
  const base = { study_area: null, secondary_form: null, qualification_level: null, language_level: null };
  for (const p of population) {
    if (regionOfNis(p.nis) !== 'FLANDERS') continue;
    const year18 = Number(p.birthDate.slice(0, 4)) + 18;
    const secondaryDay = clamp(`${year18}-06-${rnd.int(24, 30)}`);
    if (secondaryDay && rnd.chance(0.75)) {
      const s = rnd.pick(SECONDARY);
      w.certificate({ ...base, ssin: p.ssin, certificate_id: id(secondaryDay), kind: 'DIPLOMA', title: s.title, study_area: s.area, education_level: 'SECONDARY', secondary_form: s.form, qualification_level: s.level, award_date: secondaryDay, ...institution('SECONDARY', p.nis, rnd) });
      const higherDay = clamp(`${year18 + 4}-07-${rnd.int(1, 9)}`);
      if (s.form !== 'BSO' && higherDay && rnd.chance(0.35)) {
        const h = rnd.pick(HIGHER);
        w.certificate({ ...base, ssin: p.ssin, certificate_id: id(higherDay), kind: 'DIPLOMA', title: h.title, study_area: h.area, education_level: 'HIGHER', qualification_level: h.level, award_date: higherDay, ...institution('HIGHER', p.nis, rnd) });
      }
    }
    const adultFrom = `${year18 + 2}-01-01` > FIRST_AWARD ? `${year18 + 2}-01-01` : FIRST_AWARD;
    if (adultFrom < LAST_AWARD && rnd.chance(0.04)) {
      const a = rnd.pick(ADULT);
      const day = rnd.date(adultFrom, LAST_AWARD);
      const row: Omit<LedCertificate, 'id'> = { ...base, ssin: p.ssin, certificate_id: id(day), kind: a.kind, title: a.title, study_area: a.area, education_level: 'ADULT_EDUCATION', qualification_level: a.level ?? null, language_level: a.language ?? null, award_date: day, ...institution('ADULT_EDUCATION', p.nis, rnd) };
      w.certificate(row);
    }
    if (adultFrom < LAST_AWARD && rnd.chance(0.005)) {
      const e = rnd.pick(EXPERIENCE);
      const day = rnd.date(adultFrom, LAST_AWARD);
      w.certificate({ ...base, ssin: p.ssin, certificate_id: id(day), kind: 'EXPERIENCE_PROOF', title: e.title, study_area: e.area, education_level: 'WORK_EXPERIENCE', qualification_level: e.level, award_date: day, ...institution('WORK_EXPERIENCE', p.nis, rnd) });
    }
  }
}
