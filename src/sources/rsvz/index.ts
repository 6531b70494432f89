import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { CareerPeriod, Contribution } from './model';
import { RsvzWriter } from './writer';
import { writeRsvzPersonas } from './personas';
import { generateSelfEmployed } from './generate';

export * from './model';
export { RsvzWriter } from './writer';

/**
 * RSVZ / INASTI (the national institute for the social security of the self-employed): the
 * self-employed career of a person in periods (activity in main or complementary occupation,
 * assimilated periods, with the social insurance fund) and the social contributions due per
 * quarter with how they were paid. SelfEmployedService (S07) reads it.
 */
export const rsvzSchema: SourceSchema = {
  name: 'rsvz',
  tables: ['rsvz_career_period', 'rsvz_contribution'],
  ddl: `
CREATE TABLE IF NOT EXISTS rsvz_career_period (
  id                 INTEGER PRIMARY KEY,
  ssin               TEXT NOT NULL,
  begin_date         TEXT NOT NULL,
  end_date           TEXT,
  period_type        TEXT NOT NULL,
  occupation         TEXT NOT NULL,
  equivalence_reason TEXT,
  fund_number        TEXT NOT NULL,
  fund_name          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rsvz_career_period_ssin ON rsvz_career_period(ssin);
CREATE TABLE IF NOT EXISTS rsvz_contribution (
  id             INTEGER PRIMARY KEY,
  ssin           TEXT NOT NULL,
  quarter        TEXT NOT NULL,
  occupation     TEXT NOT NULL,
  amount         REAL NOT NULL,
  payment_status TEXT NOT NULL,
  payment_date   TEXT,
  outstanding    REAL
);
CREATE INDEX IF NOT EXISTS rsvz_contribution_ssin ON rsvz_contribution(ssin);`,
};

/** Reads what RSVZ knows of a person. */
export class Rsvz {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** Every career period, the oldest first. */
  careerPeriods(ssin: string): CareerPeriod[] {
    return this.sql('SELECT * FROM rsvz_career_period WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as CareerPeriod[];
  }

  /** Every quarterly contribution, the oldest first. */
  contributions(ssin: string): Contribution[] {
    return this.sql('SELECT * FROM rsvz_contribution WHERE ssin = ? ORDER BY quarter, id').all(ssin) as Contribution[];
  }

  /** Whether RSVZ knows a self-employed career of the person at all. */
  hasCareer(ssin: string): boolean {
    return this.sql('SELECT 1 FROM rsvz_career_period WHERE ssin = ? LIMIT 1').get(ssin) !== undefined;
  }
}

/** The rsvz source: its tables, its reader, and its seed (personas, then part of the generated population). */
export const rsvzSource: SourceModule<Rsvz> = {
  name: 'rsvz',
  schema: rsvzSchema,
  open: (db) => new Rsvz(db),
  seed(context: SeedContext) {
    const w = new RsvzWriter(context.db);
    writeRsvzPersonas(w);
    generateSelfEmployed(w, context);
  },
};
