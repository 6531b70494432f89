import type { SourceModule } from '../source';
import { writeBisPersonas } from './personas';
import { Db, personRows, SourceSchema, statementCache } from '../../store/db';

/**
 * The KSZ BIS register: persons known to social security but not (or not yet) in the National
 * Register, identified by a BIS number (month + 20 or + 40). Kept apart from the RR, as at KSZ.
 */
export const bisSchema: SourceSchema = {
  name: 'bis',
  tables: ['bis_person'],
  ddl: `
CREATE TABLE IF NOT EXISTS bis_person (
  ssin          TEXT PRIMARY KEY,
  last_name     TEXT NOT NULL,
  phonetic      TEXT NOT NULL,
  first_name    TEXT NOT NULL,
  birth_date    TEXT NOT NULL,
  gender        INTEGER,
  nationality   INTEGER NOT NULL,
  birth_place   TEXT,
  birth_country INTEGER,
  decease_date  TEXT,
  status        TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'REPLACED', 'CANCELED')),
  replaced_by   TEXT,
  country       INTEGER NOT NULL,
  postal_code   TEXT,
  municipality  TEXT,
  street        TEXT,
  house_number  TEXT,
  created       TEXT NOT NULL,
  updated       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bis_person_phonetic ON bis_person(phonetic);`,
};

export interface BisPerson {
  ssin: string;
  last_name: string;
  /** phoneticKey(last_name), for phonetic searches. */
  phonetic: string;
  first_name: string;
  birth_date: string;
  gender: number | null;
  nationality: number;
  birth_place: string | null;
  birth_country: number | null;
  decease_date: string | null;
  status: 'ACTIVE' | 'REPLACED' | 'CANCELED';
  replaced_by: string | null;
  country: number;
  postal_code: string | null;
  municipality: string | null;
  street: string | null;
  house_number: string | null;
  created: string;
  updated: string;
}

export class BisRegister {
  private readonly sql;
  readonly person;
  /** Persons whose last name sounds like the given phonetic key. */
  readonly byPhonetic;

  constructor(db: Db) {
    this.sql = statementCache(db);
    const { rows, row } = personRows(db);
    this.person = row<BisPerson>('bis_person');
    this.byPhonetic = rows<BisPerson>('bis_person', 'ssin', 'phonetic');
  }

  count(): number {
    return (this.sql('SELECT COUNT(*) AS n FROM bis_person').get() as { n: number }).n;
  }
}

/** The bis source: its tables and its access on one database. */
export const bisSource: SourceModule<BisRegister> = {
  name: 'bis',
  schema: bisSchema,
  open: (db) => new BisRegister(db),
  personas: writeBisPersonas,
};
