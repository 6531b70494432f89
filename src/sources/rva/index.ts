import type { SourceModule } from '../source';
import { writeRvaPersonas } from './personas';
import { Db, personRows, rowWriter, SourceSchema, statementCache } from '../../store/db';
import { addDays, daysInMonth } from '../../domain/dates';

/**
 * RVA / ONEM: the unemployment file of a person. Rights to allowances, the monthly payments of
 * the payment institutions (with the RVA's check of each month), the scale-code decisions,
 * warnings and sanctions, exemptions, work-disability periods, availability decisions for young
 * job seekers, the no-earning-capacity / health-insurance dispute record and activation
 * allowances. UnemploymentDataService (S13) reads it.
 *
 * Amounts are stored in euros (REAL); the service answers in euro cents. The first columns of
 * rva_right and rva_payment are the ones fixtures/builder.ts (SeedWriter) names, so they stay.
 */
export const rvaSchema: SourceSchema = {
  name: 'rva',
  tables: [
    'rva_payment',
    'rva_right',
    'rva_scale',
    'rva_sanction',
    'rva_exemption',
    'rva_disability',
    'rva_young_decision',
    'rva_mutuality',
    'rva_activation',
  ],
  ddl: `
CREATE TABLE IF NOT EXISTS rva_right (
  id                         INTEGER PRIMARY KEY,
  ssin                       TEXT NOT NULL,
  begin_date                 TEXT NOT NULL,
  end_date                   TEXT,
  allowance                  TEXT NOT NULL,
  article                    TEXT NOT NULL,
  family_category            TEXT NOT NULL,
  scale_code                 TEXT NOT NULL,
  daily_amount               REAL NOT NULL,
  payment_institution        TEXT NOT NULL,
  end_reason                 TEXT,
  unemployment_code          INTEGER NOT NULL DEFAULT 1,
  indemnification_regime     REAL NOT NULL DEFAULT 6,
  indemnisability_article    TEXT,
  self_employment_supplement INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS rva_right_ssin ON rva_right(ssin);
CREATE TABLE IF NOT EXISTS rva_payment (
  id                     INTEGER PRIMARY KEY,
  ssin                   TEXT NOT NULL,
  month                  TEXT NOT NULL,
  allowance              TEXT NOT NULL,
  days                   REAL NOT NULL,
  gross_amount           REAL NOT NULL,
  payment_institution    TEXT NOT NULL,
  payment_date           TEXT NOT NULL,
  accepted_amount        REAL,
  dossier_status         TEXT NOT NULL DEFAULT 'COMPLETED',
  daily_amount           REAL,
  unemployment_code      INTEGER NOT NULL DEFAULT 1,
  indemnification_regime REAL NOT NULL DEFAULT 6
);
CREATE INDEX IF NOT EXISTS rva_payment_ssin ON rva_payment(ssin);
CREATE TABLE IF NOT EXISTS rva_scale (
  id               INTEGER PRIMARY KEY,
  ssin             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  code             TEXT NOT NULL,
  begin_date       TEXT NOT NULL,
  end_date         TEXT,
  admissibility    TEXT NOT NULL DEFAULT '',
  indemnisability  TEXT NOT NULL DEFAULT '',
  decision_handler INTEGER NOT NULL,
  decision_number  TEXT
);
CREATE INDEX IF NOT EXISTS rva_scale_ssin ON rva_scale(ssin);
CREATE TABLE IF NOT EXISTS rva_sanction (
  id               INTEGER PRIMARY KEY,
  ssin             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  code             TEXT NOT NULL,
  decision_date    TEXT NOT NULL,
  begin_date       TEXT,
  end_date         TEXT,
  weeks            INTEGER,
  reprieve_date    TEXT,
  reprieve_weeks   INTEGER,
  decision_handler INTEGER NOT NULL,
  decision_number  TEXT
);
CREATE INDEX IF NOT EXISTS rva_sanction_ssin ON rva_sanction(ssin);
CREATE TABLE IF NOT EXISTS rva_exemption (
  id               INTEGER PRIMARY KEY,
  ssin             TEXT NOT NULL,
  reason_code      TEXT NOT NULL,
  regio_code       TEXT,
  begin_date       TEXT NOT NULL,
  end_date         TEXT,
  job_shortage     INTEGER,
  job_description  TEXT,
  decision_handler INTEGER NOT NULL,
  decision_number  TEXT
);
CREATE INDEX IF NOT EXISTS rva_exemption_ssin ON rva_exemption(ssin);
CREATE TABLE IF NOT EXISTS rva_disability (
  id              INTEGER PRIMARY KEY,
  ssin            TEXT NOT NULL,
  disability_type INTEGER NOT NULL,
  begin_date      TEXT NOT NULL,
  end_date        TEXT
);
CREATE INDEX IF NOT EXISTS rva_disability_ssin ON rva_disability(ssin);
CREATE TABLE IF NOT EXISTS rva_young_decision (
  id               INTEGER PRIMARY KEY,
  ssin             TEXT NOT NULL,
  decision_date    TEXT NOT NULL,
  category         TEXT NOT NULL,
  decision_code    TEXT NOT NULL,
  linked_code      TEXT,
  late             INTEGER,
  decision_handler INTEGER NOT NULL,
  decision_number  TEXT
);
CREATE INDEX IF NOT EXISTS rva_young_decision_ssin ON rva_young_decision(ssin);
CREATE TABLE IF NOT EXISTS rva_mutuality (
  ssin                      TEXT PRIMARY KEY,
  no_earning_capacity_begin TEXT,
  lawsuit_type              INTEGER,
  temporary_begin           TEXT,
  temporary_end             TEXT,
  verdict                   TEXT,
  verdict_begin             TEXT,
  verdict_end               TEXT
);
CREATE TABLE IF NOT EXISTS rva_activation (
  id              INTEGER PRIMARY KEY,
  ssin            TEXT NOT NULL,
  month           TEXT NOT NULL,
  amount          REAL NOT NULL,
  employer_cbe    TEXT NOT NULL,
  business_unit   TEXT,
  entry_date      TEXT,
  wage_scale_code TEXT NOT NULL,
  phase_begin     TEXT NOT NULL,
  phase_end       TEXT,
  mean_hours      INTEGER,
  ref_hours       INTEGER
);
CREATE INDEX IF NOT EXISTS rva_activation_ssin ON rva_activation(ssin);`,
};

/** Allowance kinds. INSERTION = inschakelingsuitkering / allocation d'insertion (after studies). */
export const ALLOWANCE = { UNEMPLOYMENT: 'UNEMPLOYMENT', INSERTION: 'INSERTION', TEMPORARY: 'TEMPORARY_UNEMPLOYMENT' } as const;

/** Why a right ended; INSERTION_ALLOWANCE_ENDED is the time limit of insertion allowances (seed 001). */
export const END_REASON = {
  END_OF_RIGHT: 'END_OF_RIGHT',
  INSERTION_ALLOWANCE_ENDED: 'INSERTION_ALLOWANCE_ENDED',
  EXCLUSION: 'EXCLUSION',
} as const;

export type FamilyState = 'SOLITARY' | 'COHABITING' | 'HOUSEHOLDER';
export type DossierStatus = 'COMPLETED' | 'PROVISIONAL' | 'NOT_STARTED';

export interface RvaRight {
  id: number;
  ssin: string;
  begin_date: string;
  /** The (theoretical) last day of the right; null while open-ended. */
  end_date: string | null;
  allowance: string;
  /** Admissibility article (e.g. '30' work, '36' studies). */
  article: string;
  /** The familyState of the contract: SOLITARY, COHABITING or HOUSEHOLDER. */
  family_category: FamilyState;
  /** Scale code at the start of the right (its history is in rva_scale). */
  scale_code: string;
  /** Theoretical daily allowance, euros. */
  daily_amount: number;
  payment_institution: string;
  end_reason: string | null;
  /** Nature-of-unemployment code, 0..99 (S13 notes). */
  unemployment_code: number;
  /** Regime in days a week (6 = six-day week). */
  indemnification_regime: number;
  indemnisability_article: string | null;
  /** 1 when the person may combine the allowance with a self-employed side activity. */
  self_employment_supplement: number;
}

export interface RvaPayment {
  id: number;
  ssin: string;
  /** yyyy-mm, the month the allowances are for. */
  month: string;
  allowance: string;
  /** Number of daily allowances paid (nbrOfAllowances). */
  days: number;
  /** Paid by the payment institution, euros. */
  gross_amount: number;
  payment_institution: string;
  payment_date: string;
  /** Accepted by the RVA after its check, euros; null while the check has not started. */
  accepted_amount: number | null;
  dossier_status: DossierStatus;
  daily_amount: number | null;
  unemployment_code: number;
  indemnification_regime: number;
}

/** One scale code: kind UNEMPLOYMENT rows sharing a decision form one decision; ALTERNATIVE rows stand alone. */
export interface RvaScale {
  id: number;
  ssin: string;
  kind: 'UNEMPLOYMENT' | 'ALTERNATIVE';
  code: string;
  begin_date: string;
  end_date: string | null;
  /** Article codes, comma-separated ('' = none). */
  admissibility: string;
  indemnisability: string;
  decision_handler: number;
  decision_number: string | null;
}

export interface RvaSanction {
  id: number;
  ssin: string;
  kind: 'WARNING' | 'SANCTION';
  code: string;
  decision_date: string;
  begin_date: string | null;
  end_date: string | null;
  weeks: number | null;
  /** A reprieve (sursis / uitstel) suspends the sanction: the days stay indemnified. */
  reprieve_date: string | null;
  reprieve_weeks: number | null;
  decision_handler: number;
  decision_number: string | null;
}

export interface RvaExemption {
  id: number;
  ssin: string;
  reason_code: string;
  regio_code: string | null;
  begin_date: string;
  end_date: string | null;
  job_shortage: number | null;
  job_description: string | null;
  decision_handler: number;
  decision_number: string | null;
}

export interface RvaDisability {
  id: number;
  ssin: string;
  disability_type: number;
  begin_date: string;
  end_date: string | null;
}

export interface RvaYoungDecision {
  id: number;
  ssin: string;
  decision_date: string;
  category: string;
  decision_code: string;
  linked_code: string | null;
  late: number | null;
  decision_handler: number;
  decision_number: string | null;
}

export interface RvaMutuality {
  ssin: string;
  no_earning_capacity_begin: string | null;
  lawsuit_type: number | null;
  temporary_begin: string | null;
  temporary_end: string | null;
  verdict: 'ABLE' | 'DISABLEMENT' | null;
  verdict_begin: string | null;
  verdict_end: string | null;
}

export interface RvaActivation {
  id: number;
  ssin: string;
  month: string;
  /** Paid for this employer and month, euros. */
  amount: number;
  employer_cbe: string;
  business_unit: string | null;
  entry_date: string | null;
  wage_scale_code: string;
  phase_begin: string;
  phase_end: string | null;
  /** Weekly hours of the worker (Q) and of the full-time reference (S), hundredths of an hour. */
  mean_hours: number | null;
  ref_hours: number | null;
}

/** Reads a person's RVA file. Per-person data is small: callers filter by period in code. */
export class Rva {
  private readonly sql;
  readonly rights;
  readonly payments;
  readonly scales;
  readonly sanctions;
  readonly exemptions;
  readonly disabilities;
  readonly youngDecisions;
  readonly mutuality;
  readonly activations;

  constructor(db: Db) {
    this.sql = statementCache(db);
    const { rows, row } = personRows(db);
    this.rights = rows<RvaRight>('rva_right', 'begin_date, id');
    this.payments = rows<RvaPayment>('rva_payment', 'month, id');
    this.scales = rows<RvaScale>('rva_scale', 'begin_date, id');
    this.sanctions = rows<RvaSanction>('rva_sanction', 'decision_date, id');
    this.exemptions = rows<RvaExemption>('rva_exemption', 'begin_date, id');
    this.disabilities = rows<RvaDisability>('rva_disability', 'begin_date, id');
    this.youngDecisions = rows<RvaYoungDecision>('rva_young_decision', 'decision_date, id');
    this.mutuality = row<RvaMutuality>('rva_mutuality');
    this.activations = rows<RvaActivation>('rva_activation', 'month, id');
  }

  /** Whether the RVA knows the person at all (a file exists once there is a right). */
  hasFile(ssin: string): boolean {
    return this.sql('SELECT 1 FROM rva_right WHERE ssin = ? LIMIT 1').get(ssin) !== undefined;
  }
}

// ---------------------------------------------------------------- writing (seed data)

type New<T> = Omit<T, 'id'>;

/** Inserts RVA rows (the seed), one writer per table. */
export function rvaWriter(db: Db) {
  return {
    right: rowWriter<New<RvaRight>>(db, 'rva_right', [
      'ssin', 'begin_date', 'end_date', 'allowance', 'article', 'family_category', 'scale_code', 'daily_amount', 'payment_institution',
      'end_reason', 'unemployment_code', 'indemnification_regime', 'indemnisability_article', 'self_employment_supplement',
    ]),
    payment: rowWriter<New<RvaPayment>>(db, 'rva_payment', [
      'ssin', 'month', 'allowance', 'days', 'gross_amount', 'payment_institution', 'payment_date', 'accepted_amount', 'dossier_status',
      'daily_amount', 'unemployment_code', 'indemnification_regime',
    ]),
    scale: rowWriter<New<RvaScale>>(db, 'rva_scale', ['ssin', 'kind', 'code', 'begin_date', 'end_date', 'admissibility', 'indemnisability', 'decision_handler', 'decision_number']),
    sanction: rowWriter<New<RvaSanction>>(db, 'rva_sanction', [
      'ssin', 'kind', 'code', 'decision_date', 'begin_date', 'end_date', 'weeks', 'reprieve_date', 'reprieve_weeks', 'decision_handler', 'decision_number',
    ]),
    exemption: rowWriter<New<RvaExemption>>(db, 'rva_exemption', [
      'ssin', 'reason_code', 'regio_code', 'begin_date', 'end_date', 'job_shortage', 'job_description', 'decision_handler', 'decision_number',
    ]),
    disability: rowWriter<New<RvaDisability>>(db, 'rva_disability', ['ssin', 'disability_type', 'begin_date', 'end_date']),
    youngDecision: rowWriter<New<RvaYoungDecision>>(db, 'rva_young_decision', ['ssin', 'decision_date', 'category', 'decision_code', 'linked_code', 'late', 'decision_handler', 'decision_number']),
    mutuality: rowWriter<RvaMutuality>(db, 'rva_mutuality', [
      'ssin', 'no_earning_capacity_begin', 'lawsuit_type', 'temporary_begin', 'temporary_end', 'verdict', 'verdict_begin', 'verdict_end',
    ]),
    activation: rowWriter<New<RvaActivation>>(db, 'rva_activation', [
      'ssin', 'month', 'amount', 'employer_cbe', 'business_unit', 'entry_date', 'wage_scale_code', 'phase_begin', 'phase_end', 'mean_hours', 'ref_hours',
    ]),
  };
}

export type RvaWriter = ReturnType<typeof rvaWriter>;

// ---------------------------------------------------------------- the day calendar

/**
 * Day codes of the scheduled-payment grid. No public code list exists: these are modelled,
 * and both the payments (number of allowances) and consultScheduledPayment derive from them,
 * so the two always agree.
 */
export const DAY_CODE = { NOT_INDEMNIFIABLE: 0, INDEMNIFIED: 1, DISABILITY: 3, SANCTION: 4 } as const;

export interface DatePeriod {
  begin: string;
  /** Inclusive; undefined = open. */
  end?: string;
}

export interface DayEntry {
  day: number;
  code: number;
}

/**
 * The grid of one month (yyyy-mm) for the days that fall inside a right. Six-day regime: Sundays
 * are not indemnifiable; days of recognised work disability are paid by the health insurance;
 * days of an effective (not reprieved) sanction are not paid.
 */
export function monthGrid(month: string, rights: DatePeriod[], disabilities: DatePeriod[], sanctions: DatePeriod[]): DayEntry[] {
  const [y, m] = month.split('-').map(Number);
  const days = daysInMonth(y, m);
  const inside = (d: string, p: DatePeriod) => d >= p.begin && (p.end === undefined || d <= p.end);
  const grid: DayEntry[] = [];
  for (let day = 1; day <= days; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    if (!rights.some((r) => inside(date, r))) continue;
    let code: number = DAY_CODE.INDEMNIFIED;
    if (new Date(Date.UTC(y, m - 1, day)).getUTCDay() === 0) code = DAY_CODE.NOT_INDEMNIFIABLE;
    else if (sanctions.some((s) => inside(date, s))) code = DAY_CODE.SANCTION;
    else if (disabilities.some((d) => inside(date, d))) code = DAY_CODE.DISABILITY;
    grid.push({ day, code });
  }
  return grid;
}

/** Number of indemnified days of a month (what the payment institution pays). */
export function indemnifiedDays(month: string, rights: DatePeriod[], disabilities: DatePeriod[], sanctions: DatePeriod[]): number {
  return monthGrid(month, rights, disabilities, sanctions).filter((d) => d.code === DAY_CODE.INDEMNIFIED).length;
}

/** Sanction periods that really stop the payment: with a period and without a reprieve. */
export function effectiveSanctions(sanctions: Pick<RvaSanction, 'kind' | 'begin_date' | 'end_date' | 'weeks' | 'reprieve_date'>[]): DatePeriod[] {
  return sanctions
    .filter((s) => s.kind === 'SANCTION' && s.begin_date && !s.reprieve_date)
    .map((s) => ({ begin: s.begin_date!, end: s.end_date ?? (s.weeks ? addDays(s.begin_date!, s.weeks * 7 - 1) : undefined) }));
}

/** The rva source: its tables and its access on one database. */
export const rvaSource: SourceModule<Rva> = {
  name: 'rva',
  schema: rvaSchema,
  open: (db) => new Rva(db),
  personas: writeRvaPersonas,
};
