import pino from 'pino';
import { Config } from './config';
import { Clock } from './clock';
import { applySchemas, clearTables, Db, getMeta, openDatabase, setMeta, SourceSchema } from './store/db';
import { Directory, directorySchema } from './sources/directory';
import { Authorizations, authorizationsSchema } from './sources/authorizations';
import { Repertory, repertorySchema } from './sources/repertory';
import { NationalRegister, rrSchema } from './sources/rr';
import { BisRegister, bisSchema } from './sources/bis';
import { Persons } from './sources/persons';
import { Rsz, rszSchema } from './sources/rsz';
import { Rva, rvaSchema } from './sources/rva';
import { auditSchema, Journal } from './pipeline/audit';
import { mutationsSchema } from './sources/mutations';
import { bisContactSchema } from './sources/bis-writes';
import { seedDatabase } from '../fixtures/seed';

/**
 * Bump when a table changes shape: an existing database of another version is rebuilt (its data is
 * seeded data, re-created from the seed; CREATE TABLE IF NOT EXISTS alone would keep old columns).
 */
export const SCHEMA_VERSION = 5;

/** Every table the emulator owns, source by source. */
export const SCHEMAS: SourceSchema[] = [
  directorySchema,
  authorizationsSchema,
  repertorySchema,
  rrSchema,
  bisSchema,
  rszSchema,
  rvaSchema,
  bisContactSchema,
  mutationsSchema,
  auditSchema,
];

/** One running emulator: its configuration, database, clock and the data access of each source. */
export interface AppContext {
  config: Config;
  db: Db;
  clock: Clock;
  log: pino.Logger;
  directory: Directory;
  authorizations: Authorizations;
  repertory: Repertory;
  rr: NationalRegister;
  bis: BisRegister;
  persons: Persons;
  rsz: Rsz;
  rva: Rva;
  journal: Journal;
  /** Restores the seeded state (POST /_admin/reset). */
  reset(): void;
  close(): void;
}

export function createAppContext(config: Config): AppContext {
  const db = openDatabase(config.dataDir);
  rebuildIfOutdated(db);
  applySchemas(db, SCHEMAS);
  const log = pino({ level: config.logLevel, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });

  const seedKey = `${SCHEMA_VERSION}/${config.seed}/${config.population}`;
  const seed = () =>
    db.transaction(() => {
      clearTables(db, SCHEMAS);
      seedDatabase(db, { seed: config.seed, population: config.population });
      setMeta(db, 'seeded', seedKey);
    })();
  if (getMeta(db, 'seeded') !== seedKey) {
    const started = Date.now();
    seed();
    log.info({ seed: config.seed, population: config.population, ms: Date.now() - started }, 'database seeded');
  }

  const rr = new NationalRegister(db);
  const bis = new BisRegister(db);
  const clock = new Clock();
  return {
    config,
    db,
    clock,
    log,
    directory: new Directory(db),
    authorizations: new Authorizations(db),
    repertory: new Repertory(db),
    rr,
    bis,
    persons: new Persons(rr, bis),
    rsz: new Rsz(db),
    rva: new Rva(db),
    journal: new Journal(db),
    reset() {
      seed();
      clock.reset();
    },
    close() {
      db.close();
    },
  };
}

function rebuildIfOutdated(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  if (getMeta(db, 'schema') === String(SCHEMA_VERSION)) return;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta'").all() as { name: string }[];
  db.pragma('foreign_keys = OFF');
  for (const t of tables) db.exec(`DROP TABLE IF EXISTS "${t.name}"`);
  db.pragma('foreign_keys = ON');
  db.exec('DELETE FROM meta');
  setMeta(db, 'schema', String(SCHEMA_VERSION));
}
