import { child, childText, XmlElement } from '../../../xml/node';
import { REASON } from '../../../domain/codes';
import { ClassicError, Detail } from '../../types';
import type { Identity } from '../../../sources/persons';
import { fold } from './phonetic';

/**
 * VerificationData (contracts.md §3.1): the caller proves it knows the person by a SIS card number,
 * an identity card number or PersonData; the identity is validated when one of them matches.
 */
export interface VerificationData {
  sisCard?: string;
  idCard?: string;
  personData?: { lastName: string; firstName?: string; middleName?: string; birthDate: string };
}

export interface VerificationOutcome {
  validated: boolean;
  /** PersonData was given and does not match (warning 22007007). */
  personDataMismatch: boolean;
}

/** Reads VerificationData; undefined when absent or empty (then there is nothing to verify). */
export function readVerificationData(el: XmlElement | undefined): VerificationData | undefined {
  if (!el) return undefined;
  const problems: Detail[] = [];
  const sisCard = childText(el, 'SISCardNumber');
  if (sisCard !== undefined && !/^\d{10}$/.test(sisCard)) {
    problems.push({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, information: [{ fieldName: 'SISCardNumber', fieldValue: sisCard }] });
  }
  const idCard = childText(el, 'IdentityCardNumber');
  if (idCard !== undefined && !/^\d{12}$/.test(idCard)) {
    problems.push({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, information: [{ fieldName: 'IdentityCardNumber', fieldValue: idCard }] });
  }
  const pd = child(el, 'PersonData');
  let personData: VerificationData['personData'];
  if (pd) {
    const lastName = childText(pd, 'LastName');
    const birthDate = childText(pd, 'BirthDate');
    if (lastName === undefined) problems.push({ severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: 'Person Data: Last Name' }] });
    if (birthDate === undefined) problems.push({ severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: 'Person Data: Birth Date' }] });
    if (lastName !== undefined && birthDate !== undefined) {
      personData = { lastName, birthDate, firstName: childText(pd, 'FirstName'), middleName: childText(pd, 'MiddleName') };
    }
  }
  if (problems.length > 0) throw new ClassicError(...problems);
  if (sisCard === undefined && idCard === undefined && personData === undefined) return undefined;
  return { sisCard, idCard, personData };
}

/**
 * PersonData matches when last name and birth date equal the register's (case, accents and spacing
 * aside; the birth date character for character) and so do FirstName and MiddleName when given.
 */
function personDataMatches(p: Identity, d: NonNullable<VerificationData['personData']>): boolean {
  if (fold(d.lastName) !== fold(p.lastName) || d.birthDate !== p.birthDate) return false;
  if (d.firstName !== undefined && fold(d.firstName) !== fold(p.firstName)) return false;
  if (d.middleName !== undefined && fold(d.middleName) !== fold(p.middleName ?? '')) return false;
  return true;
}

export function verify(p: Identity, v: VerificationData): VerificationOutcome {
  const cardMatches = (v.sisCard !== undefined && v.sisCard === p.sisCard) || (v.idCard !== undefined && v.idCard === p.idCard);
  const dataMatches = v.personData !== undefined && personDataMatches(p, v.personData);
  return { validated: cardMatches || dataMatches, personDataMismatch: v.personData !== undefined && !dataMatches };
}
