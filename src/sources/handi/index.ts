import type { SeedContext, SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import type { HandiCard, HandiFile, HandiPayment, HandiRecognition, HandiRequest, HandiRight, HandiSource } from './model';
import { handiWriter } from './writer';
import { writeHandiPersonas } from './personas';
import { generateHandi } from './generate';

export * from './model';

/**
 * The disability administrations: the federal DGPH (Directorate-General Persons with a Disability:
 * requests, medical recognitions of adults and children, the ARR/IT and APA allowances, the parking
 * and reduction cards, payments) and the Flemish VSB (Vlaamse sociale bescherming: the care budget
 * for people with a disability, its requests and payments). HandiService (S12) reads both. Amounts
 * are euro per month; dates yyyy-mm-dd, an end_date NULL is open.
 */
export const handiSchema: SourceSchema = {
  name: 'handi',
  tables: ['handi_request', 'handi_recognition', 'handi_right', 'handi_card', 'handi_payment'],
  ddl: `
CREATE TABLE IF NOT EXISTS handi_request (
  id              INTEGER PRIMARY KEY,
  ssin            TEXT NOT NULL,
  source          TEXT NOT NULL CHECK (source IN ('DGPH', 'VSB')),
  legislation     INTEGER NOT NULL,
  request_date    TEXT NOT NULL,
  completion_date TEXT,
  decision_date   TEXT,
  appeal          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS handi_request_ssin ON handi_request(ssin);
CREATE TABLE IF NOT EXISTS handi_recognition (
  id                    INTEGER PRIMARY KEY,
  ssin                  TEXT NOT NULL,
  decision_date         TEXT NOT NULL,
  begin_date            TEXT NOT NULL,
  end_date              TEXT,
  kind                  TEXT NOT NULL CHECK (kind IN ('ADULT', 'CHILD')),
  lower_limbs_50p       INTEGER NOT NULL,
  full_blindness        INTEGER NOT NULL,
  upper_limbs_amputated INTEGER NOT NULL,
  upper_limbs_paralyzed INTEGER NOT NULL,
  mobility INTEGER, nourishment INTEGER, hygiene INTEGER, household INTEGER, supervision INTEGER, social_skills INTEGER,
  reduced_earnings INTEGER,
  pillar1 INTEGER, pillar2 INTEGER, pillar3 INTEGER
);
CREATE INDEX IF NOT EXISTS handi_recognition_ssin ON handi_recognition(ssin);
CREATE TABLE IF NOT EXISTS handi_right (
  id                 INTEGER PRIMARY KEY,
  ssin               TEXT NOT NULL,
  source             TEXT NOT NULL CHECK (source IN ('DGPH', 'VSB')),
  begin_date         TEXT NOT NULL,
  end_date           TEXT,
  legislation        INTEGER NOT NULL,
  total_month_amount REAL NOT NULL,
  month_amount       REAL NOT NULL,
  category_ivt       TEXT NOT NULL,
  category_it        INTEGER NOT NULL,
  partner_income     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS handi_right_ssin ON handi_right(ssin);
CREATE TABLE IF NOT EXISTS handi_card (
  id            INTEGER PRIMARY KEY,
  ssin          TEXT NOT NULL,
  delivery_date TEXT NOT NULL,
  end_date      TEXT,
  card_number   TEXT NOT NULL,
  category      TEXT NOT NULL CHECK (category IN ('PARKINGCARD', 'REDUCTIONCARD'))
);
CREATE INDEX IF NOT EXISTS handi_card_ssin ON handi_card(ssin);
CREATE TABLE IF NOT EXISTS handi_payment (
  id        INTEGER PRIMARY KEY,
  ssin      TEXT NOT NULL,
  source    TEXT NOT NULL CHECK (source IN ('DGPH', 'VSB')),
  month     TEXT NOT NULL,
  amount    REAL NOT NULL,
  cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS handi_payment_ssin ON handi_payment(ssin);`,
};

const AT = 'ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?)';

/** Reads what the DGPH and VSB know of a person. */
export class Handi {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** Whether the administration has any file for the person. */
  knows(ssin: string, source: HandiSource): boolean {
    return this.sql('SELECT 1 FROM handi_request WHERE ssin = ? AND source = ? LIMIT 1').get(ssin, source) !== undefined;
  }

  /** The file as it stood on a day: the last request made by then, the recognitions, right and cards in force. */
  fileAt(ssin: string, source: HandiSource, day: string): HandiFile {
    const request = this.sql('SELECT * FROM handi_request WHERE ssin = ? AND source = ? AND request_date <= ? ORDER BY request_date DESC, id DESC LIMIT 1').get(ssin, source, day) as HandiRequest | undefined;
    const dgph = source === 'DGPH';
    return {
      request,
      recognitions: dgph ? (this.sql(`SELECT * FROM handi_recognition WHERE ${AT} AND decision_date <= ? ORDER BY begin_date, id`).all(ssin, day, day, day) as HandiRecognition[]) : [],
      right: this.sql(`SELECT * FROM handi_right WHERE ${AT} AND source = ? ORDER BY begin_date DESC LIMIT 1`).get(ssin, day, day, source) as HandiRight | undefined,
      cards: dgph ? (this.sql('SELECT * FROM handi_card WHERE ssin = ? AND delivery_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY delivery_date, id').all(ssin, day, day) as HandiCard[]) : [],
    };
  }

  /** Every right the person had at an administration, the oldest first. */
  rights(ssin: string, source: HandiSource): HandiRight[] {
    return this.sql('SELECT * FROM handi_right WHERE ssin = ? AND source = ? ORDER BY begin_date, id').all(ssin, source) as HandiRight[];
  }

  /** The rights of any administration that overlap begin..end. */
  rightsBetween(ssin: string, begin: string, end: string): HandiRight[] {
    return this.sql('SELECT * FROM handi_right WHERE ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY begin_date, id').all(ssin, end, begin) as HandiRight[];
  }

  /** The payments of the months from..until (yyyy-mm), the oldest first. */
  payments(ssin: string, source: HandiSource, from: string, until: string): HandiPayment[] {
    return this.sql('SELECT * FROM handi_payment WHERE ssin = ? AND source = ? AND month BETWEEN ? AND ? ORDER BY month, id').all(ssin, source, from, until) as HandiPayment[];
  }
}

/** The source: its tables, its reader, the personas' files and the generated population's. */
export const handiSource: SourceModule<Handi> = {
  name: 'handi',
  schema: handiSchema,
  open: (db) => new Handi(db),
  seed: (context: SeedContext) => {
    const w = handiWriter(context.db);
    writeHandiPersonas(w);
    generateHandi(w, context);
  },
};
