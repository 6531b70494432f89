import { child, childText, XmlElement } from '../../../xml/node';
import type { Identity } from '../../../sources/persons';
import { withoutAccents } from '../../../domain/accents';
import { argumentInvalid, argumentMissing } from '../../../soap/classicErrors';

/**
 * ProofOfAuthentication (security.md §6.3 M4): evidence that the OCMW really has the person in
 * front of it. At least one of SIS card number, eID card number, or PersonData (LastName,
 * FirstName?, BirthDate, possibly incomplete).
 */
export interface Proof {
  sisCard?: string;
  idCard?: string;
  personData?: { lastName: string; firstName?: string; birthDate: string };
}

const FIELD = 'ProofOfAuthentication';
const INCOMPLETE_DATE = /^\d{4}-(0\d|1[0-2])-([0-2]\d|3[01])$/;

/** Reads and checks the shape of the proof; throws 31000007 / 31000005 naming the field. */
export function readProof(request: XmlElement): Proof {
  const el = child(request, FIELD);
  if (!el) throw argumentMissing(FIELD);
  const proof: Proof = {};

  const sis = childText(el, 'SISCardNumber');
  if (sis !== undefined) {
    if (!/^\d{10}$/.test(sis)) throw argumentInvalid(`${FIELD}/SISCardNumber`, sis);
    proof.sisCard = sis;
  }
  const eid = childText(el, 'IdentityCardNumber');
  if (eid !== undefined) {
    if (!/^\d{12}$/.test(eid)) throw argumentInvalid(`${FIELD}/IdentityCardNumber`, eid);
    proof.idCard = eid;
  }
  const pd = child(el, 'PersonData');
  if (pd) {
    const lastName = childText(pd, 'LastName');
    const firstName = childText(pd, 'FirstName');
    const birthDate = childText(pd, 'BirthDate');
    if (lastName === undefined) throw argumentMissing(`${FIELD}/PersonData/LastName`);
    if (birthDate === undefined) throw argumentMissing(`${FIELD}/PersonData/BirthDate`);
    if (!INCOMPLETE_DATE.test(birthDate)) throw argumentInvalid(`${FIELD}/PersonData/BirthDate`, birthDate);
    proof.personData = { lastName, firstName, birthDate };
  }
  if (!proof.sisCard && !proof.idCard && !proof.personData) throw argumentMissing(FIELD);
  return proof;
}

/**
 * True when at least one piece of evidence matches the person, as IdentifyPerson's
 * VerificationData does (contracts.md §3.1). Names compare without case, accents, spaces or
 * hyphens; a 00 month or day on either side matches any.
 */
export function proofMatches(proof: Proof, person: Identity): boolean {
  if (proof.sisCard !== undefined && proof.sisCard === person.sisCard) return true;
  if (proof.idCard !== undefined && proof.idCard === person.idCard) return true;
  const pd = proof.personData;
  if (!pd) return false;
  return (
    fold(pd.lastName) === fold(person.lastName) &&
    (pd.firstName === undefined || firstNamesMatch(pd.firstName, person.firstName)) &&
    birthDatesMatch(pd.birthDate, person.birthDate)
  );
}

/** Lower case, no accents, letters and digits only: "Dé Smet-Bakkali" -> "desmetbakkali". */
export function fold(name: string): string {
  return withoutAccents(name).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function words(names: string): string[] {
  return names
    .split(/[\s-]+/)
    .map(fold)
    .filter((w) => w !== '');
}

/** The given first names must be the person's first names or their leading part ("Luc" for "Luc Johannes"). */
function firstNamesMatch(given: string, actual: string): boolean {
  const g = words(given);
  const a = words(actual);
  return g.length > 0 && g.length <= a.length && g.every((w, i) => w === a[i]);
}

export function birthDatesMatch(given: string, actual: string): boolean {
  const g = given.split('-');
  const a = actual.split('-');
  if (g[0] !== a[0]) return false;
  return [1, 2].every((i) => g[i] === '00' || a[i] === '00' || g[i] === a[i]);
}
