import type { Db, SourceSchema } from './db';

/**
 * The seeded rows kept aside in an attached in-memory database, so that a reset copies them back
 * instead of generating the population again (a copy takes milliseconds, a seed a good part of a
 * second: regression suites reset between cases). The snapshot lives as long as the connection.
 */
const SCHEMA = 'seeded_snapshot';

function attached(db: Db): boolean {
  return (db.prepare('PRAGMA database_list').all() as { name: string }[]).some((d) => d.name === SCHEMA);
}

const tablesOf = (schemas: SourceSchema[]): string[] => schemas.flatMap((s) => s.tables);

/** Keeps a copy of every source table's rows as they are now (just after a seed). */
export function takeSnapshot(db: Db, schemas: SourceSchema[]): void {
  if (!attached(db)) db.exec(`ATTACH DATABASE ':memory:' AS ${SCHEMA}`);
  db.transaction(() => {
    for (const t of tablesOf(schemas)) {
      db.exec(`DROP TABLE IF EXISTS ${SCHEMA}.${t}`);
      db.exec(`CREATE TABLE ${SCHEMA}.${t} AS SELECT * FROM main.${t} ORDER BY rowid`);
    }
  })();
}

/**
 * Puts the snapshot's rows back in place of the current ones, in one transaction; false when
 * there is no snapshot yet (the caller seeds and takes one). A table's rows come back in their
 * seeded order; each schema's tables are listed children first, so they are filled parents first.
 */
export function restoreSnapshot(db: Db, schemas: SourceSchema[]): boolean {
  if (!attached(db)) return false;
  const tables = tablesOf(schemas);
  const kept = new Set((db.prepare(`SELECT name FROM ${SCHEMA}.sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  if (!tables.every((t) => kept.has(t))) return false;
  db.transaction(() => {
    for (const s of [...schemas].reverse()) for (const t of s.tables) db.exec(`DELETE FROM main.${t}`);
    for (const s of schemas) for (const t of [...s.tables].reverse()) db.exec(`INSERT INTO main.${t} SELECT * FROM ${SCHEMA}.${t} ORDER BY rowid`);
  })();
  return true;
}
