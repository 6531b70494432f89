import { childText, XmlElement } from '../../../xml/node';
import { withoutAccents } from '../../../domain/accents';
import { phoneticKey } from '../../../domain/phonetic';
import { REASON } from '../../../domain/codes';
import { ClassicError, Detail } from '../../types';
import type { Identity, Persons } from '../../../sources/persons';
import { birthInterval, DayRange, overlaps, precisionOf, searchRange } from './dates';

/**
 * The phonetic search of IdentifyPerson (contracts.md §3.1): read and check PhoneticCriteria, then
 * find the persons of both registers whose last name sounds like the one given.
 */
export interface PhoneticCriteria {
  lastName: string;
  firstName?: string;
  birthDate: string;
  /** 0 = unknown (no filter), 1 = male, 2 = female */
  gender: number;
  tolerance: number;
  maximum: number;
}

/** Emulator choice: without Maximum a search may return up to 80 persons (the contract's ceiling). */
export const DEFAULT_MAXIMUM = 80;

/** A larger tolerance changes nothing for real birth dates and would leave the calendar; it is clamped. */
const TOLERANCE_CAP = { day: 73000, month: 2400, year: 200 } as const;

/** Field names as in real replies: "Phonetic Criteria: Last Name". */
export const field = (name: string) => `Phonetic Criteria: ${name}`;

const INTEGER = /^[+-]?\d+$/;

/** Reads PhoneticCriteria; every problem found is reported at once, as one ClassicError. */
export function readPhoneticCriteria(el: XmlElement): PhoneticCriteria {
  const problems: Detail[] = [];
  const missing = (name: string) => problems.push({ severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: field(name) }] });
  const invalid = (name: string, value: string) =>
    problems.push({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, information: [{ fieldName: field(name), fieldValue: value }] });

  const lastName = childText(el, 'LastName');
  if (lastName === undefined) missing('Last Name');

  const birthDate = childText(el, 'BirthDate');
  const precision = birthDate === undefined ? undefined : precisionOf(birthDate);
  if (birthDate === undefined) missing('Birth Date');
  else if (!precision) invalid('Birth Date', birthDate);

  const genderText = childText(el, 'Gender');
  if (genderText !== undefined && !/^[012]$/.test(genderText)) invalid('Gender', genderText);

  const toleranceText = childText(el, 'Tolerance');
  if (toleranceText !== undefined && !(INTEGER.test(toleranceText) && Number(toleranceText) >= 0)) {
    invalid('Birth Date Tolerance', toleranceText);
  }

  const maximumText = childText(el, 'Maximum');
  const maximum = maximumText === undefined ? DEFAULT_MAXIMUM : Number(maximumText);
  if (maximumText !== undefined && !(INTEGER.test(maximumText) && maximum >= 1 && maximum <= 80)) invalid('Maximum', maximumText);

  // An incomplete date says nothing precise enough on its own: KSZ asks for a tolerance (31009001).
  if (precision && precision !== 'day' && toleranceText === undefined) {
    problems.push({
      severity: 'ERROR',
      def: REASON.PHONETIC_TOLERANCE,
      information: [{ fieldName: field('Birth Date'), fieldValue: birthDate }, { fieldName: field('Birth Date Tolerance') }],
    });
  }
  if (problems.length > 0) throw new ClassicError(...problems);

  return {
    lastName: lastName!,
    firstName: childText(el, 'FirstName'),
    birthDate: birthDate!,
    gender: genderText === undefined ? 0 : Number(genderText),
    tolerance: Math.min(toleranceText === undefined ? 0 : Number(toleranceText), TOLERANCE_CAP[precision!]),
    maximum,
  };
}

/** Upper case, no accents, single spaces: how names are compared. */
export function fold(name: string): string {
  return withoutAccents(name).toUpperCase().replace(/\s+/g, ' ').trim();
}

/**
 * A first name matches when the person's first names start with it ("LUC" finds "Luc Johannes",
 * "Mari" finds Marie and Maria) or when one of them sounds like it ("Mary" finds Marie).
 */
export function firstNameMatches(personFirstNames: string, given: string): boolean {
  const wanted = fold(given);
  if (wanted === '') return true;
  if (fold(personFirstNames).startsWith(wanted)) return true;
  const key = phoneticKey(wanted);
  return key !== '' && fold(personFirstNames).split(' ').some((name) => phoneticKey(name) === key);
}

export function matches(person: Identity, c: PhoneticCriteria, range: DayRange): boolean {
  // Replaced and cancelled numbers are not identities any more; deceased persons are.
  if (person.status !== 'ACTIVE') return false;
  // A person whose gender is unknown (some BIS persons) cannot be ruled out by gender.
  if (c.gender !== 0 && person.gender && person.gender !== c.gender) return false;
  if (c.firstName !== undefined && !firstNameMatches(person.firstName, c.firstName)) return false;
  // A registered birth date may itself be incomplete: it matches when its days overlap the range.
  const born = birthInterval(person.birthDate);
  return born !== undefined && overlaps(born, range);
}

/** Every matching person, National Register first, then BIS register, each by SSIN. */
export function phoneticSearch(persons: Persons, c: PhoneticCriteria): Identity[] {
  const key = phoneticKey(c.lastName);
  if (key === '') return [];
  const range = searchRange(c.birthDate, c.tolerance);
  return persons.byPhonetic(key).filter((p) => matches(p, c, range));
}
