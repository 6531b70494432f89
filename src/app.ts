import pino from 'pino';
import { Config } from './config';
import { Clock } from './clock';
import { applySchemas, clearTables, Db, getMeta, openDatabase, setMeta, SourceSchema } from './store/db';
import { auditSchema, Journal } from './pipeline/audit';
import { openSources, SOURCE_NAMES, SOURCES, sourceSchemas, SourceAccess } from './sources/registry';
import type { SourceModule } from './sources/source';
import { seedDatabase } from '../fixtures/seed';
import { dataVersion } from './store/version';
import { resetHooks } from './lifecycle';
import { clearOutbox } from './notifications/batch-outbox';
import { Faults } from './faults/rules';
import { restoreSnapshot, takeSnapshot } from './store/snapshot';

/** Every table the emulator owns: each source's, then the exchange journal. */
export const SCHEMAS: SourceSchema[] = [...sourceSchemas(), auditSchema];

/**
 * One running emulator: its configuration, database, clock, the journal and every source opened on
 * its database (also reachable by name on the context, e.g. `app.directory`, for the admin routes
 * and the pipeline; handlers get only the sources their service declares).
 */
export type AppContext = SourceAccess & {
  config: Config;
  db: Db;
  clock: Clock;
  log: pino.Logger;
  sources: SourceAccess;
  journal: Journal;
  /** Injected faults (PUT /_admin/faults). */
  faults: Faults;
  /** Restores the seeded state (POST /_admin/reset). */
  reset(): void;
  close(): void;
};

export function createAppContext(config: Config): AppContext {
  const db = openDatabase(config.dataDir);
  const version = dataVersion(SCHEMAS);
  rebuildIfOutdated(db, version);
  applySchemas(db, SCHEMAS);
  const log = pino({ level: config.logLevel, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });

  const seedKey = `${version}/${config.seed}/${config.population}`;
  const seed = () =>
    db.transaction(() => {
      clearTables(db, SCHEMAS);
      const population = seedDatabase(db, { seed: config.seed, population: config.population });
      for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed: config.seed, population });
      setMeta(db, 'seeded', seedKey);
    })();
  if (getMeta(db, 'seeded') !== seedKey) {
    const started = Date.now();
    seed();
    log.info({ seed: config.seed, population: config.population, ms: Date.now() - started }, 'database seeded');
  }

  const sources = openSources(db);
  const clock = new Clock();
  const app: AppContext = {
    ...sources,
    sources,
    config,
    db,
    clock,
    log,
    journal: new Journal(db),
    faults: new Faults(),
    reset() {
      // The first reset seeds and keeps a snapshot; the next ones copy it back.
      if (!restoreSnapshot(db, SCHEMAS)) {
        seed();
        takeSnapshot(db, SCHEMAS);
      }
      clock.reset();
      app.faults.clear();
      resetHooks(app);
      clearOutbox(app);
    },
    close() {
      db.close();
    },
  };
  return app;
}

/** A database written by another shape of the schemas or the generator is rebuilt from the seed. */
function rebuildIfOutdated(db: Db, version: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  if (getMeta(db, 'schema') === version) return;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta'").all() as { name: string }[];
  db.pragma('foreign_keys = OFF');
  for (const t of tables) db.exec(`DROP TABLE IF EXISTS "${t.name}"`);
  db.pragma('foreign_keys = ON');
  db.exec('DELETE FROM meta');
  setMeta(db, 'schema', version);
}
