import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import type { HolidayAttest } from '../../src/sources/rjv';
import type { DmfaQuarter } from '../../src/sources/rsz/model';

function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 2000 });
  for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed, population });
  return db;
}

/**
 * What RJV should hold, recomputed here from the DmfA alone with the rules of docs/services/S19.md:
 * one attest per person and holiday year Y (up to 2026) whose reference year Y-1 has blue-collar
 * quarters (worker code 015); holiday pay 15.38 % of 108 % of the wages, 8 % single and 7.38 %
 * double (each to the cent); round(20 × days / 260) holiday days, at most 20; paid in May of Y.
 */
function expected(dmfa: DmfaQuarter[]): Omit<HolidayAttest, 'id'>[] {
  const byYear = new Map<string, DmfaQuarter[]>();
  for (const q of dmfa) {
    if (q.worker_code !== '015' || Number(q.quarter.slice(0, 4)) > 2025) continue;
    const key = `${q.ssin}/${q.quarter.slice(0, 4)}`;
    byYear.set(key, [...(byYear.get(key) ?? []), q]);
  }
  return [...byYear.entries()].map(([key, quarters]) => {
    const [ssin, year] = key.split('/');
    const holidayYear = Number(year) + 1;
    const cents = Math.round(quarters.reduce((sum, q) => sum + q.wage_amount, 0) * 100);
    const days = quarters.reduce((sum, q) => sum + q.days, 0);
    return {
      ssin,
      attest_number: `${holidayYear}${ssin}`,
      holiday_year: holidayYear,
      reference_year: Number(year),
      regime: quarters.every((q) => q.working_time_fraction === 1) ? 'FULL_TIME' : 'PART_TIME',
      days_worked: days,
      gross_wages: cents / 100,
      holiday_days: Math.min(20, Math.round((20 * days) / 260)),
      single_pay: Math.round(cents * 1.08 * 0.08) / 100,
      double_pay: Math.round(cents * 1.08 * 0.0738) / 100,
      creation_date: `${holidayYear}-04-30`,
      payment_date: `${holidayYear}-05-15`,
    };
  });
}

const key = (a: Pick<HolidayAttest, 'ssin' | 'holiday_year'>) => `${a.ssin}/${a.holiday_year}`;

describe('the RJV source (rjv), derived from the DmfA', () => {
  const db = seeded();
  const attests = db.prepare('SELECT * FROM rjv_attest').all() as HolidayAttest[];

  it('holds exactly the attests the DmfA gives, each recomputed from rsz_dmfa', () => {
    const want = expected(db.prepare('SELECT * FROM rsz_dmfa ORDER BY ssin, quarter, id').all() as DmfaQuarter[]);
    expect(attests.length).toBeGreaterThan(100);
    expect(attests.map(key).sort()).toEqual(want.map(key).sort());
    const byKey = new Map(attests.map((a) => [key(a), a]));
    for (const w of want) {
      const { id: _id, ...got } = byKey.get(key(w))!;
      expect(got).toEqual(w);
    }
  });

  it('makes no attest for a white-collar (495) or student (840) year without blue-collar work', () => {
    const others = db.prepare("SELECT DISTINCT ssin, CAST(substr(quarter, 1, 4) AS INTEGER) + 1 AS holiday_year FROM rsz_dmfa d WHERE worker_code <> '015' AND NOT EXISTS (SELECT 1 FROM rsz_dmfa b WHERE b.ssin = d.ssin AND b.worker_code = '015' AND substr(b.quarter, 1, 4) = substr(d.quarter, 1, 4))").all() as { ssin: string; holiday_year: number }[];
    expect(others.length).toBeGreaterThan(10);
    const made = new Set(attests.map(key));
    expect(others.filter((o) => made.has(key(o)))).toEqual([]);
  });

  it('pays 15.38 % of 108 % in all (to a cent of rounding) and never more than 20 days', () => {
    for (const a of attests) {
      expect(Math.abs(a.single_pay + a.double_pay - a.gross_wages * 1.08 * 0.1538)).toBeLessThanOrEqual(0.011);
      expect(a.holiday_days).toBeLessThanOrEqual(20);
      expect(a.reference_year).toBe(a.holiday_year - 1);
    }
  });
});
