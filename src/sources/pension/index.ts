import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { INSTITUTIONS, type GrapaRight, type InstitutionCode, type PayingInstitution, type PensionDemand, type PensionPayment, type PensionRight } from './model';
import { pensionWriter } from './writer';
import { writePensionPersonas } from './personas';
import { generatePensions } from './generate';

export * from './model';

/**
 * The pension cadastre (Penskad) of the Federal Pension Service (SFP/FPD): per person the
 * pension demands still pending or refused, the rights of the first pillar (employee and
 * self-employed pensions, the GRAPA/IGO) and of the second (sector funds), the payments of each
 * right per reference month, and the GRAPA rights apart (the social tariff reads them).
 * PensionRegister (S16) reads it. A derived source: every right and amount follows from the RSZ
 * and RSVZ careers seeded before it (src/sources/pension/derive.ts). Amounts in euro; dates
 * yyyy-mm-dd, months yyyy-mm; an end or close NULL is open.
 */
export const pensionSchema: SourceSchema = {
  name: 'pension',
  tables: ['pension_demand', 'pension_right', 'pension_payment', 'pension_grapa'],
  ddl: `
CREATE TABLE IF NOT EXISTS pension_demand (
  id           INTEGER PRIMARY KEY,
  ssin         TEXT NOT NULL,
  institution  TEXT NOT NULL,
  demand_date  TEXT NOT NULL,
  refusal_date TEXT
);
CREATE INDEX IF NOT EXISTS pension_demand_ssin ON pension_demand(ssin);
CREATE TABLE IF NOT EXISTS pension_right (
  id                       INTEGER PRIMARY KEY,
  ssin                     TEXT NOT NULL,
  institution              TEXT NOT NULL,
  pillar                   TEXT NOT NULL CHECK (pillar IN ('First', 'Second')),
  advantage_code           TEXT NOT NULL,
  periodicity              TEXT NOT NULL,
  pension_file_id          TEXT NOT NULL,
  pension_start            TEXT NOT NULL,
  right_start              TEXT NOT NULL,
  right_close              TEXT,
  pension_type             INTEGER NOT NULL,
  administrative_situation INTEGER NOT NULL,
  employer_type            INTEGER NOT NULL,
  family_charge_type       INTEGER,
  advantage_type           TEXT NOT NULL,
  household_code           INTEGER NOT NULL,
  right_origin             INTEGER NOT NULL,
  index_type               INTEGER NOT NULL,
  ami_tax_code             INTEGER NOT NULL,
  career_years             REAL NOT NULL,
  monthly_amount           REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS pension_right_ssin ON pension_right(ssin);
CREATE TABLE IF NOT EXISTS pension_payment (
  id                    INTEGER PRIMARY KEY,
  right_id              INTEGER NOT NULL,
  ssin                  TEXT NOT NULL,
  reference_start       TEXT NOT NULL,
  reference_end         TEXT NOT NULL,
  holiday               INTEGER NOT NULL DEFAULT 0,
  payment_month         TEXT NOT NULL,
  creation_date         TEXT NOT NULL,
  gross                 REAL NOT NULL,
  precomptable          REAL NOT NULL,
  precompte_percentage  REAL NOT NULL,
  ami_amount            REAL NOT NULL,
  solidarity_amount     REAL NOT NULL,
  solidarity_percentage REAL NOT NULL,
  index_value           REAL NOT NULL,
  dependent_spouse_code TEXT
);
CREATE INDEX IF NOT EXISTS pension_payment_right ON pension_payment(right_id, reference_start);
CREATE TABLE IF NOT EXISTS pension_grapa (
  id             INTEGER PRIMARY KEY,
  ssin           TEXT NOT NULL,
  begin_date     TEXT NOT NULL,
  end_date       TEXT,
  monthly_amount REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS pension_grapa_ssin ON pension_grapa(ssin);`,
};

/** Reads the cadastre. */
export class Pension {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** Whether the cadastre has any file (right or demand) for the person. */
  knows(ssin: string): boolean {
    return this.sql('SELECT 1 FROM pension_right WHERE ssin = ? UNION ALL SELECT 1 FROM pension_demand WHERE ssin = ? LIMIT 1').get(ssin, ssin) !== undefined;
  }

  institution(code: InstitutionCode): PayingInstitution {
    return INSTITUTIONS[code];
  }

  /** The rights that overlap begin..end, the oldest first. */
  rightsBetween(ssin: string, begin: string, end: string): PensionRight[] {
    return this.sql('SELECT * FROM pension_right WHERE ssin = ? AND right_start <= ? AND (right_close IS NULL OR right_close >= ?) ORDER BY right_start, id').all(ssin, end, begin) as PensionRight[];
  }

  /**
   * The demands made by `today` that concern begin..end: still pending (made by `end`) or refused
   * on a day in or after the period. A refusal later than `today` is not known yet (the demand is pending).
   */
  demandsBetween(ssin: string, begin: string, end: string, today: string): PensionDemand[] {
    const rows = this.sql('SELECT * FROM pension_demand WHERE ssin = ? AND demand_date <= ? AND demand_date <= ? ORDER BY demand_date, id').all(ssin, end, today) as PensionDemand[];
    return rows
      .map((d) => (d.refusal_date !== null && d.refusal_date > today ? { ...d, refusal_date: null } : d))
      .filter((d) => d.refusal_date === null || d.refusal_date >= begin);
  }

  /** The payments of a right made by `today` (their payment file created), by reference month. */
  payments(rightId: number, today: string): PensionPayment[] {
    return this.sql('SELECT * FROM pension_payment WHERE right_id = ? AND creation_date <= ? ORDER BY reference_start, reference_end, holiday DESC, payment_month, id').all(rightId, today) as PensionPayment[];
  }

  /** The GRAPA/IGO rights that overlap begin..end (yyyy-mm-dd), the oldest first. */
  grapaRightsBetween(ssin: string, begin: string, end: string): GrapaRight[] {
    return this.sql('SELECT * FROM pension_grapa WHERE ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY begin_date, id').all(ssin, end, begin) as GrapaRight[];
  }
}

/** The source: its tables, its reader, the personas' files and the generated population's. */
export const pensionSource: SourceModule<Pension> = {
  name: 'pension',
  schema: pensionSchema,
  open: (db) => new Pension(db),
  seed: (context: SeedContext) => {
    const w = pensionWriter(context.db);
    writePensionPersonas(w, context.db);
    generatePensions(w, context);
  },
};
