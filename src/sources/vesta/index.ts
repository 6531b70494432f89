import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { CareService, VestaCareFile } from './model';
import { vestaWriter } from './writer';
import { writeVestaPersonas } from './personas';
import { generateVesta } from './generate';

export * from './model';

/**
 * VESTA, the registration platform of the Flemish family and home care (gezinszorg en aanvullende
 * thuiszorg, Agentschap Zorg en Gezondheid): the care files each recognised provider keeps of a
 * person. VestaService (F02) reads it. MODELLED: VESTA's real record layout is not public.
 */
export const vestaSchema: SourceSchema = {
  name: 'vesta',
  tables: ['vesta_care_file'],
  ddl: `
CREATE TABLE IF NOT EXISTS vesta_care_file (
  id                    INTEGER PRIMARY KEY,
  ssin                  TEXT NOT NULL,
  care_service          TEXT NOT NULL,
  provider_cbe          TEXT NOT NULL,
  provider_name         TEXT NOT NULL,
  provider_municipality TEXT NOT NULL,
  file_number           TEXT NOT NULL,
  begin_date            TEXT NOT NULL,
  end_date              TEXT,
  status                TEXT NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
  hours_per_month       REAL,
  hourly_contribution   REAL,
  yearly_budget         REAL,
  last_care_date        TEXT,
  closing_reason        TEXT
);
CREATE INDEX IF NOT EXISTS vesta_care_file_ssin ON vesta_care_file(ssin, care_service);`,
};

/** Reads a person's care files in VESTA. */
export class Vesta {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** The person's files of one service that overlap begin..end (none: every file), the oldest first. */
  careFiles(ssin: string, service: CareService, period?: { begin: string; end: string }): VestaCareFile[] {
    const begin = period?.begin ?? '0000-01-01';
    const end = period?.end ?? '9999-12-31';
    return this.sql('SELECT * FROM vesta_care_file WHERE ssin = ? AND care_service = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY begin_date, id').all(ssin, service, end, begin) as VestaCareFile[];
  }
}

/** The source: its table, its reader, the personas' files and the generated population's. */
export const vestaSource: SourceModule<Vesta> = {
  name: 'vesta',
  schema: vestaSchema,
  open: (db) => new Vesta(db),
  seed: (context: SeedContext) => {
    const w = vestaWriter(context.db);
    writeVestaPersonas(w);
    generateVesta(w, context);
  },
};
