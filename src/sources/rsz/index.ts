import type { SourceModule } from '../source';
import { writeRszPersonas } from './personas';
import { Db, SourceSchema, statementCache } from '../../store/db';

/** RSZ / ONSS: Dimona employment periods per worker and employer (Dolsis S01-S03 read them later). */
export const rszSchema: SourceSchema = {
  name: 'rsz',
  tables: ['rsz_employment'],
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
CREATE INDEX IF NOT EXISTS rsz_employment_ssin ON rsz_employment(ssin);`,
};

export interface Employment {
  id: number;
  ssin: string;
  employer_cbe: string;
  employer_name: string;
  noss_number: string;
  begin_date: string;
  end_date: string | null;
  /** Dimona worker type: OTH (ordinary), STU (student), IVT (interim), ... */
  worker_type: string;
  joint_committee: string;
  /** FULL_TIME or PART_TIME */
  work_regime: string;
}

export class Rsz {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  employments(ssin: string): Employment[] {
    return this.sql('SELECT * FROM rsz_employment WHERE ssin = ? ORDER BY begin_date').all(ssin) as Employment[];
  }
}

/** The rsz source: its tables and its access on one database. */
export const rszSource: SourceModule<Rsz> = {
  name: 'rsz',
  schema: rszSchema,
  open: (db) => new Rsz(db),
  personas: writeRszPersonas,
};
