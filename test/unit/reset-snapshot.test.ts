import { createAppContext, SCHEMAS } from '../../src/app';
import { resolveConfig } from '../../src/config';
import type { Db } from '../../src/store/db';

/** Every row of every source table, in rowid order, as text. */
function dump(db: Db): string {
  return SCHEMAS.flatMap((s) => s.tables)
    .map((t) => `${t}\n${JSON.stringify(db.prepare(`SELECT * FROM main.${t} ORDER BY rowid`).all())}`)
    .join('\n');
}

describe('reset from the seeded snapshot', () => {
  const app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 60 }));
  afterAll(() => app.close());
  const seeded = dump(app.db);

  const scribble = () => {
    app.db.prepare('DELETE FROM rr_address WHERE rowid IN (SELECT rowid FROM rr_address LIMIT 5)').run();
    app.db.prepare("UPDATE rr_person SET last_name = 'Changed' WHERE rowid IN (SELECT rowid FROM rr_person LIMIT 3)").run();
    app.db.prepare("INSERT INTO meta (key, value) VALUES ('scratch', '1') ON CONFLICT(key) DO NOTHING").run();
  };

  it('restores exactly the seeded rows, the first time (a seed) and the next times (the copy)', () => {
    scribble();
    expect(dump(app.db)).not.toBe(seeded);
    app.reset();
    expect(dump(app.db)).toBe(seeded);
    scribble();
    app.reset();
    expect(dump(app.db)).toBe(seeded);
  });

  it('keeps the foreign keys whole and the next ids where the seed left them', () => {
    expect(app.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    const max = (app.db.prepare('SELECT MAX(id) AS m FROM rva_right').get() as { m: number }).m;
    scribble();
    app.reset();
    expect((app.db.prepare('SELECT MAX(id) AS m FROM rva_right').get() as { m: number }).m).toBe(max);
  });
});
