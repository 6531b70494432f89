import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import type { ChildBenefitFile, PaymentPeriod } from '../../src/sources/childbenefits';
import { monthsBetween } from '../../src/domain/months';

function seeded(): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed: 20050930, population: 1500 });
  for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed: 20050930, population });
  return db;
}

describe('the child-benefit cadastre (childbenefits)', () => {
  const db = seeded();
  const files = db.prepare('SELECT * FROM cb_file').all() as ChildBenefitFile[];
  const periods = db.prepare("SELECT * FROM cb_payment_period WHERE category = 'BASIC'").all() as PaymentPeriod[];

  it('has files of the federal system before regionalisation and of the regions after it', () => {
    expect(files.length).toBeGreaterThan(50);
    const firstRegional = { FLANDERS: '2019-01', WALLONIA: '2019-01', EASTBELGIUM: '2019-01', BRUSSELS: '2020-01' } as Record<string, string>;
    for (const f of files) {
      if (f.authentic_source === 'FEDERAL') expect([f.id, f.end_month !== null && f.end_month < '2020-01']).toEqual([f.id, true]);
      else expect([f.id, f.begin_month >= firstRegional[f.authentic_source]]).toEqual([f.id, true]);
    }
  });

  it('gives a Flemish file exactly one child and no file number', () => {
    const childrenOf = db.prepare("SELECT COUNT(*) AS n FROM cb_member WHERE file_id = ? AND role = 'CHILD'");
    for (const f of files.filter((x) => x.authentic_source === 'FLANDERS')) {
      expect([f.id, (childrenOf.get(f.id) as { n: number }).n, f.file_number]).toEqual([f.id, 1, '']);
    }
  });

  it('pays a child by one system at a time, never two in the same month', () => {
    const childPeriods = db.prepare("SELECT p.* FROM cb_payment_period p JOIN cb_member m ON m.file_id = p.file_id AND m.ssin = p.ssin AND m.role = 'CHILD' WHERE p.category = 'BASIC'").all() as PaymentPeriod[];
    expect(childPeriods.length).toBeGreaterThan(50);
    const seen = new Map<string, string>();
    for (const p of childPeriods) {
      for (const month of monthsBetween(p.begin_month, p.end_month ?? '2026-11')) {
        const key = `${p.ssin} ${month}`;
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, String(p.file_id));
      }
    }
    expect(periods.length).toBeGreaterThan(childPeriods.length);
  });
});
