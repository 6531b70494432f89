import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import { addDays } from '../../src/domain/dates';
import type { Incapacity, Insurability } from '../../src/sources/nic';

function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 2000 });
  for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed, population });
  return db;
}

describe('the incapacity periods of the NIC (nic_incapacity)', () => {
  const db = seeded();
  const rows = db.prepare('SELECT * FROM nic_incapacity ORDER BY ssin, begin_date').all() as Incapacity[];
  const insurability = (ssin: string, day: string) =>
    db.prepare('SELECT * FROM nic_insurability WHERE ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?)').get(ssin, day, day) as Insurability | undefined;

  it('holds the persona and a generated population of every kind', () => {
    const kinds = new Set(rows.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['INVALIDITY', 'MATERNITY_LEAVE', 'PRIMARY_INCAPACITY']);
    expect(new Set(rows.map((r) => r.ssin)).size).toBeGreaterThan(10);
  });

  it('is paid by the insurer of the insurability of its first and last day (or today, when open)', () => {
    for (const r of rows) {
      for (const day of [r.begin_date, r.end_date && r.end_date < '2026-11-16' ? r.end_date : '2026-11-16']) {
        if (day < r.begin_date) continue;
        const ins = insurability(r.ssin, day);
        expect([r.ssin, day, ins?.insuring_organization, ins?.mutuality, ins?.holder_ssin]).toEqual([r.ssin, day, r.insuring_organization, r.mutuality, null]);
      }
    }
  });

  it('computes the daily indemnity from the reference wage and the percentage of its kind', () => {
    const allowed: Record<string, number[]> = { PRIMARY_INCAPACITY: [60], INVALIDITY: [65, 55, 40], MATERNITY_LEAVE: [82, 75] };
    for (const r of rows) {
      expect([r.ssin, r.kind, allowed[r.kind].includes(r.percentage)]).toEqual([r.ssin, r.kind, true]);
      expect(r.daily_gross_amount).toBeCloseTo(Math.round(r.reference_daily_wage * r.percentage) / 100, 2);
    }
  });

  it('starts an invalidity the day after a full year of primary incapacity, with the same wage', () => {
    const invalidities = rows.filter((r) => r.kind === 'INVALIDITY');
    expect(invalidities.length).toBeGreaterThan(0);
    for (const inv of invalidities) {
      const primary = rows.find((r) => r.ssin === inv.ssin && r.kind === 'PRIMARY_INCAPACITY' && r.end_date === addDays(inv.begin_date, -1));
      expect(primary && [addDays(primary.begin_date, 364), primary.reference_daily_wage]).toEqual([primary?.end_date, inv.reference_daily_wage]);
    }
  });

  it('gives maternity leave to women only: 30 days at 82 %, then 75 % to the end of the 15 weeks', () => {
    const maternity = rows.filter((r) => r.kind === 'MATERNITY_LEAVE');
    expect(maternity.length).toBeGreaterThan(0);
    for (const m of maternity) {
      const gender = (db.prepare('SELECT gender FROM rr_person WHERE ssin = ?').get(m.ssin) as { gender: number }).gender;
      expect([m.ssin, gender]).toEqual([m.ssin, 2]);
      if (m.percentage === 82) {
        expect(m.end_date).toBe(addDays(m.begin_date, 29));
        const next = maternity.find((n) => n.ssin === m.ssin && n.begin_date === addDays(m.begin_date, 30))!;
        expect([next.percentage, next.end_date]).toEqual([75, addDays(m.begin_date, 104)]);
      }
    }
  });

  it('is deterministic', () => {
    const all = (d: Db) => d.prepare('SELECT * FROM nic_incapacity ORDER BY id').all();
    expect(all(seeded())).toEqual(all(db));
  });
});
