import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Database from 'better-sqlite3';
import { createAppContext, SCHEMAS } from '../../src/app';
import { dataVersion } from '../../src/store/version';
import { resolveConfig } from '../../src/config';
import { SSIN } from '../../fixtures/personas';

describe('the on-disk database', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-store-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const config = () => resolveConfig({ dataDir: dir, logLevel: 'silent', population: 100 });

  it('keeps what was written across a restart (no re-seed) and uses WAL mode', () => {
    const first = createAppContext(config());
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    first.repertory.insert({ ssin: SSIN.notIntegrated, sector: 17, sub_sector: 1, cbe_number: '0244021019', nis_code: '44021', quality_code: 1, phase: 0, begin_date: '2026-11-01', end_date: '2026-12-31', register: 'PRIMARY', last_modified: '2026-11-01' });
    first.close();
    const second = createAppContext(config());
    expect(second.repertory.forSsin(SSIN.notIntegrated)).toHaveLength(1);
    second.close();
  });

  it('rebuilds a database of an older schema version instead of failing on missing columns', () => {
    const old = new Database(path.join(dir, 'ksz-emulator.db'));
    old.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', '1'), ('seeded', '1/20050930/100');");
    old.exec('CREATE TABLE rva_right (id INTEGER PRIMARY KEY, ssin TEXT)');
    old.close();
    const app = createAppContext(config());
    expect(app.db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe(dataVersion(SCHEMAS));
    expect(app.rva.rights(SSIN.standard).length).toBeGreaterThan(0);
    app.close();
  });

  it('derives the data version from the table definitions: another column is another version', () => {
    const [first, ...rest] = SCHEMAS;
    const changed = { ...first, ddl: first.ddl.replace(/\)\s*;/, ',\n  extra_column TEXT\n);') };
    expect(changed.ddl).not.toBe(first.ddl);
    expect(dataVersion([changed, ...rest])).not.toBe(dataVersion(SCHEMAS));
    expect(dataVersion([...SCHEMAS])).toBe(dataVersion(SCHEMAS));
  });
});

describe('directory answers kept while the directory is unchanged (store/kept.ts)', () => {
  const app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 100 }));
  afterAll(() => app.close());
  const GENT = '0244021019';

  it('gives the same frozen answer again, and a fresh one after any write to a directory table, however made', () => {
    const first = app.directory.organisation(GENT)!;
    expect(app.directory.organisation(GENT)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);

    // A write that bypasses the Directory class (another process, a SQL shell) is seen too.
    app.db.prepare('UPDATE dir_organisation SET name_nl = ? WHERE cbe_number = ?').run('OCMW Gent (hernoemd)', GENT);
    const renamed = app.directory.organisation(GENT)!;
    expect(renamed).not.toBe(first);
    expect(renamed.name_nl).toBe('OCMW Gent (hernoemd)');
  });

  it('sees authorization rows removed and a credential deactivated', () => {
    const rows = app.authorizations.forRequest('R09', 17, GENT);
    expect(rows.length).toBeGreaterThan(0);
    app.authorizations.remove(rows[0].id);
    expect(app.authorizations.forRequest('R09', 17, GENT).map((r) => r.id)).not.toContain(rows[0].id);

    expect(app.directory.credential(`E${GENT}`)).toBeDefined();
    app.db.prepare('UPDATE dir_credential SET active = 0 WHERE username = ?').run(`E${GENT}`);
    expect(app.directory.credential(`E${GENT}`)).toBeUndefined();
  });
});
