import { createHash } from 'crypto';
import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { seedDatabase } from '../../fixtures/seed';
import { effectiveSanctions, indemnifiedDays, Rva, rvaSchema } from '../../src/sources/rva';
import { checkSsin } from '../../src/domain/ssin';

function seeded(seed: number, population: number): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  db.transaction(() => seedDatabase(db, { seed, population }))();
  return db;
}

/** A digest of every RVA table, row by row. */
function rvaDigest(db: Db): string {
  const hash = createHash('sha256');
  for (const table of rvaSchema.tables) hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
  return hash.digest('hex');
}

describe('S13 generated RVA data', () => {
  const db = seeded(20050930, 2000);
  const rva = new Rva(db);
  const people = (db.prepare('SELECT DISTINCT ssin FROM rva_right').all() as { ssin: string }[]).map((r) => r.ssin);

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(rvaDigest(seeded(20050930, 2000))).toBe(rvaDigest(db));
    expect(rvaDigest(seeded(7, 2000))).not.toBe(rvaDigest(db));
  });

  it('fills every RVA table, so every operation has generated data', () => {
    for (const table of rvaSchema.tables) {
      const rows = (db.prepare(`SELECT COUNT(*) n FROM ${table}`).get() as { n: number }).n;
      expect({ table, empty: rows === 0 }).toEqual({ table, empty: false });
    }
    expect(db.prepare("SELECT 1 FROM rva_scale WHERE kind = 'ALTERNATIVE'").get()).toBeDefined();
    expect(db.prepare("SELECT 1 FROM rva_right WHERE end_reason = 'INSERTION_ALLOWANCE_ENDED'").get()).toBeDefined();
  });

  it('pays each month the indemnified days of the calendar, inside the right', () => {
    for (const ssin of people) {
      const rights = rva.rights(ssin).map((r) => ({ begin: r.begin_date, end: r.end_date ?? undefined }));
      const disabilities = rva.disabilities(ssin).map((d) => ({ begin: d.begin_date, end: d.end_date ?? undefined }));
      const sanctions = effectiveSanctions(rva.sanctions(ssin));
      for (const p of rva.payments(ssin)) {
        expect({ ssin, month: p.month, days: p.days }).toEqual({ ssin, month: p.month, days: indemnifiedDays(p.month, rights, disabilities, sanctions) });
        expect(p.gross_amount).toBeCloseTo(p.days * (p.daily_amount ?? 0), 2);
        if (p.dossier_status === 'NOT_STARTED') expect(p.accepted_amount).toBeNull();
      }
    }
  });

  it('gives insertion allowances only to the young and no allowance to pensioners', () => {
    for (const r of db.prepare('SELECT ssin, begin_date, allowance FROM rva_right').all() as { ssin: string; begin_date: string; allowance: string }[]) {
      const info = checkSsin(r.ssin, new Date('2026-01-01T00:00:00Z'));
      if (!info.ok || !info.info.birthDate) continue;
      const age = Number(r.begin_date.slice(0, 4)) - Number(info.info.birthDate.slice(0, 4));
      expect(age).toBeLessThan(65);
      if (r.allowance === 'INSERTION') expect(age).toBeLessThanOrEqual(25);
    }
  });
});
