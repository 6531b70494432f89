import { checkSsin } from '../../../domain/ssin';
import type { XmlObject } from '../../../xml/build';
import type { RrPerson } from '../../../sources/rr';

/**
 * The small building blocks of the National Register XML inside rrn_it_implicit
 * (wsdl/R09-RetrieveTIGroupsService/v2/rn25Schema.xsd): split dates, national numbers, names. (The `r:` prefix every rn25 element carries is given when serializing: xml/build Prefixed.)
 */
export const RN25_NS = 'http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema';
export const RN25_PREFIX = 'r';

/** yyyy-mm-dd as Date{Century, Year, Month, Day}; 00 parts of incomplete dates stay 00. */
export function rnDate(iso: string): XmlObject {
  const [y, m, d] = iso.split('-');
  return { Century: y.slice(0, 2), Year: y.slice(2, 4), Month: m, Day: d };
}

/**
 * PersonNumberType: a person's national number, birth date and sex. The number is the 11 digits
 * the rn25 schema requires (`\d{11}`, in IT000 and for every related person alike); the captured
 * replies of 2015 printed "YYMMDD NNN-CC", which the schema does not allow anywhere.
 */
export function personNumber(p: RrPerson): XmlObject {
  return { NationalNumber: p.ssin, Date: rnDate(p.birth_date), Sex: p.gender === 2 ? '2' : '1' };
}

/** PersonNumberType of someone the register file only names by number (birth date and sex from the number). */
export function numberOnly(ssin: string, today: Date): XmlObject {
  const check = checkSsin(ssin, today);
  const info = check.ok ? check.info : undefined;
  return {
    NationalNumber: ssin,
    Date: info?.birthDate ? rnDate(info.birthDate) : undefined,
    Sex: info?.gender ? String(info.gender) : undefined,
  };
}

/**
 * PersonNameType. The register codes every name in a dictionary; we derive a stable code from the
 * text (modelled): 8 digits starting with 1 for last names, 000 for given names, as in the captures.
 */
export function personName(p: Pick<RrPerson, 'last_name' | 'first_name' | 'middle_name'>): XmlObject {
  const given = [p.first_name, p.middle_name ?? ''].join(' ').split(/\s+/).filter(Boolean);
  return {
    LastName: { Code: '1' + digits(p.last_name, 7), Label: p.last_name },
    FirstName: given.map((g) => ({ Code: '000' + digits(g, 5), Label: g })),
  };
}

function digits(text: string, n: number): string {
  let h = 2166136261;
  for (const c of text.toLowerCase()) h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
  return String(h % 10 ** n).padStart(n, '0');
}
