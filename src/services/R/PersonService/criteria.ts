import { child, childrenNamed, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { isPossibleBirthDate } from '../../../sources/bis-writes';

/**
 * The criteria of both PersonService operations, read by local name and checked as
 * PersonServiceTypesV4.xsd says; a problem is a NO_RESULT MSG00008 naming the field.
 */
export const BLOCKS = ['names', 'birth', 'gender', 'nationality', 'civilState', 'decease', 'address', 'contactData'] as const;
export type Block = (typeof BLOCKS)[number];

export interface NameCriteria {
  lastName: string;
  firstName?: string;
  /** yyyy-mm-dd with 00 for an unknown month or day. */
  birthDate: string;
  gender?: 1 | 2;
  maximumResults: number;
}

/** A birth date in the future is no error: it simply matches nobody. */
const ANY_DAY = '9999-12-31';
const GENDERS: Record<string, 1 | 2 | undefined> = { MALE: 1, FEMALE: 2, UNKNOWN: undefined };

/** The blocks asked for, in the contract's order; every block when the request names none. */
export function requestedBlocks(request: XmlElement): Block[] {
  const names = childrenNamed(child(child(request, 'criteria'), 'dataBlocks'), 'dataBlock').map((b) => childText(b) ?? '');
  if (names.length === 0) return [...BLOCKS];
  const unknown = names.find((n) => !(BLOCKS as readonly string[]).includes(n));
  if (unknown !== undefined) throw invalidField('dataBlock', unknown);
  return BLOCKS.filter((b) => names.includes(b));
}

export function readNameCriteria(request: XmlElement): NameCriteria {
  const criteria = child(request, 'criteria');
  const lastName = childText(criteria, 'lastName');
  if (lastName === undefined) throw invalidField('lastName');
  const birthDate = childText(criteria, 'birthDate');
  if (birthDate === undefined || !isPossibleBirthDate(birthDate, ANY_DAY)) throw invalidField('birthDate', birthDate);
  const genderText = childText(criteria, 'gender');
  if (genderText !== undefined && !(genderText in GENDERS)) throw invalidField('gender', genderText);
  const maxText = childText(criteria, 'maximumResults') ?? '10';
  const maximumResults = Number(maxText);
  if (!/^\d+$/.test(maxText) || maximumResults < 1 || maximumResults > 50) throw invalidField('maximumResults', maxText);
  requestedBlocks(request);
  return { lastName, firstName: childText(criteria, 'firstName'), birthDate, gender: genderText ? GENDERS[genderText] : undefined, maximumResults };
}
