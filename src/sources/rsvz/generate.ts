import { Random } from '../../../fixtures/random';
import { addDays } from '../../domain/dates';
import type { SeedContext } from '../source';
import { contributionAmount } from './amounts';
import { EQUIVALENCE, EquivalenceReason, FIRST_CONTRIBUTION_QUARTER, FUNDS, Occupation, OCCUPATION, PAYMENT, PERIOD_TYPE, PeriodType } from './model';
import { quarterBegin, quarterEnd, quarterOf, quartersFrom } from '../../domain/quarters';
import type { RsvzWriter } from './writer';

/** Its own random stream: adding RSVZ leaves every other generated row as it was. */
const STREAM = 0x75f2a1;

/** The date the generated population is seen at (fixtures/generator.ts REFERENCE_DATE). */
const REFERENCE_DATE = '2026-01-01';
const LAST_QUARTER = '2025Q4';

/**
 * About one adult in twelve in Belgium is self-employed in main or complementary occupation
 * (RSVZ counts ~1.2 million self-employed for ~9.4 million adults): 8% of the generated adults
 * get a career, three in four of them in main occupation.
 */
const SELF_EMPLOYED_RATE = 0.08;
const MAIN_SHARE = 0.75;
/** How the quarters were paid: by the due date, late, not at all (arrears). */
const PAID_LATE_RATE = 0.07;
const UNPAID_RATE = 0.03;

interface Person {
  ssin: string;
  birth_date: string;
  gender: number;
  decease_date: string | null;
}

interface Quarter {
  quarter: string;
  type: PeriodType;
  occupation: Occupation;
  reason: EquivalenceReason | null;
}

const birthday = (birth: string, years: number) => `${Number(birth.slice(0, 4)) + years}${birth.slice(4, 10).replace('-02-29', '-02-28')}`;

/**
 * Self-employed careers of the generated population (persons in SSIN order, from the National
 * Register's active generated persons): a start between 20 and 60, an end for some (or the
 * pension at 65, or death), a main or complementary occupation. A main occupation never runs in
 * a quarter in which the person had a full-time employment (RSZ Dimona): that quarter is a
 * complementary occupation. Some main occupations carry an assimilated period (sickness,
 * maternity for women). Contributions per activity quarter from 2003 on, mostly paid in time.
 */
export function generateSelfEmployed(w: RsvzWriter, { db, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  const persons = db
    .prepare("SELECT ssin, birth_date, gender, decease_date FROM rr_person WHERE household_id >= 1000 AND status = 'ACTIVE' ORDER BY ssin")
    .all() as Person[];
  const fullTime = db.prepare("SELECT begin_date, end_date FROM rsz_employment WHERE ssin = ? AND work_regime = 'FULL_TIME'");
  for (const person of persons) {
    const adult = birthday(person.birth_date, 20);
    if (birthday(person.birth_date, 18) > REFERENCE_DATE || !rnd.chance(SELF_EMPLOYED_RATE)) continue;
    const latestStart = [birthday(person.birth_date, 60), person.decease_date ?? REFERENCE_DATE, '2025-12-31'].sort()[0];
    const earliest = adult > '1956-01-01' ? adult : '1956-01-01';
    if (earliest >= latestStart) continue;
    const begin = rnd.date(earliest, latestStart);
    const stops = [birthday(person.birth_date, 65), person.decease_date].filter((d): d is string => d !== null && d <= REFERENCE_DATE);
    if (rnd.chance(0.35)) stops.push(rnd.date(addDays(begin, 180), REFERENCE_DATE));
    // A career ends on the day of death, or the day before the pension or a stop.
    const stop = stops.sort()[0];
    const end = stop === undefined ? null : stop === person.decease_date ? stop : addDays(stop, -1);
    if (end !== null && end < begin) continue;

    const jobs = fullTime.all(person.ssin) as { begin_date: string; end_date: string | null }[];
    const employedIn = (q: string) => jobs.some((j) => j.begin_date <= quarterEnd(q) && (j.end_date === null || j.end_date >= quarterBegin(q)));
    const base = rnd.chance(MAIN_SHARE) ? OCCUPATION.MAIN : OCCUPATION.COMPLEMENTARY;
    const lastQuarter = end ? quarterOf(end) : LAST_QUARTER;
    const quarters: Quarter[] = quartersFrom(quarterOf(begin), lastQuarter).map((quarter) => ({
      quarter,
      type: PERIOD_TYPE.ACTIVITY,
      occupation: base === OCCUPATION.MAIN && employedIn(quarter) ? OCCUPATION.COMPLEMENTARY : base,
      reason: null,
    }));
    assimilate(rnd, person, quarters);

    const fund = rnd.pick(FUNDS);
    for (const run of runs(quarters)) {
      const first = run[0];
      const last = run[run.length - 1];
      const runBegin = quarterBegin(first.quarter) < begin ? begin : quarterBegin(first.quarter);
      const open = end === null && last.quarter === lastQuarter;
      w.period({
        ssin: person.ssin,
        begin_date: runBegin,
        end_date: open ? null : end !== null && last.quarter === lastQuarter ? end : quarterEnd(last.quarter),
        period_type: first.type,
        occupation: first.occupation,
        equivalence_reason: first.reason,
        fund_number: fund.number,
        fund_name: fund.name,
      });
    }

    const factor = 1 + rnd.int(0, 150) / 100;
    for (const q of quarters) {
      if (q.type !== PERIOD_TYPE.ACTIVITY || q.quarter < FIRST_CONTRIBUTION_QUARTER) continue;
      const amount = contributionAmount(q.occupation, q.quarter, factor);
      const due = quarterEnd(q.quarter);
      const draw = rnd.next();
      const lateDate = addDays(due, rnd.int(15, 200));
      const status = draw < UNPAID_RATE || (draw < UNPAID_RATE + PAID_LATE_RATE && lateDate >= REFERENCE_DATE) ? PAYMENT.UNPAID : draw < UNPAID_RATE + PAID_LATE_RATE ? PAYMENT.LATE : PAYMENT.PAID;
      w.contribution({
        ssin: person.ssin,
        quarter: q.quarter,
        occupation: q.occupation,
        amount,
        payment_status: status,
        payment_date: status === PAYMENT.UNPAID ? null : status === PAYMENT.LATE ? lateDate : addDays(due, -rnd.int(0, 60)),
        outstanding: status === PAYMENT.UNPAID ? amount : null,
      });
    }
  }
}

/** One main-occupation career in ten carries an assimilated period of one to three quarters. */
function assimilate(rnd: Random, person: Person, quarters: Quarter[]): void {
  if (quarters.length < 6 || !rnd.chance(0.1)) return;
  const at = rnd.int(2, quarters.length - 4);
  if (quarters[at].occupation !== OCCUPATION.MAIN) return;
  const young = Number(quarters[at].quarter.slice(0, 4)) - Number(person.birth_date.slice(0, 4)) < 42;
  const reason = person.gender === 2 && young && rnd.chance(0.5) ? EQUIVALENCE.MATERNITY : EQUIVALENCE.SICKNESS;
  for (let i = at; i < at + rnd.int(1, 3) && quarters[i].occupation === OCCUPATION.MAIN; i++) {
    quarters[i] = { ...quarters[i], type: PERIOD_TYPE.EQUIVALENT, reason };
  }
}

/** Consecutive quarters of the same kind, occupation and reason: one career period each. */
function runs(quarters: Quarter[]): Quarter[][] {
  const out: Quarter[][] = [];
  for (const q of quarters) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.type === q.type && prev.occupation === q.occupation && prev.reason === q.reason) last.push(q);
    else out.push([q]);
  }
  return out;
}
