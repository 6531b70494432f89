import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { JobseekerRegistration } from './model';
import { employmentWriter } from './writer';
import { writeEmploymentPersonas } from './personas';
import { generateEmployment } from './generate';

export * from './model';
export * from './services';

/**
 * The regional public employment services VDAB, FOREM, ACTIRIS and ADG: who is registered as a
 * job seeker, where, in which category, from when to when. Jobseeker (S17) reads it. Seeded after
 * RR and RVA: a registration follows each unemployment right (generate.ts).
 */
export const employmentSchema: SourceSchema = {
  name: 'employment',
  tables: ['employment_registration'],
  ddl: `
CREATE TABLE IF NOT EXISTS employment_registration (
  id         INTEGER PRIMARY KEY,
  ssin       TEXT NOT NULL,
  service    TEXT NOT NULL CHECK (service IN ('VDAB', 'FOREM', 'ACTIRIS', 'ADG')),
  category   TEXT NOT NULL,
  begin_date TEXT NOT NULL,
  end_date   TEXT,
  nis_code   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS employment_registration_ssin ON employment_registration(ssin);`,
};

/** Reads a person's registrations. */
export class Employment {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** Every registration of the person, the oldest first. */
  registrations(ssin: string): JobseekerRegistration[] {
    return this.sql('SELECT * FROM employment_registration WHERE ssin = ? ORDER BY begin_date, id').all(ssin) as JobseekerRegistration[];
  }
}

/** The source: its table, its reader, the personas' registrations and those of the population. */
export const employmentSource: SourceModule<Employment> = {
  name: 'employment',
  schema: employmentSchema,
  open: (db) => new Employment(db),
  seed: (context: SeedContext) => {
    const w = employmentWriter(context.db);
    writeEmploymentPersonas(w);
    generateEmployment(w, context);
  },
};
