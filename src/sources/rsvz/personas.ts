import { SSIN } from '../../../fixtures/personas';
import { addDays } from '../../domain/dates';
import { contributionAmount } from './amounts';
import { EQUIVALENCE, EquivalenceReason, FIRST_CONTRIBUTION_QUARTER, FUNDS, Fund, Occupation, OCCUPATION, PAYMENT, PERIOD_TYPE } from './model';
import { quarterBegin, quarterEnd, quartersFrom } from '../../domain/quarters';
import type { RsvzWriter } from './writer';

const fund = (name: Fund['name']): Fund => FUNDS.find((f) => f.name === name)!;

interface PersonaPeriod {
  begin: string;
  end: string | null;
  occupation: Occupation;
  /** Set for an assimilated period (no activity, no contribution). */
  equivalence?: EquivalenceReason;
}

interface PersonaCareer {
  ssin: string;
  fund: Fund;
  periods: PersonaPeriod[];
  /** The contributions written: every activity quarter from..to (never before 2003). */
  contributions: { from: string; to: string; factor: number };
  /** Quarters paid late (payment date) or not at all. */
  late?: Record<string, string>;
  unpaid?: string[];
}

/**
 * The self-employed careers of the personas (fixtures/personas.ts): fixed, independent of the
 * seed. The employed persona and the others not listed have none (SES00100).
 */
const CAREERS: PersonaCareer[] = [
  // self-employed: main occupation since 2011-03-01; six months of sickness assimilated;
  // the last two quarters before today (2026Q2, 2026Q3) unpaid: arrears.
  {
    ssin: SSIN.selfEmployed,
    fund: fund('Liantis'),
    periods: [
      { begin: '2011-03-01', end: '2019-09-30', occupation: OCCUPATION.MAIN },
      { begin: '2019-10-01', end: '2020-03-31', occupation: OCCUPATION.MAIN, equivalence: EQUIVALENCE.SICKNESS },
      { begin: '2020-04-01', end: null, occupation: OCCUPATION.MAIN },
    ],
    contributions: { from: '2011Q1', to: '2026Q3', factor: 1.4 },
    late: { '2020Q2': '2020-09-14' },
    unpaid: ['2026Q2', '2026Q3'],
  },
  // self-employed-pre-2003: a shopkeeper from 1974 to his pension (2015-03-01), a sickness in
  // 1996; RSVZ's contribution records only start in 2003.
  {
    ssin: SSIN.selfEmployedPre2003,
    fund: fund('UCM'),
    periods: [
      { begin: '1974-09-01', end: '1995-12-31', occupation: OCCUPATION.MAIN },
      { begin: '1996-01-01', end: '1996-06-30', occupation: OCCUPATION.MAIN, equivalence: EQUIVALENCE.SICKNESS },
      { begin: '1996-07-01', end: '2015-02-28', occupation: OCCUPATION.MAIN },
    ],
    contributions: { from: FIRST_CONTRIBUTION_QUARTER, to: '2015Q1', factor: 1.1 },
  },
  // deceased: a shop in Gent until his pension (2013-05-01), then active as a pensioner
  // (complementary) until his death on 2025-06-14: nothing after it.
  {
    ssin: SSIN.deceased,
    fund: fund('Xerius'),
    periods: [
      { begin: '1975-06-01', end: '2013-04-30', occupation: OCCUPATION.MAIN },
      { begin: '2013-05-01', end: '2025-06-14', occupation: OCCUPATION.COMPLEMENTARY },
    ],
    contributions: { from: FIRST_CONTRIBUTION_QUARTER, to: '2025Q2', factor: 1 },
  },
];

/** The occupation of an activity (not assimilated) period covering the quarter, if one does. */
function activityIn(career: PersonaCareer, quarter: string): Occupation | undefined {
  const first = quarterBegin(quarter);
  const last = quarterEnd(quarter);
  const p = career.periods.find((x) => !x.equivalence && x.begin <= last && (x.end === null || x.end >= first));
  return p?.occupation;
}

export function writeRsvzPersonas(w: RsvzWriter): void {
  for (const career of CAREERS) {
    for (const p of career.periods) {
      w.period({
        ssin: career.ssin,
        begin_date: p.begin,
        end_date: p.end,
        period_type: p.equivalence ? PERIOD_TYPE.EQUIVALENT : PERIOD_TYPE.ACTIVITY,
        occupation: p.occupation,
        equivalence_reason: p.equivalence ?? null,
        fund_number: career.fund.number,
        fund_name: career.fund.name,
      });
    }
    const { from, to, factor } = career.contributions;
    for (const quarter of quartersFrom(from, to)) {
      const occupation = activityIn(career, quarter);
      if (!occupation) continue;
      const amount = contributionAmount(occupation, quarter, factor);
      const unpaid = career.unpaid?.includes(quarter) ?? false;
      const late = career.late?.[quarter];
      w.contribution({
        ssin: career.ssin,
        quarter,
        occupation,
        amount,
        payment_status: unpaid ? PAYMENT.UNPAID : late ? PAYMENT.LATE : PAYMENT.PAID,
        payment_date: unpaid ? null : (late ?? addDays(quarterEnd(quarter), -12)),
        outstanding: unpaid ? amount : null,
      });
    }
  }
}
