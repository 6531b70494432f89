import type { NationalRegister, RrAddress, RrFiliation, RrPerson } from '../../src/sources/rr';
import { makeSsin } from '../../src/domain/ssin';
import { rrPerson } from '../../fixtures/builder';
import { Prefixed, toXml, XmlObject } from '../../src/xml/build';
import { buildTiGroups, TiOptions } from '../../src/services/R/RetrieveTIGroupsService/tiGroups';
import { numberOnly, personName, personNumber, rnDate } from '../../src/services/R/RetrieveTIGroupsService/rn25';
import * as L from '../../src/sources/rr/labels';

const TODAY = new Date('2026-01-15T10:00:00Z');

/** An RR row with the seed's defaults (Jan Peeters from Gent, single) and the given fields. */
function person(p: Partial<RrPerson> & Pick<RrPerson, 'ssin' | 'birth_date'>): RrPerson {
  return { phonetic: '', ...rrPerson({ last_name: 'Peeters', first_name: 'Jan', gender: 1, household_id: 1, ...p }) };
}

function address(ssin: string, nis: string, begin: string, end: string | null, country = 150): RrAddress {
  return {
    ssin,
    begin_date: begin,
    end_date: end,
    country,
    nis_code: country === 150 ? nis : null,
    postal_code: country === 150 ? '9000' : null,
    municipality_nl: null,
    municipality_fr: null,
    street_code: country === 150 ? '90000001' : null,
    street_nl: 'Veldstraat',
    street_fr: 'Veldstraat',
    house_number: '1',
    box: null,
  };
}

/** An in-memory stand-in for the RR tables (the same read methods as src/sources/rr.ts). */
function register(persons: RrPerson[], addresses: RrAddress[] = [], filiations: RrFiliation[] = []): NationalRegister {
  return {
    person: (ssin: string) => persons.find((p) => p.ssin === ssin),
    addresses: (ssin: string) => addresses.filter((a) => a.ssin === ssin).sort((a, b) => b.begin_date.localeCompare(a.begin_date)),
    household: (id: number) => persons.filter((p) => p.household_id === id).sort((a, b) => a.household_role - b.household_role),
    parents: (ssin: string) => filiations.filter((f) => f.child_ssin === ssin),
  } as unknown as NationalRegister;
}

const opts = (o: Partial<TiOptions> = {}): TiOptions => ({ language: 'fr', history: false, today: TODAY, ...o });
const group = (file: Prefixed, name: string) => file.content[name] as XmlObject | undefined;
const records = (file: Prefixed, wrapper: string, item: string) => (group(file, wrapper)?.[item] as XmlObject[] | undefined) ?? [];

describe('R09 rn25 building blocks', () => {
  it('writes national numbers as the 11 digits the rn25 schema requires, for births before and from 2000', () => {
    for (const ssin of [makeSsin('1985-06-12', 951), makeSsin('2010-09-15', 973)]) {
      expect(personNumber(person({ ssin, birth_date: '1985-06-12' })).NationalNumber).toBe(ssin);
      expect(numberOnly(ssin, TODAY).NationalNumber).toBe(ssin);
    }
    expect(numberOnly(makeSsin('2010-09-15', 973), TODAY).Date).toEqual({ Century: '20', Year: '10', Month: '09', Day: '15' });
  });

  it('splits dates into century, year, month and day, keeping the zeros of incomplete dates', () => {
    expect(rnDate('1982-07-00')).toEqual({ Century: '19', Year: '82', Month: '07', Day: '00' });
    expect(rnDate('2025-06-14')).toEqual({ Century: '20', Year: '25', Month: '06', Day: '14' });
  });

  it('prefixes element names but not attributes, through arrays, and not elements with a prefix of their own', () => {
    const content = { '@Type': '010', Name: [{ Code: '1' }, { Code: '2' }], 'x:Own': 'y' };
    expect(toXml('file', new Prefixed('r', content))).toBe('<file Type="010"><r:Name><r:Code>1</r:Code></r:Name><r:Name><r:Code>2</r:Code></r:Name><x:Own>y</x:Own></file>');
  });

  it('gives every name part a stable dictionary-like code', () => {
    const a = personName({ last_name: 'El Amrani', first_name: 'Adam Karim', middle_name: null });
    const b = personName({ last_name: 'El Amrani', first_name: 'Adam', middle_name: 'Karim' });
    expect(a).toEqual(b);
    const last = a.LastName as XmlObject;
    expect(last.Code).toMatch(/^1\d{7}$/);
    expect((a.FirstName as XmlObject[]).map((f) => f.Label)).toEqual(['Adam', 'Karim']);
    expect((a.FirstName as XmlObject[]).every((f) => /^000\d{5}$/.test(String(f.Code)))).toBe(true);
  });
});

describe('R09 labels', () => {
  it('finds municipalities by their name in any language', () => {
    expect(L.municipalityByName('Gand')).toBe('44021');
    expect(L.municipalityByName('lüttich')).toBe('62063');
    expect(L.municipalityByName('Casablanca')).toBeUndefined();
  });

  it('labels family roles by gender and falls back to the code for unknown codes', () => {
    expect(L.familyRoleLabel(L.familyRoleCode(2), 2, 'fr')).toBe('Epouse');
    expect(L.familyRoleLabel(L.familyRoleCode(3), 1, 'nl')).toBe('Zoon');
    expect(L.familyRoleCode(9)).toBe('12');
    expect(L.civilStateLabel(99, 'nl')).toBe('99');
  });

  it('keeps an unknown occupation as text with a catch-all code', () => {
    expect(L.occupation('Zonder beroep', 'de')).toMatchObject({ code: '00002', label: 'Ohne Beruf', category: '9' });
    expect(L.occupation('Astronaut', 'fr')).toMatchObject({ code: '99999', label: 'Astronaut' });
  });
});

describe('R09 TI groups', () => {
  const ssin = makeSsin('1970-03-04', 101);

  it('merges consecutive addresses in one municipality into one residence, and follows the history flag', () => {
    const p = person({ ssin, birth_date: '1970-03-04' });
    const rr = register(
      [p],
      [
        address(ssin, '44021', '2020-01-01', null),
        address(ssin, '44021', '2015-01-01', '2019-12-31'),
        address(ssin, '11002', '2010-01-01', '2014-12-31'),
        address(ssin, '', '2005-01-01', '2009-12-31', 354),
      ],
    );
    const now = buildTiGroups(rr, p, opts());
    const all = buildTiGroups(rr, p, opts({ history: true }));
    expect(records(now, 'FileOwner', 'Residences')).toHaveLength(1);
    const residences = records(all, 'FileOwner', 'Residences');
    expect(residences.map((r) => (r['Residence'] as XmlObject)['Code'])).toEqual(['44021', '11002', '354']);
    expect(residences[0]['Date']).toEqual(rnDate('2015-01-01'));
    // The address abroad is a residence (country) but not a legal main address in Belgium.
    expect(records(all, 'LegalMainAddresses', 'LegalMainAddress')).toHaveLength(3);
    expect(records(now, 'LegalMainAddresses', 'LegalMainAddress')).toHaveLength(1);
  });

  it('adds the single state at birth to the civil-state history, and names a partner unknown to the RR by number', () => {
    const partner = makeSsin('1972-05-06', 102);
    const p = person({ ssin, birth_date: '1970-03-04', civil_state: 60, civil_state_date: '2001-02-03', partner_ssin: partner });
    const rr = register([p]);
    const current = records(buildTiGroups(rr, p, opts()), 'CivilStates', 'CivilState');
    expect(current).toHaveLength(1);
    const spouse = current[0]['Spouse'] as XmlObject;
    expect(spouse['Name']).toBeUndefined();
    expect((spouse['NationalNumber'] as XmlObject)['Sex']).toBe('2');
    const history = records(buildTiGroups(rr, p, opts({ history: true })), 'CivilStates', 'CivilState');
    expect(history.map((c) => (c['CivilState'] as XmlObject)['Code'])).toEqual(['60', '10']);
  });

  it('shows only the parents the RR knows, and no filiation group without them', () => {
    const father = person({ ssin: makeSsin('1945-01-01', 103), birth_date: '1945-01-01', household_id: 2 });
    const p = person({ ssin, birth_date: '1970-03-04' });
    const known = register([p, father], [], [
      { child_ssin: ssin, parent_ssin: father.ssin, parent_type: 'FATHER' },
      { child_ssin: ssin, parent_ssin: makeSsin('1946-01-01', 104), parent_type: 'MOTHER' },
    ]);
    const filiation = records(buildTiGroups(known, p, opts()), 'Filiations', 'Filiation')[0];
    expect(filiation['Parent1']).toBeDefined();
    expect(filiation['Parent2']).toBeUndefined();
    const none = register([p], [], [{ child_ssin: ssin, parent_ssin: makeSsin('1946-01-01', 104), parent_type: 'MOTHER' }]);
    expect(group(buildTiGroups(none, p, opts()), 'Filiations')).toBeUndefined();
  });

  it('leaves deceased and cancelled persons out of a household, and places a decease without place in the last municipality', () => {
    const p = person({ ssin, birth_date: '1970-03-04', decease_date: '2024-02-02' });
    const gone = person({ ssin: makeSsin('1971-01-01', 106), birth_date: '1971-01-01', household_role: 2, status: 'CANCELED' });
    const child = person({ ssin: makeSsin('1999-01-01', 108), birth_date: '1999-01-01', household_role: 3 });
    const rr = register([p, gone, child], [address(ssin, '62063', '2000-01-01', null)]);
    const file = buildTiGroups(rr, p, opts({ language: 'de' }));
    expect(records(file, 'FamilyMembers', 'FamilyMember')).toHaveLength(2);
    const decease = records(file, 'Deceases', 'Decease')[0]['Decease'] as XmlObject;
    expect(decease['Place1']).toEqual({ Code: '62063', Label: 'Lüttich' });
  });

  it('serializes with the rn25 namespace declared once on the block', () => {
    const p = person({ ssin, birth_date: '1970-03-04' });
    const xml = toXml('rrn_it_implicit', buildTiGroups(register([p]), p, opts()));
    expect(xml.startsWith('<rrn_it_implicit xmlns:r="http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema"><r:NationalNumber Type="000" Structure="A1">')).toBe(true);
    expect(xml.match(/xmlns:r=/g)).toHaveLength(1);
  });
});
