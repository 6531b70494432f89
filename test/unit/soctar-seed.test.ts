import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import type { EnergyContract, SocialRight } from '../../src/sources/soctar';

function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 1500 });
  for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed, population });
  return db;
}

const all = <T>(db: Db, sql: string) => db.prepare(sql).all() as T[];

describe("FOD Economie's social-tariff source (soctar)", () => {
  const db = seeded();
  const rights = all<SocialRight>(db, 'SELECT * FROM soctar_right ORDER BY id');
  const contracts = all<EnergyContract>(db, 'SELECT * FROM soctar_contract ORDER BY id');

  it('has a right for every POD MI leefloon period, from the OCMW sector, covering its days', () => {
    const periods = all<{ ssin: string; category: string; begin_date: string; end_date: string | null }>(db, 'SELECT * FROM podmi_living_wage');
    expect(periods.length).toBeGreaterThan(10);
    for (const p of periods) {
      const covering = rights.find((r) => r.ssin === p.ssin && r.category === p.category && r.begin_date <= p.begin_date && (r.end_date === null || (p.end_date !== null && r.end_date >= p.end_date)));
      expect(covering).toMatchObject({ organization: 17 });
    }
  });

  it('joins the DGPH yearly ARR/IT rights that follow each other into one right, and ignores VSB', () => {
    const dgph = all<{ ssin: string }>(db, "SELECT DISTINCT ssin FROM handi_right WHERE source = 'DGPH' AND legislation IN (3, 4) AND month_amount > 0");
    expect(dgph.length).toBeGreaterThan(0);
    for (const { ssin } of dgph) expect(rights.filter((r) => r.ssin === ssin && r.category === 'DISABILITY_ALLOWANCE').every((r) => r.organization === 16)).toBe(true);
    // The VSB care budget gives no tariff: nobody is protected by VSB rows alone.
    const vsbOnly = all<{ ssin: string }>(db, "SELECT DISTINCT ssin FROM handi_right WHERE source = 'VSB' AND ssin NOT IN (SELECT ssin FROM handi_right WHERE source = 'DGPH') AND ssin NOT IN (SELECT ssin FROM podmi_living_wage)");
    for (const { ssin } of vsbOnly) expect(rights.filter((r) => r.ssin === ssin && r.category === 'DISABILITY_ALLOWANCE')).toEqual([]);
    // No two rights of a person and category touch: touching rows were joined.
    for (const r of rights) {
      const next = rights.find((o) => o !== r && o.ssin === r.ssin && o.category === r.category && o.begin_date > r.begin_date);
      if (next && r.end_date) expect(next.begin_date > r.end_date).toBe(true);
    }
  });

  it("gives contracts only to protected households' heads, each an 18-digit EAN, electricity at every address", () => {
    expect(contracts.length).toBeGreaterThan(10);
    const protectedHouseholds = new Set(all<{ household_id: number }>(db, 'SELECT DISTINCT p.household_id FROM soctar_right r JOIN rr_person p ON p.ssin = r.ssin').map((r) => r.household_id));
    for (const c of contracts) {
      expect(c.ean).toMatch(/^54\d{16}$/);
      expect(c.cust_id.length).toBeLessThanOrEqual(20);
      const holder = db.prepare('SELECT household_id FROM rr_person WHERE ssin = ?').get(c.ssin) as { household_id: number };
      expect(protectedHouseholds.has(holder.household_id)).toBe(true);
      if (c.supplier_end) expect(c.supplier_end >= c.supplier_start).toBe(true);
    }
    const gasWithoutElectricity = contracts.filter((g) => g.product === 'G' && !contracts.some((e) => e.product === 'E' && e.ssin === g.ssin && e.supplier_start === g.supplier_start));
    expect(gasWithoutElectricity).toEqual([]);
    expect(contracts.some((c) => c.product === 'G')).toBe(true);
    expect(new Set(contracts.map((c) => c.ean)).size).toBe(contracts.length);
  });

  it('is derived, not drawn: the same seed gives the same rows, another population other rows', () => {
    const again = seeded();
    expect(all(again, 'SELECT * FROM soctar_contract ORDER BY id')).toEqual(contracts);
    expect(all(seeded(7), 'SELECT * FROM soctar_right ORDER BY id')).not.toEqual(rights);
  });
});
