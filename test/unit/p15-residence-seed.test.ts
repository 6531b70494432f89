import { applySchemas, openDatabase, Db } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { SOURCES } from '../../src/sources/registry';
import { seedDatabase } from '../../fixtures/seed';
import { NationalRegister, RrPerson, RrResidenceDocument } from '../../src/sources/rr';
import { decideRight, DEFAULT_NOVA_RULES } from '../../src/sources/nova';
import { residenceFacts } from '../../src/services/P/PCSASocialInquiryService/facts';

/** The registers' population and the rr source's own seed step (the residence documents). */
function seeded(seed = 20050930): Db {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const population = seedDatabase(db, { seed, population: 1500 });
  SOURCES.rr.seed({ db, seed, population });
  return db;
}

describe('the generated residence documents (rr, for P15)', () => {
  const db = seeded();
  const rr = new NationalRegister(db);
  const foreigners = db.prepare("SELECT * FROM rr_person WHERE household_id >= 1000 AND status = 'ACTIVE' AND nationality <> 150").all() as RrPerson[];
  const documents = (d: Db) => d.prepare('SELECT * FROM rr_residence_document ORDER BY ssin, begin_date').all() as RrResidenceDocument[];

  it('is deterministic and leaves Belgians without documents', () => {
    expect(documents(seeded())).toEqual(documents(db));
    expect(foreigners.length).toBeGreaterThan(10);
    const belgians = db.prepare("SELECT COUNT(*) AS n FROM rr_residence_document d JOIN rr_person p ON p.ssin = d.ssin WHERE p.nationality = 150").get() as { n: number };
    expect(belgians.n).toBe(0);
  });

  it('gives every generated foreign national a residence title at the end of 2025, so none is simulated as irregular', () => {
    for (const p of foreigners) {
      const facts = residenceFacts(rr, p, '2025-12-31');
      expect([p.ssin, facts.register]).not.toEqual([p.ssin, 'NONE']);
      expect(decideRight(facts, DEFAULT_NOVA_RULES).id).not.toBe('NV99');
    }
  });

  it('EU citizens hold E cards, E+ after five years; other nationals A cards, a C card in the population register after five years', () => {
    const eu = documents(db).filter((d) => ['E', 'E_PLUS'].includes(d.card_type));
    expect(eu.length).toBeGreaterThan(0);
    for (const d of documents(db).filter((x) => x.card_type === 'E_PLUS' || x.card_type === 'C')) {
      const first = documents(db).find((x) => x.ssin === d.ssin)!;
      expect(first.card_type).toBe(d.card_type === 'E_PLUS' ? 'E' : 'A');
      expect(d.begin_date > first.begin_date).toBe(true);
      expect(d.register).toBe(d.card_type === 'C' ? 'POPULATION' : 'FOREIGNERS');
    }
  });
});
