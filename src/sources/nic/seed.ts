import type { Db } from '../../store/db';
import type { SeedContext } from '../source';
import { Random } from '../../../fixtures/random';
import { SSIN } from '../../../fixtures/personas';
import { MUTUALITY_INSTITUTIONS } from '../repertory/institutions';
import { INSURER, rizivNumber } from './insurers';
import { nicWriter, NicWriter } from './writer';
import { addDays } from '../../domain/dates';
import { generateIncapacities, writeIncapacityPersonas } from './incapacity';

/**
 * NIC insurability files (HealthCareInsuranceService, S08). A person insured at a mutuality in the
 * KSZ persons repertory (sector 11, generate-other-sectors.ts) has an NIC file at the same
 * insuring organisation over the same period, so R03 and S08 tell the same story.
 *
 * Insurability is written as one period up to 2019, then one period per calendar year (the
 * insurability is renewed each year), the current one open from 2026-01-01; a period is also cut
 * where the increased intervention (BIM) starts, since the holder code CT1 changes there.
 */

/** The local mutuality code the replies name for each insuring organisation (modelled). */
export const MUTUALITY: Record<string, string> = {
  [INSURER.CHRISTIAN]: '121',
  [INSURER.NEUTRAL]: '203',
  [INSURER.SOCIALIST]: '306',
  [INSURER.LIBERAL]: '403',
  [INSURER.INDEPENDENT]: '501',
  [INSURER.HZIV_CAAMI]: '600',
  [INSURER.HR_RAIL]: '900',
};

/** The insuring organisation of each sector-11 institution of the repertory, by index. */
const INSURER_OF_INSTITUTION = [INSURER.CHRISTIAN, INSURER.SOCIALIST, INSURER.INDEPENDENT, INSURER.NEUTRAL, INSURER.LIBERAL];

/** The first day of the open insurability period. */
const CURRENT_FROM = '2026-01-01';

interface Insured {
  ssin: string;
  begin: string;
  /** Death (or the end of the insurance); null = still insured. */
  end: string | null;
  insurer: string;
  /** CT1 category digit: 1 active (worker, job seeker, social integration), 3 pensioner. */
  category: 1 | 3;
  /** Dependants: the holder they are insured through. */
  holder?: string;
  bimFrom?: string;
  complementary?: boolean;
  reimbursement?: boolean;
}

/** Consecutive periods covering begin..end, cut at each 1 January from 2020 to CURRENT_FROM and at `cuts`. */
export function insurancePeriods(begin: string, end: string | null, cuts: string[] = []): { begin: string; end: string | null }[] {
  const all = new Set(cuts);
  for (let y = 2020; `${y}-01-01` <= CURRENT_FROM; y++) all.add(`${y}-01-01`);
  const starts = [begin, ...[...all].filter((c) => c > begin && (end === null || c <= end)).sort()];
  return starts.map((b, i) => ({ begin: b, end: i + 1 < starts.length ? addDays(starts[i + 1], -1) : end }));
}

function writeInsured(w: NicWriter, p: Insured): void {
  const mutuality = MUTUALITY[p.insurer];
  for (const period of insurancePeriods(p.begin, p.end, p.bimFrom ? [p.bimFrom] : [])) {
    const bim = p.bimFrom !== undefined && period.begin >= p.bimFrom;
    const ct = `1${p.category}${bim ? 1 : 0}`;
    w.insurability({
      ssin: p.ssin,
      begin_date: period.begin,
      end_date: period.end,
      insuring_organization: p.insurer,
      mutuality,
      registration_number: `${mutuality}${p.ssin.slice(0, 9)}`,
      ct1: ct,
      ct2: ct,
      holder_ssin: p.holder ?? null,
      reimbursement_right: p.reimbursement === false ? 0 : 1,
      paying_third_party: bim ? 1 : 0,
      complementary_insurance: p.complementary === false ? 0 : 1,
    });
  }
  if (p.bimFrom) w.increasedIntervention({ ssin: p.ssin, begin_date: p.bimFrom, end_date: p.end });
}

function mafYears(w: NicWriter, ssin: string, insurer: string, years: number[]): void {
  for (const year of years) w.maf({ ssin, year, insuring_organization: insurer });
}

/** Fixed NIC files of the personas (fixtures/personas.ts). */
function writeNicPersonas(w: NicWriter): void {
  const cm = INSURER.CHRISTIAN;
  // standard: insured herself since she turned 18; increased intervention (and third-party payer)
  // since the leefloon started on 2025-01-01, the MAF reached in 2025, a GMD at her GP since 2019.
  writeInsured(w, { ssin: SSIN.standard, begin: '2003-06-12', end: null, insurer: cm, category: 1, bimFrom: '2025-01-01' });
  mafYears(w, SSIN.standard, cm, [2025]);
  w.gmd({ ssin: SSIN.standard, begin_date: '2019-03-01', end_date: null, provider: rizivNumber(23456), insuring_organization: cm });

  // employed: a holder at the socialist mutuality since 2005, no increased intervention, a GMD since 2021.
  writeInsured(w, { ssin: SSIN.employed, begin: '2005-12-01', end: null, insurer: INSURER.SOCIALIST, category: 1 });
  w.gmd({ ssin: SSIN.employed, begin_date: '2021-01-15', end_date: null, provider: rizivNumber(31877), insuring_organization: INSURER.SOCIALIST });

  // family: both parents holders, the children their dependants (through the father); increased
  // intervention from 2025-03-01 (integration by the OCMW), the MAF of the household in 2024 and
  // 2025, and a flat-rate medical house for the four of them since 2018 (so no separate GMD).
  const family: [string, string, string | undefined][] = [
    [SSIN.familyHead, '1998-01-20', undefined],
    [SSIN.familyPartner, '2000-04-02', undefined],
    [SSIN.familyChild1, '2010-09-15', SSIN.familyHead],
    [SSIN.familyChild2, '2014-02-28', SSIN.familyHead],
  ];
  for (const [ssin, begin, holder] of family) {
    writeInsured(w, { ssin, begin, end: null, insurer: cm, category: 1, holder, bimFrom: '2025-03-01' });
    mafYears(w, ssin, cm, [2024, 2025]);
    w.medicalHouse({ ssin, begin_date: begin > '2018-01-01' ? begin : '2018-01-01', end_date: null, insuring_organization: cm, doctor: 1, kine: 1, nurse: 1 });
  }

  // deceased: a pensioner with increased intervention since 2014; everything ends on the day he died.
  const died = '2025-06-14';
  writeInsured(w, { ssin: SSIN.deceased, begin: '1966-04-30', end: died, insurer: cm, category: 3, bimFrom: '2014-01-01' });
  mafYears(w, SSIN.deceased, cm, [2023, 2024]);
  w.gmd({ ssin: SSIN.deceased, begin_date: '2012-05-01', end_date: died, provider: rizivNumber(10452), insuring_organization: cm });

  // bis-person: insured at the neutral mutuality since her arrival, no complementary insurance, no GMD.
  writeInsured(w, { ssin: SSIN.bis, begin: '2022-06-01', end: null, insurer: INSURER.NEUTRAL, category: 1, complementary: false });

  // insertion-allowance-ended and integration-expired: plain holders (as in the repertory).
  writeInsured(w, { ssin: SSIN.insertionEnded, begin: '2016-05-05', end: null, insurer: INSURER.INDEPENDENT, category: 1 });
  w.gmd({ ssin: SSIN.insertionEnded, begin_date: '2017-09-01', end_date: null, provider: rizivNumber(44120), insuring_organization: INSURER.INDEPENDENT });
  writeInsured(w, { ssin: SSIN.integrationExpired, begin: '2008-11-23', end: null, insurer: INSURER.LIBERAL, category: 1 });

  // The social-database personas (as in the repertory): disabled-adult with increased intervention
  // through her disability allowance, the large family's children as dependants of their father,
  // the pensioner with CT1 category 3.
  writeInsured(w, { ssin: SSIN.disabledAdult, begin: '1997-03-27', end: null, insurer: cm, category: 1, bimFrom: '2015-01-01' });
  writeInsured(w, { ssin: SSIN.largeFamilyHead, begin: '2001-07-14', end: null, insurer: cm, category: 1 });
  writeInsured(w, { ssin: SSIN.largeFamilyPartner, begin: '2005-02-09', end: null, insurer: cm, category: 1 });
  const children: [string, string][] = [[SSIN.largeFamilyChild1, '2009-05-03'], [SSIN.largeFamilyChild2, '2012-10-21'], [SSIN.largeFamilyChild3, '2016-01-30'], [SSIN.largeFamilyChild4, '2020-08-11']];
  for (const [ssin, birth] of children) writeInsured(w, { ssin, begin: birth, end: null, insurer: cm, category: 1, holder: SSIN.largeFamilyHead });
  writeInsured(w, { ssin: SSIN.pensioner, begin: '1972-03-03', end: null, insurer: cm, category: 3 });
  writeInsured(w, { ssin: SSIN.jobseekerFlanders, begin: '2013-10-02', end: null, insurer: INSURER.SOCIALIST, category: 1 });
  writeInsured(w, { ssin: SSIN.jobseekerWallonia, begin: '2017-06-18', end: null, insurer: INSURER.LIBERAL, category: 1, bimFrom: '2025-01-01' });
  writeInsured(w, { ssin: SSIN.incapacity, begin: '1995-12-05', end: null, insurer: cm, category: 1 });
  writeInsured(w, { ssin: SSIN.newcomer, begin: '2023-10-01', end: null, insurer: INSURER.INDEPENDENT, category: 1, bimFrom: '2024-01-01' });
  writeInsured(w, { ssin: SSIN.socialTenant, begin: '1988-08-23', end: null, insurer: INSURER.NEUTRAL, category: 1 });
  // mediprima-suspended: insured at last from 2026-11-01, which changes his MediPrima refund code (N13).
  writeInsured(w, { ssin: SSIN.mediprimaSuspended, begin: '2026-11-01', end: null, insurer: cm, category: 1 });
}

/** A generated person's mutuality membership, as the repertory has it. */
export interface Membership {
  begin: string;
  end: string | null;
  /** Index of the repertory's sector-11 institution. */
  institution: number;
  birth: string;
  /** Insured as a dependant (quality code 2), through this parent if known. */
  dependant: boolean;
  holder?: string;
}

/**
 * The NIC file of one generated person: the insuring organisation and period of their mutuality
 * inscription; pensioners (65 on 2026-01-01) get CT1 category 3; some get increased intervention
 * (third-party payer with it), MAF years, a medical house or a GMD.
 */
export function generateNic(w: NicWriter, rnd: Random, ssin: string, m: Membership): void {
  const insurer = INSURER_OF_INSTITUTION[m.institution % INSURER_OF_INSTITUTION.length];
  const pensioner = m.birth <= '1961-01-01';
  const bim = rnd.chance(pensioner ? 0.35 : 0.15);
  const bimYear = `${rnd.int(2018, 2025)}-01-01`;
  const bimFrom = bim ? (bimYear > m.begin ? bimYear : m.begin) : undefined;
  const complementary = rnd.chance(0.92);
  const reimbursement = rnd.chance(0.97);
  writeInsured(w, { ssin, begin: m.begin, end: m.end, insurer, category: pensioner ? 3 : 1, holder: m.dependant ? m.holder : undefined, bimFrom, complementary, reimbursement });

  const years = [2023, 2024, 2025].filter((y) => rnd.chance(bim ? 0.4 : 0.08) && `${y}-12-31` >= m.begin && (m.end === null || `${y}-01-01` <= m.end));
  mafYears(w, ssin, insurer, years);

  const from = m.begin > '2010-01-01' ? m.begin : '2010-01-01';
  const last = m.end ?? '2025-12-31';
  if (from > last) return;
  if (rnd.chance(0.07)) {
    w.medicalHouse({ ssin, begin_date: rnd.date(from, last), end_date: m.end, insuring_organization: insurer, doctor: 1, kine: rnd.chance(0.8) ? 1 : 0, nurse: rnd.chance(0.7) ? 1 : 0 });
  } else if (rnd.chance(0.65)) {
    w.gmd({ ssin, begin_date: rnd.date(from, last), end_date: m.end, provider: rizivNumber(rnd.int(10000, 99999)), insuring_organization: insurer });
  }
}

/**
 * NIC files of the generated population (household ids from 1000): one for each mutuality
 * inscription, persons in SSIN order. Its own random stream from the seed, so the rest of the
 * population does not move.
 */
function generateNicPopulation(db: Db, w: NicWriter, seed: number): void {
  const rnd = new Random(seed ^ 0x5a08);
  const institutionIndex = new Map(MUTUALITY_INSTITUTIONS.map((cbe, i) => [cbe, i]));
  const rows = db
    .prepare(
      `SELECT i.ssin, i.cbe_number, i.quality_code, i.begin_date, i.end_date, p.birth_date,
              (SELECT f.parent_ssin FROM rr_filiation f WHERE f.child_ssin = i.ssin ORDER BY f.parent_type DESC LIMIT 1) AS parent
       FROM ksz_inscription i JOIN rr_person p ON p.ssin = i.ssin
       WHERE i.sector = 11 AND p.household_id >= 1000 ORDER BY i.ssin, i.begin_date`,
    )
    .all() as { ssin: string; cbe_number: string; quality_code: number; begin_date: string; end_date: string | null; birth_date: string; parent: string | null }[];
  for (const r of rows) {
    generateNic(w, rnd, r.ssin, {
      begin: r.begin_date,
      end: r.end_date,
      institution: institutionIndex.get(r.cbe_number) ?? 0,
      birth: r.birth_date,
      dependant: r.quality_code === 2,
      holder: r.parent ?? undefined,
    });
  }
}

/** The source's seed step: the personas' files, one per generated mutuality inscription, then the incapacity periods. */
export function seedNic({ db, seed }: SeedContext): void {
  const w = nicWriter(db);
  writeNicPersonas(w);
  writeIncapacityPersonas(w, (insurer) => MUTUALITY[insurer]);
  generateNicPopulation(db, w, seed);
  // After the insurability files: an incapacity is paid by the insurer of its first day.
  generateIncapacities(db, w, seed);
}
