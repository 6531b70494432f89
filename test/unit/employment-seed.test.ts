import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import { employmentServiceOfNis, JobseekerRegistration } from '../../src/sources/employment';
import type { RvaRight } from '../../src/sources/rva';

function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 2000 });
  for (const name of SOURCE_NAMES) (SOURCES[name] as SourceModule).seed?.({ db, seed, population });
  return db;
}

interface Address {
  ssin: string;
  begin_date: string;
  end_date: string | null;
  nis_code: string | null;
}

const covers = (p: { begin_date: string; end_date: string | null }, day: string) => p.begin_date <= day && (p.end_date === null || p.end_date >= day);

describe('the employment services source (employment)', () => {
  it('sends each municipality to its service: ADG for the nine German-speaking ones', () => {
    for (const nis of ['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']) expect([nis, employmentServiceOfNis(nis)]).toEqual([nis, 'ADG']);
    expect(['44021', '11002', '23088', '71022', '21004', '21015', '62063', '63003', '25072', '92094'].map(employmentServiceOfNis)).toEqual(['VDAB', 'VDAB', 'VDAB', 'VDAB', 'ACTIRIS', 'ACTIRIS', 'FOREM', 'FOREM', 'FOREM', 'FOREM']);
  });

  const db = seeded();
  const registrations = db.prepare('SELECT * FROM employment_registration ORDER BY ssin, begin_date').all() as JobseekerRegistration[];
  const addresses = db.prepare('SELECT ssin, begin_date, end_date, nis_code FROM rr_address').all() as Address[];
  const addressOn = (ssin: string, day: string) => addresses.find((a) => a.ssin === ssin && covers(a, day));

  it('registers every person with an RVA right, over the right, at the service of the residence of each day', () => {
    const rights = db.prepare('SELECT * FROM rva_right').all() as RvaRight[];
    expect(rights.length).toBeGreaterThan(20);
    for (const right of rights) {
      const category = right.allowance === 'INSERTION' ? 'INSERTION_ALLOWANCE' : 'UNEMPLOYED_WITH_BENEFITS';
      // Each day a residence starts inside the right (and the right's first day): registered there.
      const days = [right.begin_date, ...addresses.filter((a) => a.ssin === right.ssin && covers(right, a.begin_date)).map((a) => a.begin_date)];
      for (const day of days) {
        const home = addressOn(right.ssin, day);
        if (!home?.nis_code) continue;
        const reg = registrations.find((r) => r.ssin === right.ssin && r.category === category && covers(r, day));
        expect([right.ssin, day, reg?.service]).toEqual([right.ssin, day, employmentServiceOfNis(home.nis_code)]);
        // It ends with the right at the latest (or earlier, at a move to another service's area).
        expect(right.end_date === null || (reg!.end_date !== null && reg!.end_date <= right.end_date)).toBe(true);
      }
    }
  });

  it('gives each registration the service of the residence where it begins, and no benefit category without an RVA right', () => {
    const rights = db.prepare('SELECT * FROM rva_right').all() as RvaRight[];
    expect(registrations.length).toBeGreaterThan(30);
    for (const r of registrations) {
      const home = addressOn(r.ssin, r.begin_date);
      expect([r.ssin, r.begin_date, home?.nis_code, r.service]).toEqual([r.ssin, r.begin_date, r.nis_code, employmentServiceOfNis(r.nis_code)]);
      if (r.category === 'UNEMPLOYED_WITH_BENEFITS' || r.category === 'INSERTION_ALLOWANCE') {
        expect(rights.some((right) => right.ssin === r.ssin && covers(right, r.begin_date) && (right.end_date === null || (r.end_date !== null && r.end_date <= right.end_date)))).toBe(true);
      }
      expect(r.end_date === null || r.end_date >= r.begin_date).toBe(true);
    }
    // A few registered without an RVA right too.
    const withRight = new Set(rights.map((r) => r.ssin));
    expect(registrations.filter((r) => !withRight.has(r.ssin)).length).toBeGreaterThan(3);
  });

  it('is deterministic', () => {
    const rows = (d: Db) => d.prepare('SELECT * FROM employment_registration ORDER BY id').all();
    expect(rows(seeded())).toEqual(rows(db));
  });
});
