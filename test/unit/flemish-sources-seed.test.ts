import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import { regionOfNis } from '../../src/sources/podmi/regions';
import { SSIN } from '../../fixtures/personas';
import type { KbiCourse, KbiPath } from '../../src/sources/kbi';
import type { RentPremiumFile, RentSubsidyFile } from '../../src/sources/vmsw';
import type { VestaCareFile } from '../../src/sources/vesta';

function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 2000 });
  for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed, population });
  return db;
}

const all = <T>(db: Db, sql: string) => db.prepare(sql).all() as T[];
const PERSONAS = new Set(Object.values(SSIN));
const TABLES = ['led_certificate', 'vesta_care_file', 'kbi_path', 'kbi_course', 'vmsw_rent_subsidy', 'vmsw_rent_premium'];

describe('the Flemish sources (LED, VESTA, KBI, VMSW)', () => {
  const db = seeded();

  it('are deterministic: the same seed gives the same rows, another seed others', () => {
    const rows = (d: Db) => TABLES.map((t) => all(d, `SELECT * FROM ${t} ORDER BY rowid`));
    expect(rows(seeded())).toEqual(rows(db));
    expect(rows(seeded(7))).not.toEqual(rows(db));
  });

  it('give generated data only to persons living in Flanders, to a small share of them', () => {
    const residents = all<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM rr_address WHERE end_date IS NULL')[0].n;
    for (const table of TABLES) {
      const rows = all<{ ssin: string; nis_code: string }>(db, `SELECT t.ssin, a.nis_code FROM ${table} t JOIN rr_address a ON a.ssin = t.ssin AND a.end_date IS NULL`);
      const generated = rows.filter((r) => !PERSONAS.has(r.ssin));
      expect([table, generated.length > 0]).toEqual([table, true]);
      for (const r of generated) expect([table, r.ssin, regionOfNis(r.nis_code)]).toEqual([table, r.ssin, 'FLANDERS']);
      // A share, not everyone (the LED the largest: most young adults have a secondary diploma).
      expect([table, new Set(generated.map((r) => r.ssin)).size < residents / 2]).toEqual([table, true]);
    }
  });

  it('deliver an integration certificate only after a passed civic orientation course and a passed NT2 level', () => {
    const paths = all<KbiPath>(db, 'SELECT * FROM kbi_path WHERE certificate_date IS NOT NULL');
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const courses = all<KbiCourse>(db, `SELECT * FROM kbi_course WHERE ssin = '${p.ssin}'`);
      expect([p.ssin, p.status, courses.some((c) => c.kind === 'CIVIC_ORIENTATION' && c.result === 'PASSED'), courses.some((c) => c.kind === 'DUTCH_SECOND_LANGUAGE' && c.result === 'PASSED')]).toEqual([p.ssin, 'COMPLETED', true, true]);
    }
  });

  it('pay a rent premium only to a candidate potentially entitled, and give a refusal reason only to a refused one', () => {
    const premiums = all<RentPremiumFile>(db, 'SELECT * FROM vmsw_rent_premium');
    for (const p of premiums) {
      if (p.last_payment_date) expect([p.ssin, p.potentially_entitled, p.refusal_reason]).toEqual([p.ssin, 1, null]);
      if (p.refusal_reason) expect([p.ssin, p.potentially_entitled]).toEqual([p.ssin, 0]);
    }
    const subsidies = all<RentSubsidyFile>(db, 'SELECT * FROM vmsw_rent_subsidy');
    for (const s of subsidies) expect([s.ssin, s.refusal_reason !== null]).toEqual([s.ssin, s.file_status === 'REFUSED']);
    for (const s of subsidies.filter((x) => x.file_status === 'REFUSED' || x.file_status === 'APPLIED' || x.file_status === 'IN_TREATMENT')) expect([s.ssin, s.last_payment_date]).toEqual([s.ssin, null]);
  });

  it('close a care file with an end date and a reason', () => {
    const files = all<VestaCareFile>(db, 'SELECT * FROM vesta_care_file');
    for (const f of files) expect([f.file_number, f.end_date !== null, f.closing_reason !== null]).toEqual([f.file_number, f.status === 'CLOSED', f.status === 'CLOSED']);
  });
});
