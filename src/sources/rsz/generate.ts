import { Random } from '../../../fixtures/random';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { rowWriter } from '../../store/db';
import type { SeedContext } from '../source';
import type { DmfaQuarter, Employer, Employment } from './model';
import { makeNoss } from './noss';
import { PERSONA_MONTHLY_WAGES } from './personas';
import { nextQuarter, quarterBegin, quarterEnd, quarterOf } from '../../domain/quarters';
import { sharedDays } from '../../domain/dates';
import { DMFA_COLUMNS, EMPLOYER_COLUMNS } from './writer';

/** Its own random stream: the employer repertory and DmfA leave every other generated row as it was. */
const STREAM = 0x25a0dfa;

/** DmfA is kept online from this quarter; the last quarter declared (the emulator's present is late 2026). */
export const FIRST_DMFA_QUARTER = '2018Q1';
export const LAST_DMFA_QUARTER = '2026Q3';

/** The activity (NACE-BEL 2008) that goes with each joint committee of the seed. */
const NACE: Record<string, string> = {
  '111': '25110', '120': '13100', '121': '81210', '124': '41201', '140': '49410', '200': '52100',
  '202': '47111', '302': '56101', '311': '47190', '322': '78200', '330': '86101',
};
/** Joint committees of manual workers (DmfA worker code 015); the others declare white-collar workers (495). */
const MANUAL = new Set(['111', '120', '121', '124', '140', '302', '322']);

export function workerCode(e: Pick<Employment, 'worker_type' | 'joint_committee'>): string {
  if (e.worker_type === 'STU') return '840';
  return MANUAL.has(e.joint_committee) ? '015' : '495';
}

/**
 * The employer repertory and the DmfA quarters, after the population exists:
 * - every employer in rsz_employment gets a repertory row (the personas' own are written with
 *   them): a drawn NOSS number, an address in one of the seed's municipalities, its legal form
 *   from its name, the NACE code of its joint committee; rsz_employment then carries that NOSS number;
 * - every employment gets one DmfA quarter per quarter it covers, from 2018Q1 to 2026Q3 (never
 *   outside its Dimona period): the days worked (5 a week, times the working-time fraction) and
 *   the wage of those days, from a monthly wage drawn once per employment (1900-4200 euro full
 *   time; the personas' are fixed), halved for part time.
 */
export function seedEmployersAndDmfa({ db, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  const employer = rowWriter<Employer>(db, 'rsz_employer', EMPLOYER_COLUMNS);
  const known = new Set((db.prepare('SELECT cbe_number FROM rsz_employer').all() as { cbe_number: string }[]).map((r) => r.cbe_number));
  const taken = new Set((db.prepare('SELECT noss_number FROM rsz_employer').all() as { noss_number: string }[]).map((r) => r.noss_number));
  const unknown = db.prepare('SELECT employer_cbe, employer_name, MIN(joint_committee) AS joint_committee, MIN(begin_date) AS first FROM rsz_employment GROUP BY employer_cbe ORDER BY employer_cbe').all() as {
    employer_cbe: string; employer_name: string; joint_committee: string; first: string;
  }[];
  for (const e of unknown) {
    if (known.has(e.employer_cbe)) continue;
    let noss: string;
    do noss = makeNoss(rnd.int(1000000, 9999999));
    while (taken.has(noss));
    taken.add(noss);
    const m = rnd.pick(MUNICIPALITIES);
    const registered = rnd.date('1970-01-01', e.first < '2005-01-01' ? e.first : '2004-12-31');
    employer({
      noss_number: noss, cbe_number: e.employer_cbe, name: e.employer_name, legal_form: e.employer_name.split(' ').pop() ?? 'NV',
      street: rnd.pick(m.streets), house_number: String(rnd.int(1, 250)), postal_code: m.postalCode, municipality: m.language === 'fr' ? m.fr : m.nl,
      joint_committee: e.joint_committee, nace_code: NACE[e.joint_committee] ?? '82990', registration_date: registered, owner_ssin: null,
    });
  }
  db.prepare('UPDATE rsz_employment SET noss_number = (SELECT noss_number FROM rsz_employer WHERE cbe_number = employer_cbe)').run();

  const dmfa = rowWriter<Omit<DmfaQuarter, 'id'>>(db, 'rsz_dmfa', DMFA_COLUMNS);
  const employments = db.prepare('SELECT * FROM rsz_employment ORDER BY id').all() as Employment[];
  for (const e of employments) {
    const persona = PERSONA_MONTHLY_WAGES[e.ssin];
    const monthly = persona ?? rnd.int(1900, 4200);
    for (const q of dmfaQuarters(e, monthly)) dmfa(q);
  }
}

/** The DmfA quarters of one employment: one per quarter it covers, inside its Dimona period. */
export function dmfaQuarters(e: Employment, monthlyFullTime: number): Omit<DmfaQuarter, 'id'>[] {
  const fraction = e.work_regime === 'PART_TIME' ? 0.5 : 1;
  const first = quarterOf(e.begin_date) > FIRST_DMFA_QUARTER ? quarterOf(e.begin_date) : FIRST_DMFA_QUARTER;
  const last = e.end_date === null || quarterOf(e.end_date) > LAST_DMFA_QUARTER ? LAST_DMFA_QUARTER : quarterOf(e.end_date);
  const rows: Omit<DmfaQuarter, 'id'>[] = [];
  for (let q = first; q <= last; q = nextQuarter(q)) {
    const begin = quarterBegin(q);
    const end = quarterEnd(q);
    const covered = sharedDays(e.begin_date, e.end_date, begin, end);
    if (covered === 0) continue;
    const share = covered / sharedDays(begin, end, begin, end);
    rows.push({
      ssin: e.ssin, noss_number: e.noss_number, employment_id: e.id, quarter: q, worker_code: workerCode(e),
      days: Math.round((covered * 5) / 7 * fraction), wage_amount: Math.round(monthlyFullTime * 3 * share * fraction * 100) / 100, working_time_fraction: fraction,
    });
  }
  return rows;
}
