import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';

/**
 * The KSZ mutation log: one row per change of a person's data in a KSZ register (e.g. a new
 * address in the BIS register, R12). The notification flows (N rows of SERVICES.md) will read it
 * to tell the organisations that have the person integrated (security.md §5, §6.4).
 */
export const mutationsSchema: SourceSchema = {
  name: 'mutations',
  tables: ['ksz_mutation'],
  ddl: `
CREATE TABLE IF NOT EXISTS ksz_mutation (
  id       INTEGER PRIMARY KEY,
  ssin     TEXT NOT NULL,
  kind     TEXT NOT NULL,
  source   TEXT NOT NULL,
  at       TEXT NOT NULL,
  details  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ksz_mutation_ssin ON ksz_mutation(ssin);`,
};

/** What changed (security.md §6.1 notification_outbox.mutation_type). */
export type MutationKind = 'ADDRESS' | 'CONTACT_DATA';

export interface Mutation {
  id: number;
  ssin: string;
  kind: MutationKind;
  /** The register that changed: BIS for the KSZ BIS register. */
  source: string;
  /** ISO timestamp on the emulator's clock. */
  at: string;
  /** JSON: the new values. */
  details: string;
}

const applied = new WeakMap<Db, Set<string>>();

/**
 * Creates a schema's tables on first use. The schemas of this module and of bis-writes.ts are
 * not (yet) in app.ts's SCHEMAS list; this keeps them working either way (CREATE IF NOT EXISTS).
 */
export function ensureSchema(db: Db, schema: SourceSchema): void {
  let done = applied.get(db);
  if (!done) applied.set(db, (done = new Set()));
  if (done.has(schema.name)) return;
  db.exec(schema.ddl);
  done.add(schema.name);
}

export class Mutations {
  private readonly sql;

  constructor(db: Db) {
    ensureSchema(db, mutationsSchema);
    this.sql = statementCache(db);
  }

  record(m: Omit<Mutation, 'id'>): Mutation {
    const info = this.sql('INSERT INTO ksz_mutation (ssin, kind, source, at, details) VALUES (@ssin, @kind, @source, @at, @details)').run(m);
    return { ...m, id: Number(info.lastInsertRowid) };
  }

  /** A person's mutations, oldest first. */
  forSsin(ssin: string): Mutation[] {
    return this.sql('SELECT * FROM ksz_mutation WHERE ssin = ? ORDER BY id').all(ssin) as Mutation[];
  }
}

/** The mutations source: its tables and its access on one database. */
export const mutationsSource: SourceModule<Mutations> = {
  name: 'mutations',
  schema: mutationsSchema,
  open: (db) => new Mutations(db),
};
