import type { SeedContext, SourceModule } from '../source';
import { Db, personRows, SourceSchema } from '../../store/db';
import type { KbiCourse, KbiPath } from './model';
import { kbiWriter } from './writer';
import { writeKbiPersonas } from './personas';
import { generateKbi } from './generate';

export * from './model';

/**
 * The KBI (Kruispuntbank Inburgering) of the Agentschap Integratie en Inburgering: newcomers'
 * registrations, the obligation to follow the integration path, the civic orientation and Dutch
 * courses, trajectory counselling and the integration certificate. InburgeringService (F03) reads
 * it. MODELLED: the KBI's real record layout is not public.
 */
export const kbiSchema: SourceSchema = {
  name: 'kbi',
  tables: ['kbi_path', 'kbi_course'],
  ddl: `
CREATE TABLE IF NOT EXISTS kbi_path (
  ssin               TEXT PRIMARY KEY,
  registration_date  TEXT NOT NULL,
  office_name        TEXT NOT NULL,
  office_municipality TEXT NOT NULL,
  obligation         TEXT NOT NULL CHECK (obligation IN ('OBLIGED', 'ENTITLED', 'EXEMPTED')),
  legal_ground       TEXT NOT NULL,
  obligation_since   TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED', 'STOPPED', 'SUSPENDED')),
  counselling_office TEXT,
  counselling_begin  TEXT,
  counselling_end    TEXT,
  certificate_number TEXT,
  certificate_date   TEXT
);
CREATE TABLE IF NOT EXISTS kbi_course (
  id              INTEGER PRIMARY KEY,
  ssin            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('CIVIC_ORIENTATION', 'DUTCH_SECOND_LANGUAGE')),
  provider        TEXT NOT NULL,
  begin_date      TEXT NOT NULL,
  end_date        TEXT,
  course_language TEXT,
  target_level    TEXT,
  result          TEXT NOT NULL CHECK (result IN ('IN_PROGRESS', 'PASSED', 'FAILED', 'STOPPED')),
  test_date       TEXT
);
CREATE INDEX IF NOT EXISTS kbi_course_ssin ON kbi_course(ssin);`,
};

/** Reads a person's integration path in the KBI. */
export class Kbi {
  readonly path: (ssin: string) => KbiPath | undefined;
  /** The courses of the path, the oldest first. */
  readonly courses: (ssin: string) => KbiCourse[];

  constructor(db: Db) {
    const { row, rows } = personRows(db);
    this.path = row<KbiPath>('kbi_path');
    this.courses = rows<KbiCourse>('kbi_course', 'begin_date, id');
  }
}

/** The source: its tables, its reader, the newcomer's path and the generated population's. */
export const kbiSource: SourceModule<Kbi> = {
  name: 'kbi',
  schema: kbiSchema,
  open: (db) => new Kbi(db),
  seed: (context: SeedContext) => {
    const w = kbiWriter(context.db);
    writeKbiPersonas(w);
    generateKbi(w, context);
  },
};
