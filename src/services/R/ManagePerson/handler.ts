import type { Ctx } from './context';
import { raiseServiceWrite } from '../../../events/service-writes';
import { child, childText, XmlElement } from '../../../xml/node';
import { REASON } from '../../../domain/codes';
import {ClassicError, ClassicResult} from '../../types';
import { argumentInvalid, argumentMissing } from '../../../soap/classicErrors';
import { isPossibleBirthDate, NewBisPerson } from '../../../sources/bis-writes';

/**
 * R11 ManagePerson.createKSZCitizen (modelled classic twin of BisPersonService.registerPerson):
 * the same BIS register write, answered the classic way: 31000007 / 31000005 for a missing or
 * invalid field, 39011001 [EMU] with the existing SSIN for a person already known.
 */
const ROOT = 'CreateKSZCitizen';

/** Fields are named by their path below the request root. */
const missing = (field: string) => argumentMissing(`${ROOT}/${field}`);
const invalid = (field: string, value: string) => argumentInvalid(`${ROOT}/${field}`, value);

function text(parent: XmlElement | undefined, name: string, max: number, field = name): string | undefined {
  const value = childText(parent, name);
  if (value !== undefined && value.length > max) throw invalid(field, value);
  return value;
}

function required(parent: XmlElement | undefined, name: string, max: number, field = name): string {
  const value = text(parent, name, max, field);
  if (value === undefined) throw missing(field);
  return value;
}

function country(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{3}$/.test(value) || Number(value) < 100) throw invalid(field, value);
  return Number(value);
}

export function readCitizen(request: XmlElement, today: string): NewBisPerson {
  const c = child(request, ROOT);
  if (!c) throw argumentMissing(ROOT);
  const lastName = required(c, 'LastName', 48);
  const firstName = required(c, 'FirstName', 48);
  const birthDate = required(c, 'BirthDate', 10);
  if (!isPossibleBirthDate(birthDate, today)) throw invalid('BirthDate', birthDate);
  const gender = childText(c, 'Gender') ?? '0';
  if (!['0', '1', '2'].includes(gender)) throw invalid('Gender', gender);
  const nationality = country(required(c, 'NationalityCode', 3), 'NationalityCode')!;
  const address = child(c, 'Address');
  if (!address) throw missing('Address');
  return {
    lastName,
    firstName,
    birthDate,
    gender: gender === '0' ? undefined : (Number(gender) as 1 | 2),
    nationality,
    birthPlace: text(c, 'BirthLocation', 100),
    birthCountry: country(childText(c, 'BirthCountryCode'), 'BirthCountryCode'),
    address: {
      country: country(required(address, 'CountryCode', 3, 'Address/CountryCode'), 'Address/CountryCode')!,
      postalCode: text(address, 'PostalCode', 16, 'Address/PostalCode'),
      municipality: text(address, 'Municipality', 100, 'Address/Municipality'),
      street: text(address, 'Street', 100, 'Address/Street'),
      houseNumber: text(address, 'HouseNumber', 16, 'Address/HouseNumber'),
    },
  };
}

export function createKSZCitizen(request: XmlElement, ctx: Ctx): ClassicResult {
  const person = readCitizen(request, ctx.today);
  const outcome = ctx.sources.notifications.atomically(() => {
    const o = ctx.sources.bisWrites.register(person, ctx.today);
    // As R11's registerPerson: the creation is an event, which notifies no one yet.
    if (o.created) raiseServiceWrite(ctx.sources, { type: 'BIS_PERSON_CREATED', ssin: o.ssin, date: ctx.today, payload: { lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate }, origin: 'R11' }, [], ctx.now);
    return o;
  });
  if (!outcome.created) {
    ctx.audit.targetSsin = outcome.existing;
    throw new ClassicError({ severity: 'ERROR', def: REASON.BIS_DUPLICATE, information: [{ fieldName: 'SSIN', fieldValue: outcome.existing }] });
  }
  ctx.audit.targetSsin = outcome.ssin;
  return { reply: { CreateKSZCitizenResult: { SSIN: outcome.ssin } } };
}
