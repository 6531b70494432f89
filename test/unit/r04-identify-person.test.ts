import { parseXml } from '../../src/xml/parse';
import { ClassicError } from '../../src/services/types';
import type { Identity } from '../../src/sources/persons';
import { birthInterval, overlaps, precisionOf, searchRange } from '../../src/services/R/OCMWCPASIdentifyPerson/dates';
import { DEFAULT_MAXIMUM, firstNameMatches, matches, readPhoneticCriteria } from '../../src/services/R/OCMWCPASIdentifyPerson/phonetic';
import { readVerificationData, verify } from '../../src/services/R/OCMWCPASIdentifyPerson/verification';
import { streetCodeOf } from '../../src/sources/rr/labels';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson';
const criteria = (inner: string) => readPhoneticCriteria(parseXml(`<p:PhoneticCriteria xmlns:p="${NS}">${inner}</p:PhoneticCriteria>`));

/** The details of the ClassicError thrown by fn, as code + field names. */
function refusal(fn: () => unknown): { code: string; fields: string[] }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClassicError) return e.details.map((d) => ({ code: d.def.code, fields: (d.information ?? []).map((i) => i.fieldName) }));
    throw e;
  }
  throw new Error('no ClassicError thrown');
}

const person = (p: Partial<Identity>): Identity => ({
  origin: 'RN_RR',
  ssin: '85031497622',
  lastName: 'Janssens',
  firstName: 'Marie',
  birthDate: '1985-03-14',
  gender: 2,
  nationality: 150,
  status: 'ACTIVE',
  ...p,
});

describe('R04 incomplete dates', () => {
  it('knows which parts of a date are given and refuses impossible dates', () => {
    expect(precisionOf('1985-03-14')).toBe('day');
    expect(precisionOf('1985-03-00')).toBe('month');
    expect(precisionOf('1985-00-00')).toBe('year');
    for (const bad of ['1985-00-14', '1985-13-00', '1985-02-30', '85-03-14', '1985-3-14']) expect(precisionOf(bad)).toBeUndefined();
  });

  it('reads the tolerance in days, months or years after what the date gives', () => {
    expect(searchRange('1985-03-14', 0)).toEqual({ from: '1985-03-14', to: '1985-03-14' });
    expect(searchRange('1985-03-01', 2)).toEqual({ from: '1985-02-27', to: '1985-03-03' });
    expect(searchRange('1985-03-00', 1)).toEqual({ from: '1985-02-01', to: '1985-04-30' });
    expect(searchRange('1985-12-00', 1)).toEqual({ from: '1985-11-01', to: '1986-01-31' });
    expect(searchRange('1985-00-00', 2)).toEqual({ from: '1983-01-01', to: '1987-12-31' });
  });

  it('lets an incomplete registered birth date match any day it may stand for', () => {
    expect(birthInterval('1982-07-00')).toEqual({ from: '1982-07-01', to: '1982-07-31' });
    expect(overlaps(birthInterval('1982-07-00')!, searchRange('1982-07-15', 0))).toBe(true);
    expect(overlaps(birthInterval('1982-07-00')!, searchRange('1982-08-15', 3))).toBe(false);
  });
});

describe('R04 phonetic criteria', () => {
  it('reads complete criteria, with the default Maximum and no tolerance for a complete date', () => {
    expect(criteria('<p:LastName>Janssens</p:LastName><p:BirthDate>1985-03-14</p:BirthDate>')).toEqual({
      lastName: 'Janssens',
      firstName: undefined,
      birthDate: '1985-03-14',
      gender: 0,
      tolerance: 0,
      maximum: DEFAULT_MAXIMUM,
    });
    expect(criteria('<p:LastName>X</p:LastName><p:FirstName>Luc</p:FirstName><p:BirthDate>1968-06-00</p:BirthDate><p:Gender>1</p:Gender><p:Tolerance>1</p:Tolerance><p:Maximum>10</p:Maximum>')).toMatchObject({
      firstName: 'Luc',
      gender: 1,
      tolerance: 1,
      maximum: 10,
    });
  });

  it('refuses a missing or empty LastName and BirthDate with 31000007', () => {
    expect(refusal(() => criteria('<p:LastName> </p:LastName>'))).toEqual([
      { code: '31000007', fields: ['Phonetic Criteria: Last Name'] },
      { code: '31000007', fields: ['Phonetic Criteria: Birth Date'] },
    ]);
  });

  it('asks a tolerance for an incomplete birth date (31009001)', () => {
    for (const date of ['1985-03-00', '1985-00-00']) {
      expect(refusal(() => criteria(`<p:LastName>X</p:LastName><p:BirthDate>${date}</p:BirthDate>`))).toEqual([
        { code: '31009001', fields: ['Phonetic Criteria: Birth Date', 'Phonetic Criteria: Birth Date Tolerance'] },
      ]);
    }
  });

  it('refuses values outside the contract with 31000005', () => {
    const bad = (inner: string) => refusal(() => criteria(`<p:LastName>X</p:LastName>${inner}`));
    expect(bad('<p:BirthDate>1985-02-30</p:BirthDate>')).toEqual([{ code: '31000005', fields: ['Phonetic Criteria: Birth Date'] }]);
    expect(bad('<p:BirthDate>1985-02-01</p:BirthDate><p:Gender>3</p:Gender>')).toEqual([{ code: '31000005', fields: ['Phonetic Criteria: Gender'] }]);
    expect(bad('<p:BirthDate>1985-02-01</p:BirthDate><p:Tolerance>-1</p:Tolerance>')).toEqual([{ code: '31000005', fields: ['Phonetic Criteria: Birth Date Tolerance'] }]);
    for (const max of ['0', '81', 'ten']) {
      expect(bad(`<p:BirthDate>1985-02-01</p:BirthDate><p:Maximum>${max}</p:Maximum>`)).toEqual([{ code: '31000005', fields: ['Phonetic Criteria: Maximum'] }]);
    }
  });

  it('matches a first name by its beginning or by its sound', () => {
    expect(firstNameMatches('Luc Johannes', 'LUC')).toBe(true);
    expect(firstNameMatches('Maria', 'Mari')).toBe(true);
    expect(firstNameMatches('Marie', 'Mary')).toBe(true);
    expect(firstNameMatches('Anne Élise', 'elise')).toBe(true);
    expect(firstNameMatches('Maria', 'Marie')).toBe(false);
    expect(firstNameMatches('Sarah', 'Tom')).toBe(false);
  });

  it('filters on gender, first name, birth date and status', () => {
    const c = criteria('<p:LastName>Janssens</p:LastName><p:BirthDate>1985-03-00</p:BirthDate><p:Gender>2</p:Gender><p:Tolerance>0</p:Tolerance>');
    const range = searchRange(c.birthDate, c.tolerance);
    expect(matches(person({}), c, range)).toBe(true);
    expect(matches(person({ gender: 1 }), c, range)).toBe(false);
    expect(matches(person({ gender: undefined, origin: 'BCSS_KSZ' }), c, range)).toBe(true);
    expect(matches(person({ birthDate: '1985-04-01' }), c, range)).toBe(false);
    expect(matches(person({ status: 'REPLACED' }), c, range)).toBe(false);
    expect(matches(person({}), { ...c, firstName: 'Tom' }, range)).toBe(false);
  });
});

describe('R04 verification data', () => {
  const read = (inner: string) => readVerificationData(parseXml(`<v:VerificationData xmlns:v="${NS}">${inner}</v:VerificationData>`));
  const p = person({ sisCard: '6012345678', idCard: '592123456789', middleName: undefined });

  it('validates on any one matching item; a wrong PersonData is reported even then', () => {
    expect(verify(p, read('<v:SISCardNumber>6012345678</v:SISCardNumber>')!)).toEqual({ validated: true, personDataMismatch: false });
    expect(verify(p, read('<v:IdentityCardNumber>000000000000</v:IdentityCardNumber>')!)).toEqual({ validated: false, personDataMismatch: false });
    expect(verify(p, read('<v:PersonData><v:LastName>JANSSENS</v:LastName><v:FirstName>marie</v:FirstName><v:MiddleName></v:MiddleName><v:BirthDate>1985-03-14</v:BirthDate></v:PersonData>')!)).toEqual({
      validated: true,
      personDataMismatch: false,
    });
    expect(verify(p, read('<v:IdentityCardNumber>592123456789</v:IdentityCardNumber><v:PersonData><v:LastName>Janssen</v:LastName><v:BirthDate>1985-03-14</v:BirthDate></v:PersonData>')!)).toEqual({
      validated: true,
      personDataMismatch: true,
    });
    expect(verify(p, read('<v:PersonData><v:LastName>Janssens</v:LastName><v:BirthDate>1985-03-00</v:BirthDate></v:PersonData>')!)).toEqual({
      validated: false,
      personDataMismatch: true,
    });
  });

  it('ignores an empty VerificationData and refuses an incomplete PersonData or a malformed card number', () => {
    expect(read('')).toBeUndefined();
    expect(refusal(() => read('<v:SISCardNumber>123</v:SISCardNumber><v:PersonData><v:FirstName>X</v:FirstName></v:PersonData>'))).toEqual([
      { code: '31000005', fields: ['SISCardNumber'] },
      { code: '31000007', fields: ['Person Data: Last Name'] },
      { code: '31000007', fields: ['Person Data: Birth Date'] },
    ]);
  });
});

describe('R04 street code', () => {
  it('fits the t_NISCode range', () => {
    expect(streetCodeOf('1234')).toBe('1234');
    expect(streetCodeOf('90000004')).toBe('4');
    expect(streetCodeOf(null)).toBeUndefined();
  });
});
