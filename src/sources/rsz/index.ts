import type { SeedContext, SourceModule } from '../source';
import { writeRszPersonas } from './personas';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { DmfaQuarter, Employer, Employment } from './model';
import { seedEmployersAndDmfa } from './generate';
import { Limosa, LIMOSA_DDL } from './limosa';
import { writeLimosaPersonas } from './limosa-personas';
import type { SeedWriter } from '../../../fixtures/builder';

export type { DmfaQuarter, Employer, Employment } from './model';

/**
 * RSZ / ONSS: Dimona employment periods per worker and employer, the employer repertory (every
 * employer in Dimona), the DmfA quarters of each employment (Dolsis S01-S03 read them) and Limosa:
 * postings to Belgium and their posting documents (S05, S06; the personas' only).
 */
export const rszSchema: SourceSchema = {
  name: 'rsz',
  tables: ['rsz_employment', 'rsz_employer', 'rsz_dmfa', 'rsz_limosa', 'rsz_posting_document'],
  ddl: `
CREATE TABLE IF NOT EXISTS rsz_employment (
  id               INTEGER PRIMARY KEY,
  ssin             TEXT NOT NULL,
  employer_cbe     TEXT NOT NULL,
  employer_name    TEXT NOT NULL,
  noss_number      TEXT NOT NULL,
  begin_date       TEXT NOT NULL,
  end_date         TEXT,
  worker_type      TEXT NOT NULL,
  joint_committee  TEXT NOT NULL,
  work_regime      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rsz_employment_ssin ON rsz_employment(ssin);
CREATE TABLE IF NOT EXISTS rsz_employer (
  noss_number       TEXT PRIMARY KEY,
  cbe_number        TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  legal_form        TEXT NOT NULL,
  street            TEXT NOT NULL,
  house_number      TEXT NOT NULL,
  postal_code       TEXT NOT NULL,
  municipality      TEXT NOT NULL,
  joint_committee   TEXT NOT NULL,
  nace_code         TEXT NOT NULL,
  registration_date TEXT NOT NULL,
  owner_ssin        TEXT
);
CREATE INDEX IF NOT EXISTS rsz_employer_owner ON rsz_employer(owner_ssin);
CREATE TABLE IF NOT EXISTS rsz_dmfa (
  id                    INTEGER PRIMARY KEY,
  ssin                  TEXT NOT NULL,
  noss_number           TEXT NOT NULL,
  employment_id         INTEGER NOT NULL,
  quarter               TEXT NOT NULL,
  worker_code           TEXT NOT NULL,
  days                  INTEGER NOT NULL,
  wage_amount           REAL NOT NULL,
  working_time_fraction REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS rsz_dmfa_ssin ON rsz_dmfa(ssin, noss_number);${LIMOSA_DDL}`,
};

export class Rsz {
  private readonly sql;
  /** Limosa declarations and posting documents (S05, S06). */
  readonly limosa: Limosa;

  constructor(db: Db) {
    this.sql = statementCache(db);
    this.limosa = new Limosa(db);
  }

  employments(ssin: string): Employment[] {
    return this.sql('SELECT * FROM rsz_employment WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as Employment[];
  }

  employerByNoss(noss: string): Employer | undefined {
    return this.sql('SELECT * FROM rsz_employer WHERE noss_number = ?').get(noss) as Employer | undefined;
  }

  employerByCbe(cbe: string): Employer | undefined {
    return this.sql('SELECT * FROM rsz_employer WHERE cbe_number = ?').get(cbe) as Employer | undefined;
  }

  /** The employer a natural person is (a one-person business registered at RSZ). */
  employerOwnedBy(ssin: string): Employer | undefined {
    return this.sql('SELECT * FROM rsz_employer WHERE owner_ssin = ?').get(ssin) as Employer | undefined;
  }

  /** The DmfA quarters one employer declared for one worker, oldest first. */
  dmfa(ssin: string, noss: string): DmfaQuarter[] {
    return this.sql('SELECT * FROM rsz_dmfa WHERE ssin = ? AND noss_number = ? ORDER BY quarter, id').all(ssin, noss) as DmfaQuarter[];
  }
}

/** The rsz source: its tables, its access on one database, its personas and its seed. */
export const rszSource: SourceModule<Rsz> = {
  name: 'rsz',
  schema: rszSchema,
  open: (db) => new Rsz(db),
  personas: (w: SeedWriter) => {
    writeRszPersonas(w);
    writeLimosaPersonas(w.db);
  },
  seed: (context: SeedContext) => seedEmployersAndDmfa(context),
};
