import { applySchemas, openDatabase } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { NationalRegister, rrExtrasWriter } from '../../src/sources/rr';
import { rrPerson, SeedWriter } from '../../fixtures/builder';

/** The RR household history read by R07 and R08: former memberships, then the current one. */
describe('NationalRegister households over time', () => {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  const w = new SeedWriter(db);
  const extras = rrExtrasWriter(db);
  const rr = new NationalRegister(db);
  // Ann heads household 10 since 2000. Bob lived with her 2005-2010, then heads household 20
  // (the seed says since his birth: his current membership starts after the former one).
  // Cas joins household 10 as a child in 2012 and dies in 2020.
  w.person(rrPerson({ ssin: 'A', last_name: 'Ann', first_name: 'A', birth_date: '1970-01-01', gender: 2, household_id: 10, household_since: '2000-01-01' }));
  w.person(rrPerson({ ssin: 'B', last_name: 'Bob', first_name: 'B', birth_date: '1971-01-01', gender: 1, household_id: 20, household_role: 1 }));
  w.person(rrPerson({ ssin: 'C', last_name: 'Cas', first_name: 'C', birth_date: '2012-03-03', gender: 1, household_id: 10, household_role: 3, decease_date: '2020-05-05' }));
  extras.householdHistory({ ssin: 'B', household_id: 10, household_role: 2, begin_date: '2005-01-01', end_date: '2010-12-31' });

  const at = (ssin: string, date: string) => rr.householdAt(ssin, date)?.members.map((m) => `${m.person.ssin}${m.membership.household_role}`);

  it('starts the current membership after the last former one, and ends it at death', () => {
    expect(rr.memberships('B')).toEqual([
      { household_id: 10, household_role: 2, begin_date: '2005-01-01', end_date: '2010-12-31' },
      { household_id: 20, household_role: 1, begin_date: '2011-01-01', end_date: null },
    ]);
    expect(rr.memberships('C')).toEqual([{ household_id: 10, household_role: 3, begin_date: '2012-03-03', end_date: '2020-05-05' }]);
  });

  it('gives the members of the day, in household order, whoever is asked about', () => {
    expect(at('A', '2004-12-31')).toEqual(['A1']);
    expect(at('A', '2008-06-01')).toEqual(['A1', 'B2']);
    expect(at('B', '2008-06-01')).toEqual(['A1', 'B2']);
    expect(at('A', '2015-01-01')).toEqual(['A1', 'C3']);
    expect(at('B', '2015-01-01')).toEqual(['B1']);
    expect(at('A', '2020-05-06')).toEqual(['A1']);
  });

  it('knows no household before the first membership or after death', () => {
    expect(rr.householdAt('B', '2004-12-31')).toBeUndefined();
    expect(rr.householdAt('C', '2021-01-01')).toBeUndefined();
  });
});
