import type { SourceModule } from '../source';
import { writeRepertoryPersonas } from './personas';
import { Db, SourceSchema, statementCache } from '../../store/db';

/**
 * The KSZ persons repertory ("who-where-how-when", security.md §2.1): which organisation has
 * integrated which SSIN, in which quality, for which period, in which register
 * (PRIMARY = KSZ, SECONDARY = the sectoral OCMW repertory, keyed by the municipality's NIS code).
 * ManageAccess (R02) writes it; finality checks read it.
 */
export const repertorySchema: SourceSchema = {
  name: 'repertory',
  tables: ['ksz_inscription'],
  ddl: `
CREATE TABLE IF NOT EXISTS ksz_inscription (
  id            INTEGER PRIMARY KEY,
  ssin          TEXT NOT NULL,
  sector        INTEGER NOT NULL,
  sub_sector    INTEGER NOT NULL,
  cbe_number    TEXT NOT NULL,
  nis_code      TEXT NOT NULL,
  quality_code  INTEGER NOT NULL,
  phase         INTEGER NOT NULL DEFAULT 0,
  begin_date    TEXT NOT NULL,
  end_date      TEXT,
  register      TEXT NOT NULL CHECK (register IN ('PRIMARY', 'SECONDARY')),
  last_modified TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ksz_inscription_ssin ON ksz_inscription(ssin);`,
};

export interface Inscription {
  id: number;
  ssin: string;
  sector: number;
  sub_sector: number;
  cbe_number: string;
  nis_code: string;
  quality_code: number;
  phase: number;
  begin_date: string;
  end_date: string | null;
  register: 'PRIMARY' | 'SECONDARY';
  last_modified: string;
}

export type NewInscription = Omit<Inscription, 'id'>;

/** True when [b1, e1] and [b2, e2] share at least one day (null end = open). */
export function periodsOverlap(b1: string, e1: string | null, b2: string, e2: string | null): boolean {
  return (e2 === null || b1 <= e2) && (e1 === null || b2 <= e1);
}

export type Register = Inscription['register'];

/** What Repertory.find selects; every field given narrows the search. */
export interface InscriptionFilter {
  ssin: string;
  sector?: number;
  cbeNumber?: string;
  qualityCode?: number;
  registers?: Register[];
  /** Only inscriptions sharing at least one day with [begin, end] (null end = open). */
  overlapping?: { begin: string; end: string | null };
}

export class Repertory {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  /** Runs fn in one SQLite transaction: every write inside commits together or not at all. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Inscriptions of one SSIN, ordered by register (PRIMARY first), begin date and id. */
  find(f: InscriptionFilter): Inscription[] {
    const where = ['ssin = @ssin'];
    const params: Record<string, string | number> = { ssin: f.ssin };
    const narrow = (column: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(`${column} = @${column}`);
      params[column] = value;
    };
    narrow('sector', f.sector);
    narrow('cbe_number', f.cbeNumber);
    narrow('quality_code', f.qualityCode);
    const rows = this.sql(`SELECT * FROM ksz_inscription WHERE ${where.join(' AND ')} ORDER BY register, begin_date, id`)
      .all(params) as Inscription[];
    return rows.filter(
      (i) =>
        (!f.registers || f.registers.includes(i.register)) &&
        (!f.overlapping || periodsOverlap(i.begin_date, i.end_date, f.overlapping.begin, f.overlapping.end)),
    );
  }

  forSsin(ssin: string): Inscription[] {
    return this.sql('SELECT * FROM ksz_inscription WHERE ssin = ? ORDER BY begin_date, id')
      .all(ssin) as Inscription[];
  }

  insert(i: NewInscription): Inscription {
    const info = this.sql(
        `INSERT INTO ksz_inscription (ssin, sector, sub_sector, cbe_number, nis_code, quality_code, phase, begin_date, end_date, register, last_modified)
         VALUES (@ssin, @sector, @sub_sector, @cbe_number, @nis_code, @quality_code, @phase, @begin_date, @end_date, @register, @last_modified)`,
      )
      .run(i);
    return { ...i, id: Number(info.lastInsertRowid) };
  }

  update(id: number, fields: Pick<Inscription, 'begin_date' | 'end_date' | 'last_modified'>): void {
    this.sql('UPDATE ksz_inscription SET begin_date = @begin_date, end_date = @end_date, last_modified = @last_modified WHERE id = @id')
      .run({ ...fields, id });
  }

  remove(id: number): void {
    this.sql('DELETE FROM ksz_inscription WHERE id = ?').run(id);
  }

  /** Inscriptions of this SSIN by this organisation that cover the given date. */
  activeFor(ssin: string, cbe: string, date: string): Inscription[] {
    return this.forSsin(ssin).filter((i) => i.cbe_number === cbe && periodsOverlap(i.begin_date, i.end_date, date, date));
  }

  count(): number {
    return (this.sql('SELECT COUNT(*) AS n FROM ksz_inscription').get() as { n: number }).n;
  }
}

/** The repertory source: its tables and its access on one database. */
export const repertorySource: SourceModule<Repertory> = {
  name: 'repertory',
  schema: repertorySchema,
  open: (db) => new Repertory(db),
  personas: writeRepertoryPersonas,
};
