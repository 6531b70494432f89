import Database from 'better-sqlite3';
import * as fs from 'fs';
import * as path from 'path';

export type Db = Database.Database;

/** The database file inside a data directory. */
export const DB_FILE = 'ksz-emulator.db';

/** One SQL schema per authentic source; each module under src/sources/ contributes its own. */
export interface SourceSchema {
  name: string;
  /** CREATE TABLE IF NOT EXISTS ... statements. */
  ddl: string;
  /** The tables it owns, in an order that can be emptied safely. */
  tables: string[];
}

/** Opens (and creates) the emulator database in WAL mode. ':memory:' gives a private in-memory one. */
export function openDatabase(dataDir: string): Db {
  let db: Db;
  if (dataDir === ':memory:') {
    db = new Database(':memory:');
  } else {
    fs.mkdirSync(dataDir, { recursive: true });
    db = new Database(path.join(dataDir, DB_FILE));
    db.pragma('journal_mode = WAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}

export function applySchemas(db: Db, schemas: SourceSchema[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  for (const s of schemas) db.exec(s.ddl);
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Empties every source table (foreign keys off while doing so). */
export function clearTables(db: Db, schemas: SourceSchema[]): void {
  db.pragma('foreign_keys = OFF');
  try {
    for (const s of [...schemas].reverse()) for (const t of s.tables) db.exec(`DELETE FROM ${t}`);
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

const statementsByDb = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * Prepares each SQL text once per database: better-sqlite3's prepare() costs more than most of the
 * queries it prepares, and the sources ask the same few questions on every request. The statements
 * belong to the database, so a source built per request (BisWrites) reuses them too.
 */
export function statementCache(db: Db): (sql: string) => Database.Statement {
  const statements = statementsByDb.get(db) ?? new Map<string, Database.Statement>();
  statementsByDb.set(db, statements);
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}

/**
 * The readers of one person's rows in a source's table, keyed by her SSIN (or another column):
 * `const { rows, row } = personRows(db); rows<RvaRight>('rva_right', 'begin_date, id')` gives a
 * function from an SSIN to her rows in that order, `row<RrPerson>('rr_person')` one to her row.
 */
export function personRows(db: Db) {
  const sql = statementCache(db);
  return {
    rows<T>(table: string, orderBy: string, column = 'ssin'): (key: string) => T[] {
      const text = `SELECT * FROM ${table} WHERE ${column} = ? ORDER BY ${orderBy}`;
      return (key) => sql(text).all(key) as T[];
    },
    row<T>(table: string, column = 'ssin'): (key: string) => T | undefined {
      const text = `SELECT * FROM ${table} WHERE ${column} = ?`;
      return (key) => sql(text).get(key) as T | undefined;
    },
  };
}

/**
 * A writer of one table's rows: its INSERT is prepared once and each call writes one row; the
 * columns are checked against the row type.
 */
export function rowWriter<Row extends object>(db: Db, table: string, columns: readonly (keyof Row & string)[]): (row: Row) => void {
  const statement = insertInto(db)(table, columns);
  return (row) => void statement.run(row);
}

/**
 * Prepares the INSERTs a seed writer uses: insert(table, columns) binds each column by name
 * (@column) from the row object given to run().
 */
export function insertInto(db: Db): (table: string, columns: readonly string[]) => Database.Statement {
  return (table, columns) => db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`);
}
