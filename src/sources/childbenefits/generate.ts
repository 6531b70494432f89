import type { Db } from '../../store/db';
import type { BenefitFamily, Residence } from './families';

/**
 * The child-benefit families of the generated population (households from id 1000): every child
 * of a household born from December 2008 on (paid for in the emulated years), grouped by parents;
 * the mother receives (the father when there is none), the father was the entitled person; the
 * family's address history is the first child's. Derived from the National Register rows, with no
 * random stream of its own.
 */
export function generatedFamilies(db: Db): BenefitFamily[] {
  const children = db
    .prepare(
      `SELECT p.ssin, p.birth_date,
              (SELECT parent_ssin FROM rr_filiation f WHERE f.child_ssin = p.ssin AND f.parent_type = 'MOTHER') AS mother,
              (SELECT parent_ssin FROM rr_filiation f WHERE f.child_ssin = p.ssin AND f.parent_type = 'FATHER') AS father
       FROM rr_person p WHERE p.household_id >= 1000 AND p.household_role = 3 AND p.birth_date >= '2008-12-01' AND p.status = 'ACTIVE'
       ORDER BY p.ssin`,
    )
    .all() as { ssin: string; birth_date: string; mother: string | null; father: string | null }[];
  const addresses = db.prepare('SELECT nis_code AS nis, begin_date AS begin, end_date AS end FROM rr_address WHERE ssin = ? AND nis_code IS NOT NULL ORDER BY begin_date');
  const families = new Map<string, BenefitFamily>();
  for (const c of children) {
    const recipient = c.mother ?? c.father;
    if (!recipient) continue;
    const key = `${c.mother}/${c.father}`;
    let family = families.get(key);
    if (!family) {
      const residences = addresses.all(c.ssin) as Residence[];
      if (residences.length === 0) continue;
      family = { recipient, entitled: c.father ?? recipient, children: [], residences, stem: 100000 + families.size };
      families.set(key, family);
    }
    family.children.push({ ssin: c.ssin, birthDate: c.birth_date });
  }
  return [...families.values()];
}
