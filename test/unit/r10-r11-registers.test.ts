import { applySchemas, Db, openDatabase } from '../../src/store/db';
import { SCHEMAS } from '../../src/app';
import { checkSsin, makeSsin } from '../../src/domain/ssin';
import { BisWrites, isPossibleBirthDate, NewBisPerson } from '../../src/sources/bis-writes';
import { SsinHistory } from '../../src/sources/ssin-history';
import { SeedWriter, rrPerson } from '../../fixtures/builder';

/** The BIS register writes (R11, R12) and the SSIN history (R10) on a small in-memory database. */
function database(): { db: Db; w: SeedWriter } {
  const db = openDatabase(':memory:');
  applySchemas(db, SCHEMAS);
  return { db, w: new SeedWriter(db) };
}

const bisRow = (ssin: string, extra: Record<string, unknown> = {}) => ({
  ssin, last_name: 'Benali', first_name: 'Ahmed', birth_date: '1982-07-00', gender: null, nationality: 354, birth_place: null, birth_country: null,
  decease_date: null, status: 'ACTIVE' as const, replaced_by: null, country: 150, postal_code: null, municipality: null, street: null, house_number: null,
  created: '2015-02-10', updated: '2015-02-10', ...extra,
});

const person = (p: Partial<NewBisPerson>): NewBisPerson => ({
  lastName: 'Nowak', firstName: 'Piotr', birthDate: '1990-05-10', nationality: 139, address: { country: 150 }, ...p,
});

describe('BIS numbers (contracts.md §7)', () => {
  it('adds 40 to the month when the gender is known (odd counter for a man, even for a woman) and 20 when it is not', () => {
    const { db } = database();
    const bis = new BisWrites(db);
    const man = bis.nextNumber('1990-05-10', 1);
    const woman = bis.nextNumber('1990-05-10', 2);
    const unknown = bis.nextNumber('1990-05-10');
    expect([man, woman, unknown].map((s) => s.slice(0, 9))).toEqual(['904510001', '904510002', '902510001']);
    expect(checkSsin(man)).toMatchObject({ ok: true, info: { kind: 'TER', gender: 1, birthDate: '1990-05-10' } });
    expect(checkSsin(woman)).toMatchObject({ ok: true, info: { kind: 'TER', gender: 2 } });
    expect(checkSsin(unknown)).toMatchObject({ ok: true, info: { kind: 'BIS', gender: undefined } });
  });

  it('uses the 2000 check-digit rule for births from 2000 on, and keeps 00 for an unknown month or day', () => {
    const { db } = database();
    const bis = new BisWrites(db);
    expect(checkSsin(bis.nextNumber('2004-02-29', 2), new Date('2026-01-01'))).toMatchObject({ ok: true, info: { century: 2000, birthDate: '2004-02-29' } });
    expect(bis.nextNumber('1960-00-00').slice(0, 6)).toBe('602000');
  });

  it('skips every counter already used for the birth date, in the RR or in either BIS range', () => {
    const { db, w } = database();
    w.person(rrPerson({ ssin: makeSsin('1990-05-10', 1), last_name: 'A', first_name: 'B', birth_date: '1990-05-10', gender: 1, household_id: 1 }));
    w.bisPerson(bisRow(makeSsin('1990-05-10', 3, 'BIS'), { birth_date: '1990-05-10' }));
    w.bisPerson(bisRow(makeSsin('1990-05-10', 5, 'TER'), { birth_date: '1990-05-10' }));
    expect(new BisWrites(db).nextNumber('1990-05-10', 1).slice(6, 9)).toBe('007');
    expect(new BisWrites(db).nextNumber('1990-05-10').slice(6, 9)).toBe('002');
  });

  it('registers once: the same names and birth date (any case or accents) give the existing number', () => {
    const { db, w } = database();
    w.person(rrPerson({ ssin: makeSsin('1985-06-12', 951), last_name: 'Claes', first_name: 'Sarah', birth_date: '1985-06-12', gender: 2, household_id: 1 }));
    const bis = new BisWrites(db);
    expect(bis.register(person({ lastName: 'CLAES', firstName: 'sarah', birthDate: '1985-06-12' }), '2026-01-01')).toEqual({ created: false, existing: makeSsin('1985-06-12', 951) });
    const first = bis.register(person({ lastName: 'Wiśniewski' }), '2026-01-01');
    expect(first.created).toBe(true);
    expect(bis.register(person({ lastName: 'Wisniewski' }), '2026-01-01')).toEqual({ created: false, existing: first.created ? first.ssin : '' });
    expect(bis.register(person({ lastName: 'Wiśniewski', firstName: 'Jan' }), '2026-01-01').created).toBe(true);
  });

  it('accepts a birth date with 00 parts but no impossible or future one', () => {
    expect(['1990-05-10', '1990-05-00', '1990-00-00', '2024-02-29'].map((d) => isPossibleBirthDate(d, '2026-01-01'))).toEqual([true, true, true, true]);
    expect(['1990-13-01', '1990-00-05', '2023-02-29', '2026-01-02', '1990-5-10'].map((d) => isPossibleBirthDate(d, '2026-01-01'))).toEqual([false, false, false, false, false]);
  });
});

describe('the SSIN history (R10)', () => {
  it('links a BIS number, the BIS number that replaced it and the RR number that replaced that one, oldest first', () => {
    const { db, w } = database();
    const [first, second, rr] = [makeSsin('1982-07-00', 959, 'BIS'), makeSsin('1982-07-15', 961, 'TER'), makeSsin('1982-07-15', 959)];
    w.bisPerson(bisRow(first, { status: 'REPLACED', replaced_by: second, updated: '2016-01-01' }));
    w.bisPerson(bisRow(second, { status: 'REPLACED', replaced_by: rr, created: '2016-01-01', updated: '2020-10-01' }));
    w.person(rrPerson({ ssin: rr, last_name: 'Benali', first_name: 'Ahmed', birth_date: '1982-07-15', gender: 1, household_id: 1, created: '2020-10-01' }));
    const history = new SsinHistory(db);
    for (const from of [first, second, rr]) {
      const chain = history.chain(from)!;
      expect(chain.map((r) => [r.ssin, r.status, r.statusDate])).toEqual([
        [first, 'REPLACED', '2016-01-01'],
        [second, 'REPLACED', '2020-10-01'],
        [rr, 'ACTIVE', undefined],
      ]);
      expect(SsinHistory.current(chain, from)).toBe(rr);
    }
    expect(history.predecessors(rr)).toEqual([second]);
    expect(history.chain(makeSsin('1988-08-08', 965))).toBeUndefined();
  });

  it('leads a cancelled number nowhere', () => {
    const { db, w } = database();
    const ssin = makeSsin('1975-09-09', 961);
    w.person(rrPerson({ ssin, last_name: 'Martin', first_name: 'Julie', birth_date: '1975-09-09', gender: 2, household_id: 1, status: 'CANCELED', updated: '2022-04-04' }));
    const chain = new SsinHistory(db).chain(ssin)!;
    expect(chain).toEqual([{ ssin, register: 'NATIONAL_REGISTER', status: 'CANCELED', issued: '1975-09-09', statusDate: '2022-04-04', replacedBy: undefined }]);
    expect(SsinHistory.current(chain, ssin)).toBeUndefined();
  });
});
