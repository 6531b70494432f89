import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCE_NAMES, SOURCES } from '../../src/sources/registry';
import type { GeneratedPerson, SourceModule } from '../../src/sources/source';
import { seedDatabase } from '../../fixtures/seed';
import { podmiSource, PodMi, LivingWagePeriod } from '../../src/sources/podmi';
import { regionOfNis } from '../../src/sources/podmi/regions';

const OPTIONS = { seed: 20050930, population: 400 };

/** A seeded database; `withPodmi` false leaves out only the POD MI seed step. */
function seeded(options = OPTIONS, withPodmi = true): { db: Db; population: GeneratedPerson[] } {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, options);
  for (const name of SOURCE_NAMES) {
    const source = SOURCES[name] as SourceModule;
    if (source === podmiSource && !withPodmi) continue;
    source.seed?.({ db, seed: options.seed, population });
  }
  return { db, population };
}

/**
 * Every row of every table but POD MI's (its living wages, and its store's default rules), as text. The tax assessments and FOD Economie's
 * social-tariff rows are left out too: they are derived from the leefloon (a nil assessment for a
 * year lived on it, a protected person), not drawn from a random stream.
 */
function otherTables(db: Db): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !t.startsWith('podmi_') && !['fin_tax_assessment', 'soctar_right', 'soctar_contract'].includes(t));
  return tables.map((t) => `${t}\n${JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all())}`).join('\n');
}

const rows = (db: Db) => db.prepare('SELECT * FROM podmi_living_wage ORDER BY id').all() as LivingWagePeriod[];

describe('the POD MI source (podmi)', () => {
  it('seeds on its own random stream: every other table is the same with or without it', () => {
    const withIt = seeded();
    const without = seeded(OPTIONS, false);
    expect(rows(without.db)).toHaveLength(0);
    expect(rows(withIt.db).length).toBeGreaterThan(10);
    expect(otherTables(withIt.db)).toBe(otherTables(without.db));
  });

  it('is deterministic: the same seed gives the same periods, another seed others', () => {
    expect(rows(seeded().db)).toEqual(rows(seeded().db));
    expect(rows(seeded({ ...OPTIONS, seed: 7 }).db)).not.toEqual(rows(seeded().db));
  });

  it('gives each leefloon (2) or equivalent (3) integration a period from that OCMW over its dates', () => {
    const { db, population } = seeded();
    const podmi = new PodMi(db);
    const integrated = population.filter((p) => p.integration && [2, 3].includes(p.integration.qualityCode));
    expect(integrated.length).toBeGreaterThan(5);
    for (const p of integrated) {
      const i = p.integration!;
      expect(podmi.seededPeriods(p.ssin)).toContainEqual(
        expect.objectContaining({
          ocmw_cbe: i.cbe,
          ocmw_nis: i.nis,
          region: regionOfNis(i.nis),
          category: i.qualityCode === 2 ? 'LIVING_WAGE' : 'EQUIVALENT_LIVING_WAGE',
          begin_date: i.begin,
          end_date: i.end,
        }),
      );
    }
    // Nobody without an integration gets a living wage from the generator.
    const withoutIntegration = new Set(population.filter((p) => !p.integration).map((p) => p.ssin));
    expect(rows(db).filter((r) => withoutIntegration.has(r.ssin))).toEqual([]);
    // Every period is a real range; an earlier one ended before the integration it precedes began.
    const integrationOf = new Map(population.map((p) => [p.ssin, p.integration]));
    for (const r of rows(db)) {
      expect(r.end_date === null || r.end_date >= r.begin_date).toBe(true);
      const i = integrationOf.get(r.ssin);
      if (i && r.begin_date !== i.begin) expect(r.end_date! < i.begin).toBe(true);
    }
  });

  it('writes the personas: the standard persona gets her leefloon from OCMW Gent from 2025-01-01', () => {
    const { db } = seeded({ seed: 1, population: 20 });
    expect(new PodMi(db).seededPeriods('85061295131')).toEqual([
      expect.objectContaining({ ocmw_cbe: '0244021019', ocmw_nis: '44021', region: 'FLANDERS', category: 'LIVING_WAGE', begin_date: '2025-01-01', end_date: null }),
    ]);
  });

  it('knows the region of an OCMW from its NIS code', () => {
    expect(['44021', '11002', '24062', '71016', '31005'].map(regionOfNis)).toEqual(['FLANDERS', 'FLANDERS', 'FLANDERS', 'FLANDERS', 'FLANDERS']);
    expect(['21004', '21001'].map(regionOfNis)).toEqual(['BRUSSELS', 'BRUSSELS']);
    expect(['62063', '52011', '63023', '25072', '92094', '85045'].map(regionOfNis)).toEqual(Array(6).fill('WALLONIA'));
  });
});
