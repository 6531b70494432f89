import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import type { HandiPayment, HandiRecognition, HandiRight } from '../../src/sources/handi';
import { regionOfNis } from '../../src/sources/podmi/regions';

function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 2000 });
  for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed, population });
  return db;
}

const all = <T>(db: Db, sql: string) => db.prepare(sql).all() as T[];

describe('the DGPH/VSB source (handi)', () => {
  const db = seeded();

  it('is deterministic: the same seed gives the same files, another seed others', () => {
    const rights = (d: Db) => all(d, 'SELECT * FROM handi_right ORDER BY id');
    expect(rights(seeded())).toEqual(rights(db));
    expect(rights(seeded(7))).not.toEqual(rights(db));
    expect(rights(db).length).toBeGreaterThan(20);
  });

  it('gives a VSB care budget only to persons living in Flanders, and only after a DGPH recognition', () => {
    const vsb = all<{ ssin: string; nis_code: string; recognised: number }>(db, `
      SELECT r.ssin, a.nis_code, (SELECT COUNT(*) FROM handi_recognition g WHERE g.ssin = r.ssin AND g.decision_date <= r.request_date) AS recognised
      FROM handi_request r JOIN rr_address a ON a.ssin = r.ssin AND a.end_date IS NULL WHERE r.source = 'VSB'`);
    expect(vsb.length).toBeGreaterThan(1); // disabled-adult and at least one generated person
    for (const v of vsb) expect([v.ssin, regionOfNis(v.nis_code), v.recognised > 0]).toEqual([v.ssin, 'FLANDERS', true]);
  });

  it('pays every month of a right its monthly total, and nothing outside a right', () => {
    const rights = all<HandiRight>(db, 'SELECT * FROM handi_right');
    const payments = all<HandiPayment>(db, 'SELECT * FROM handi_payment');
    for (const p of payments) {
      const right = rights.find((r) => r.ssin === p.ssin && r.source === p.source && r.begin_date.slice(0, 7) <= p.month && (r.end_date === null || r.end_date.slice(0, 7) >= p.month));
      expect([p.ssin, p.month, right?.total_month_amount]).toEqual([p.ssin, p.month, p.amount]);
    }
  });

  it("sets an adult's integration-allowance category from the autonomy points (7-8: 1 ... 17+: 5)", () => {
    const rows = all<HandiRecognition & { category_it: number }>(db, `SELECT g.*, r.category_it FROM handi_recognition g JOIN handi_right r ON r.ssin = g.ssin AND r.source = 'DGPH' WHERE g.kind = 'ADULT'`);
    expect(rows.length).toBeGreaterThan(10);
    for (const g of rows) {
      const points = [g.mobility, g.nourishment, g.hygiene, g.household, g.supervision, g.social_skills].reduce<number>((a, b) => a + (b ?? 0), 0);
      const expected = points >= 17 ? 5 : points >= 15 ? 4 : points >= 12 ? 3 : points >= 9 ? 2 : points >= 7 ? 1 : 0;
      expect([g.ssin, g.category_it]).toEqual([g.ssin, expected]);
    }
  });
});
