import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { isPossibleBirthDate, NewBisPerson } from '../../../sources/bis-writes';

/**
 * Reads registerPersonRequest/person (BisPersonServiceTypesV1.xsd) by local name; a missing or
 * invalid field is a NO_RESULT MSG00008 naming it.
 */
const GENDERS: Record<string, 1 | 2 | undefined> = { MALE: 1, FEMALE: 2, UNKNOWN: undefined };

function text(parent: XmlElement | undefined, name: string, max: number, required: true): string;
function text(parent: XmlElement | undefined, name: string, max: number, required?: false): string | undefined;
function text(parent: XmlElement | undefined, name: string, max: number, required = false): string | undefined {
  const value = childText(parent, name);
  if (value === undefined && required) throw invalidField(name);
  if (value !== undefined && value.length > max) throw invalidField(name, value);
  return value;
}

function country(parent: XmlElement | undefined, name: string, required: boolean): number | undefined {
  const value = childText(parent, name);
  if (value === undefined) {
    if (required) throw invalidField(name);
    return undefined;
  }
  if (!/^\d{3}$/.test(value) || Number(value) < 100) throw invalidField(name, value);
  return Number(value);
}

/** `today` (yyyy-mm-dd): a birth date after it is refused. */
export function readNewPerson(request: XmlElement, today: string): NewBisPerson {
  const person = child(request, 'person');
  if (!person) throw invalidField('person');
  const lastName = text(person, 'lastName', 48, true);
  const firstName = text(person, 'firstName', 48, true);
  const birthDate = text(person, 'birthDate', 10, true);
  if (!isPossibleBirthDate(birthDate, today)) throw invalidField('birthDate', birthDate);
  const genderText = childText(person, 'gender');
  if (genderText !== undefined && !(genderText in GENDERS)) throw invalidField('gender', genderText);
  const nationality = country(person, 'nationality', true)!;
  const birthPlace = text(person, 'birthPlace', 100);
  const birthCountry = country(person, 'birthCountry', false);
  const address = child(person, 'address');
  if (!address) throw invalidField('address');
  return {
    lastName,
    firstName,
    birthDate,
    gender: genderText === undefined ? undefined : GENDERS[genderText],
    nationality,
    birthPlace,
    birthCountry,
    address: {
      country: country(address, 'countryCode', true)!,
      postalCode: text(address, 'postalCode', 16),
      municipality: text(address, 'municipality', 100),
      street: text(address, 'street', 100),
      houseNumber: text(address, 'houseNumber', 16),
    },
  };
}
