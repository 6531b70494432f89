import type { SeedContext, SourceModule } from '../source';
import { Db, rowWriter, SourceSchema, statementCache } from '../../store/db';
import type { HolidayAttest } from './model';
import { deriveAttests } from './derive';

export * from './model';
export * from './rules';

/**
 * RJV / ONVA (Rijksdienst voor Jaarlijkse Vakantie / Office national des vacances annuelles): the
 * holiday attests of blue-collar workers, whose holiday pay RJV pays (white-collar workers get
 * theirs from the employer). HolidayAttestationService (S19) reads them. A derived table: the
 * seed computes every attest from RSZ's DmfA (so it is registered after rsz), none is drawn at
 * random, and the personas' attests follow from their DmfA quarters.
 */
export const rjvSchema: SourceSchema = {
  name: 'rjv',
  tables: ['rjv_attest'],
  ddl: `
CREATE TABLE IF NOT EXISTS rjv_attest (
  id             INTEGER PRIMARY KEY,
  ssin           TEXT NOT NULL,
  attest_number  TEXT NOT NULL UNIQUE,
  holiday_year   INTEGER NOT NULL,
  reference_year INTEGER NOT NULL,
  regime         TEXT NOT NULL CHECK (regime IN ('FULL_TIME', 'PART_TIME')),
  days_worked    INTEGER NOT NULL,
  gross_wages    REAL NOT NULL,
  holiday_days   INTEGER NOT NULL,
  single_pay     REAL NOT NULL,
  double_pay     REAL NOT NULL,
  creation_date  TEXT NOT NULL,
  payment_date   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rjv_attest_ssin ON rjv_attest(ssin);`,
};

const COLUMNS = ['ssin', 'attest_number', 'holiday_year', 'reference_year', 'regime', 'days_worked', 'gross_wages', 'holiday_days', 'single_pay', 'double_pay', 'creation_date', 'payment_date'] as const;

/** Reads a person's holiday attests. */
export class Rjv {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** The attests made by `today` (yyyy-mm-dd), the oldest holiday year first. */
  attests(ssin: string, today: string): HolidayAttest[] {
    return this.sql('SELECT * FROM rjv_attest WHERE ssin = ? AND creation_date <= ? ORDER BY holiday_year, id').all(ssin, today) as HolidayAttest[];
  }
}

export const rjvSource: SourceModule<Rjv> = {
  name: 'rjv',
  schema: rjvSchema,
  open: (db) => new Rjv(db),
  seed: ({ db }: SeedContext) => {
    const write = rowWriter<Omit<HolidayAttest, 'id'>>(db, 'rjv_attest', COLUMNS);
    for (const attest of deriveAttests(db)) write(attest);
  },
};
