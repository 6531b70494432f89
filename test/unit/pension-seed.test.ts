import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import { SSIN } from '../../fixtures/personas';
import type { PensionPayment, PensionRight } from '../../src/sources/pension';
import { pensionDate } from '../../src/sources/pension/rules';

function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 2000 });
  db.transaction(() => {
    for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed, population });
  })();
  return db;
}

const all = <T>(db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];

describe('the pension cadastre (pension)', () => {
  const db = seeded();
  const rights = all<PensionRight & { birth_date: string; decease_date: string | null }>(db, 'SELECT r.*, p.birth_date, p.decease_date FROM pension_right r JOIN rr_person p ON p.ssin = r.ssin');

  it('is deterministic: the same seed gives the same files, another seed others', () => {
    const files = (d: Db) => all(d, 'SELECT ssin, advantage_code, monthly_amount FROM pension_right ORDER BY id');
    expect(files(seeded())).toEqual(files(db));
    expect(files(seeded(7))).not.toEqual(files(db));
    expect(rights.length).toBeGreaterThan(40);
  });

  it('gives rights only from the pension date to those who reached it by the reference date, closed on their death', () => {
    for (const r of rights) {
      expect([r.ssin, r.pension_start]).toEqual([r.ssin, pensionDate(r.birth_date)]);
      expect(r.pension_start <= '2026-01-01').toBe(true);
      if (r.periodicity !== 'K') expect([r.ssin, r.right_close]).toEqual([r.ssin, r.decease_date]);
    }
  });

  it('follows the careers: an employee pension needs an RSZ employment, a self-employed one an RSVZ main occupation', () => {
    const employed = new Set(all<{ ssin: string }>(db, "SELECT DISTINCT ssin FROM rsz_employment WHERE worker_type <> 'STU'").map((r) => r.ssin));
    const selfEmployed = new Set(all<{ ssin: string }>(db, "SELECT DISTINCT ssin FROM rsvz_career_period WHERE occupation = 'MAIN_OCCUPATION'").map((r) => r.ssin));
    for (const r of rights) {
      if (r.advantage_code === '01' || r.pillar === 'Second') expect([r.ssin, employed.has(r.ssin)]).toEqual([r.ssin, true]);
      if (r.advantage_code === '02') expect([r.ssin, selfEmployed.has(r.ssin)]).toEqual([r.ssin, true]);
    }
    // Everyone of pension age with a career before the pension date has a pension (a few weeks of work excepted).
    const firstWork = new Map<string, string>();
    for (const e of all<{ ssin: string; begin_date: string }>(db, "SELECT ssin, begin_date FROM rsz_employment WHERE worker_type <> 'STU' UNION ALL SELECT ssin, begin_date FROM rsvz_career_period WHERE occupation = 'MAIN_OCCUPATION'")) {
      if (!firstWork.has(e.ssin) || e.begin_date < firstWork.get(e.ssin)!) firstWork.set(e.ssin, e.begin_date);
    }
    const persons = all<{ ssin: string; birth_date: string; decease_date: string | null }>(db, "SELECT ssin, birth_date, decease_date FROM rr_person WHERE status = 'ACTIVE'");
    const pensioned = new Set(rights.map((r) => r.ssin));
    const due = persons.filter((p) => {
      const start = pensionDate(p.birth_date);
      return start <= '2026-01-01' && (p.decease_date === null || p.decease_date >= start) && (firstWork.get(p.ssin) ?? '9999') < start;
    });
    expect(due.length).toBeGreaterThan(20);
    expect(due.filter((p) => pensioned.has(p.ssin)).length).toBeGreaterThan(due.length * 0.9);
    // Nobody gets a pension without a career before the pension date.
    for (const r of rights) expect([r.ssin, (firstWork.get(r.ssin) ?? '9999') < r.pension_start]).toEqual([r.ssin, true]);
  });

  it('keeps the GRAPA table in line with the rights of advantage code 30, for a few low pensions', () => {
    const grapa = all<{ ssin: string; begin_date: string; end_date: string | null }>(db, 'SELECT ssin, begin_date, end_date FROM pension_grapa ORDER BY ssin');
    const coded = rights.filter((r) => r.advantage_code === '30').map((r) => ({ ssin: r.ssin, begin_date: r.right_start, end_date: r.right_close })).sort((a, b) => a.ssin.localeCompare(b.ssin));
    expect(grapa).toEqual(coded);
    expect(grapa.map((g) => g.ssin)).toContain(SSIN.selfEmployedPre2003);
    const pensioners = new Set(rights.map((r) => r.ssin)).size;
    expect(grapa.length).toBeGreaterThan(2);
    expect(grapa.length).toBeLessThan(pensioners / 3);
  });

  it('pays only inside a right, the withholdings deducted from the gross', () => {
    const byId = new Map(rights.map((r) => [r.id, r]));
    const payments = all<PensionPayment>(db, 'SELECT * FROM pension_payment');
    expect(payments.length).toBeGreaterThan(1000);
    for (const p of payments) {
      const r = byId.get(p.right_id)!;
      expect(p.reference_start >= r.right_start.slice(0, 7)).toBe(true);
      if (r.right_close) expect(p.reference_end <= r.right_close.slice(0, 7)).toBe(true);
      expect(p.payment_month >= p.reference_start).toBe(true);
      expect(p.precomptable).toBeCloseTo(p.gross - p.ami_amount - p.solidarity_amount, 2);
    }
  });

  it('knows pending demands of persons about to reach the pension age, and no right for them', () => {
    const pending = all<{ ssin: string; demand_date: string; birth_date: string }>(db, 'SELECT d.ssin, d.demand_date, p.birth_date FROM pension_demand d JOIN rr_person p ON p.ssin = d.ssin WHERE d.refusal_date IS NULL');
    expect(pending.length).toBeGreaterThan(0);
    const pensioned = new Set(rights.map((r) => r.ssin));
    for (const d of pending) {
      expect(d.demand_date < pensionDate(d.birth_date)).toBe(true);
      expect(pensioned.has(d.ssin)).toBe(false);
    }
  });
});
