import { Random } from '../../../fixtures/random';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { addDays } from '../../domain/dates';
import { regionOfNis } from '../podmi/regions';
import type { SeedContext } from '../source';
import type { KbiWriter } from './writer';
import type { Obligation } from './model';

/** Its own random stream: adding the source leaves every other generated row as it was. */
const STREAM = 0x6b1b1;
const TODAY = '2026-11-16';

const GROUNDS: Record<Obligation, string> = {
  OBLIGED: 'Newcomer of 18 to 65 with a first residence permit of more than three months',
  ENTITLED: 'EU citizen registered in a Flemish municipality',
  EXEMPTED: 'Holds a Belgian or Dutch diploma of secondary education',
};
const LANGUAGES = ['Arabisch', 'Dari', 'Engels', 'Frans', 'Oekraïens', 'Roemeens', 'Tigrinya', 'Turks'];
const LEVELS = ['A1', 'A2', 'B1'];

/**
 * Integration paths of the generated population living in Flanders: about 1.5 % of the adults
 * under 65 registered since 2016. Most are obliged; the civic orientation course takes about three
 * months and is mostly passed; NT2 courses follow, one level at a time; a certificate once both
 * are passed (A2 from 2022 on, A1 before).
 */
export function generateKbi(w: KbiWriter, { population, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  let n = 0;
  for (const p of population) {
    if (regionOfNis(p.nis) !== 'FLANDERS') continue;
    const adultFrom = addDays(p.birthDate, 18 * 366);
    const from = adultFrom > '2016-01-01' ? adultFrom : '2016-01-01';
    const age = Number(TODAY.slice(0, 4)) - Number(p.birthDate.slice(0, 4));
    if (age >= 65 || from > '2026-09-30' || !rnd.chance(0.015)) continue;
    const m = MUNICIPALITIES.find((x) => x.nis === p.nis)!;
    const office = `Agentschap Integratie en Inburgering - kantoor ${m.nl}`;
    const registered = rnd.date(from, '2026-09-30');
    const obligation: Obligation = rnd.chance(0.7) ? 'OBLIGED' : rnd.chance(0.8) ? 'ENTITLED' : 'EXEMPTED';
    const courseBegin = addDays(registered, rnd.int(14, 60));
    const courseEnd = addDays(courseBegin, rnd.int(70, 110));
    const civicDone = courseEnd <= TODAY;
    const civicPassed = civicDone && rnd.chance(0.85);
    if (obligation !== 'EXEMPTED') {
      w.course({ ssin: p.ssin, kind: 'CIVIC_ORIENTATION', provider: office, begin_date: courseBegin, end_date: civicDone ? courseEnd : null, course_language: rnd.pick(LANGUAGES), target_level: null, result: !civicDone ? 'IN_PROGRESS' : civicPassed ? 'PASSED' : 'FAILED', test_date: civicDone ? courseEnd : null });
    }
    let day = addDays(registered, rnd.int(30, 90));
    let highest: string | undefined;
    const wanted = rnd.int(1, 3);
    for (const level of LEVELS.slice(0, wanted)) {
      if (day > TODAY || obligation === 'EXEMPTED') break;
      const end = addDays(day, rnd.int(100, 160));
      const done = end <= TODAY;
      const passed = done && rnd.chance(0.85);
      w.course({ ssin: p.ssin, kind: 'DUTCH_SECOND_LANGUAGE', provider: `CVO ${m.nl}`, begin_date: day, end_date: done ? end : null, course_language: null, target_level: level, result: !done ? 'IN_PROGRESS' : passed ? 'PASSED' : 'FAILED', test_date: done ? addDays(end, -7) : null });
      if (!passed) break;
      highest = level;
      day = addDays(end, rnd.int(20, 90));
    }
    const needed = registered >= '2022-01-01' ? 'A2' : 'A1';
    const certified = civicPassed && highest !== undefined && highest >= needed;
    const certificateDate = certified ? addDays(day > TODAY ? TODAY : day, -rnd.int(0, 20)) : null;
    const status = certified ? 'COMPLETED' : rnd.chance(0.1) ? 'STOPPED' : 'IN_PROGRESS';
    w.path({
      ssin: p.ssin, registration_date: registered, office_name: office, office_municipality: m.nl, obligation, legal_ground: GROUNDS[obligation], obligation_since: addDays(registered, -rnd.int(5, 60)),
      status, counselling_office: obligation === 'EXEMPTED' ? null : office, counselling_begin: obligation === 'EXEMPTED' ? null : registered,
      counselling_end: certificateDate ?? (status === 'STOPPED' ? addDays(registered, 200) : null),
      certificate_number: certificateDate ? `IA-${certificateDate.slice(0, 4)}-${m.nl.slice(0, 1)}-${String(++n).padStart(6, '0')}` : null, certificate_date: certificateDate,
    });
  }
}
