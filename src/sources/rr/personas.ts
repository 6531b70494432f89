import { makeSsin } from '../../domain/ssin';
import { belgianAddress, rrPerson, SeedWriter } from '../../../fixtures/builder';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { PERSONA_OCMW_NIS, SSIN } from '../../../fixtures/personas';
import { HOUSEHOLD_ROLE } from './index';

/** Household ids 1..99 are reserved for personas; the generator starts at 1000. */
const H = { standard: 1, notIntegrated: 2, expired: 3, deceased: 4, replaced: 5, cancelled: 6, insertion: 7, employed: 8, family: 9, phon1: 10, phon2: 11, phon3: 12, selfEmployed: 13, selfEmployedPre2003: 14, propertyOwner: 15 };

/** Bram Vandenberghe: has lived at Veldstraat 12, Gent since 2014; the standard persona shared his household from 2016 to 2021. */
export const ROOMMATE_SSIN = makeSsin('1984-10-07', 981);
const ROOMMATE_HOUSEHOLD = 81;
const STUDENT_INTERIM_HOUSEHOLD = 17;

const gent = MUNICIPALITIES.find((m) => m.nis === PERSONA_OCMW_NIS)!;
const antwerpen = MUNICIPALITIES.find((m) => m.nis === '11002')!;

/**
 * The National Register file of each persona (fixtures/personas.ts): the person, her address
 * history, filiations and household; fixed data, independent of the seed. The BIS numbers
 * (replaced-ssin's old number, bis-person) are in the BIS register (../bis/personas.ts).
 */
export function writeRrPersonas(w: SeedWriter): void {
  // standard
  w.person(rrPerson({ ssin: SSIN.standard, last_name: 'Claes', first_name: 'Sarah', birth_date: '1985-06-12', gender: 2, household_id: H.standard, sis_card: '6012345678', id_card: '592123456789', id_card_valid_to: '2031-03-01', occupation: 'Zonder beroep' }));
  w.address(belgianAddress(SSIN.standard, gent, 0, '12', '2016-05-01', '2021-08-31'));
  w.address(belgianAddress(SSIN.standard, gent, 3, '87', '2021-09-01'));

  // not-integrated
  w.person(rrPerson({ ssin: SSIN.notIntegrated, last_name: 'Wouters', first_name: 'Tom', birth_date: '1979-02-03', gender: 1, household_id: H.notIntegrated }));
  w.address(belgianAddress(SSIN.notIntegrated, gent, 1, '5', '2010-01-15'));

  // integration-expired
  w.person(rrPerson({ ssin: SSIN.integrationExpired, last_name: 'Maes', first_name: 'Lotte', birth_date: '1990-11-23', gender: 2, household_id: H.expired }));
  w.address(belgianAddress(SSIN.integrationExpired, gent, 2, '140', '2018-03-01'));

  // deceased
  w.person(rrPerson({ ssin: SSIN.deceased, last_name: 'Lambert', first_name: 'Marcel', birth_date: '1948-04-30', gender: 1, household_id: H.deceased, civil_state: 30, civil_state_date: '2019-11-02', decease_date: '2025-06-14', decease_place: 'Gent', updated: '2025-06-15' }));
  w.address(belgianAddress(SSIN.deceased, gent, 4, '3', '1975-06-01'));

  // replaced-ssin: the RR number that replaced his BIS number
  w.person(rrPerson({ ssin: SSIN.replacedNew, last_name: 'Benali', first_name: 'Ahmed', birth_date: '1982-07-15', gender: 1, household_id: H.replaced, birth_place: 'Casablanca', birth_country: 354, nationality: 354, language: 'fr', created: '2020-10-01' }));
  w.address(belgianAddress(SSIN.replacedNew, antwerpen, 3, '201', '2020-10-01'));

  // cancelled-ssin
  w.person(rrPerson({ ssin: SSIN.cancelled, last_name: 'Martin', first_name: 'Julie', birth_date: '1975-09-09', gender: 2, household_id: H.cancelled, status: 'CANCELED', language: 'fr', updated: '2022-04-04' }));

  // insertion-allowance-ended (seed 001)
  w.person(rrPerson({ ssin: SSIN.insertionEnded, last_name: 'Dubois', first_name: 'Kevin', birth_date: '1998-05-05', gender: 1, household_id: H.insertion, birth_place: 'Gent' }));
  w.address(belgianAddress(SSIN.insertionEnded, gent, 5, '9', '2017-08-01'));

  // employed
  w.person(rrPerson({ ssin: SSIN.employed, last_name: 'De Smet', first_name: 'Pieter', birth_date: '1987-12-01', gender: 1, household_id: H.employed, occupation: 'Bediende' }));
  w.address(belgianAddress(SSIN.employed, gent, 1, '77', '2012-02-01'));

  // family
  const since = '2009-06-20';
  w.person(rrPerson({ ssin: SSIN.familyHead, last_name: 'El Amrani', first_name: 'Youssef', birth_date: '1980-01-20', gender: 1, household_id: H.family, household_role: 1, household_since: since, civil_state: 20, civil_state_date: since, partner_ssin: SSIN.familyPartner }));
  w.person(rrPerson({ ssin: SSIN.familyPartner, last_name: 'Bakkali', first_name: 'Samira', birth_date: '1982-04-02', gender: 2, household_id: H.family, household_role: 2, household_since: since, civil_state: 20, civil_state_date: since, partner_ssin: SSIN.familyHead }));
  w.person(rrPerson({ ssin: SSIN.familyChild1, last_name: 'El Amrani', first_name: 'Adam', birth_date: '2010-09-15', gender: 1, household_id: H.family, household_role: 3 }));
  w.person(rrPerson({ ssin: SSIN.familyChild2, last_name: 'El Amrani', first_name: 'Nora', birth_date: '2014-02-28', gender: 2, household_id: H.family, household_role: 3 }));
  for (const s of [SSIN.familyHead, SSIN.familyPartner, SSIN.familyChild1, SSIN.familyChild2]) {
    w.address(belgianAddress(s, gent, 4, '58', s === SSIN.familyChild2 ? '2014-02-28' : s === SSIN.familyChild1 ? '2010-09-15' : since));
  }
  for (const c of [SSIN.familyChild1, SSIN.familyChild2]) {
    w.filiation(c, SSIN.familyHead, 'FATHER');
    w.filiation(c, SSIN.familyPartner, 'MOTHER');
  }

  // phonetic-ambiguous
  const phon: [string, string, string, number][] = [
    [SSIN.phonetic1, 'Janssens', 'Marie', H.phon1],
    [SSIN.phonetic2, 'Janssen', 'Maria', H.phon2],
    [SSIN.phonetic3, 'Jansens', 'Marie', H.phon3],
  ];
  for (const [ssin, last, first, household] of phon) {
    const birth = `1985-03-${ssin.slice(4, 6)}`;
    w.person(rrPerson({ ssin, last_name: last, first_name: first, birth_date: birth, gender: 2, household_id: household, birth_place: 'Antwerpen' }));
    w.address(belgianAddress(ssin, antwerpen, household, String(household * 3), '2015-01-01'));
  }

  // self-employed: a Gent address since 2008; self-employed (RSVZ) since 2011.
  w.person(rrPerson({ ssin: SSIN.selfEmployed, last_name: 'Demeulenaere', first_name: 'Koen', birth_date: '1976-05-18', gender: 1, household_id: H.selfEmployed, occupation: 'Zelfstandige' }));
  w.address(belgianAddress(SSIN.selfEmployed, gent, 6, '21', '2008-04-01'));

  // self-employed-pre-2003: a pensioner in Gent, formerly self-employed (1974-2015).
  w.person(rrPerson({ ssin: SSIN.selfEmployedPre2003, last_name: 'Vandewalle', first_name: 'Georges', birth_date: '1950-02-11', gender: 1, household_id: H.selfEmployedPre2003, civil_state: 30, civil_state_date: '2018-03-09', occupation: 'Gepensioneerde' }));
  w.address(belgianAddress(SSIN.selfEmployedPre2003, gent, 7, '104', '1979-10-01'));
  // property-owner and her husband: their own house at Veldstraat 64, Gent, since 2012 (src/sources/cadastre/personas.ts).
  const married = '1994-08-20';
  const home = '2012-03-15';
  w.person(rrPerson({ ssin: SSIN.propertyOwner, last_name: 'Vercruysse', first_name: 'Ingrid', birth_date: '1968-09-30', gender: 2, household_id: H.propertyOwner, household_role: 1, household_since: home, civil_state: 20, civil_state_date: married, partner_ssin: SSIN.propertyOwnerPartner, occupation: 'Zonder beroep' }));
  w.person(rrPerson({ ssin: SSIN.propertyOwnerPartner, last_name: 'De Wilde', first_name: 'Luc', birth_date: '1966-01-04', gender: 1, household_id: H.propertyOwner, household_role: 2, household_since: home, civil_state: 20, civil_state_date: married, partner_ssin: SSIN.propertyOwner, occupation: 'Zelfstandige' }));
  for (const s of [SSIN.propertyOwner, SSIN.propertyOwnerPartner]) w.address(belgianAddress(s, gent, 0, '64', home));

  // The standard persona's former household (R06 at an address, R07 at a date, R08): Bram's.
  const roommateSince = '2014-03-01';
  w.person(rrPerson({ ssin: ROOMMATE_SSIN, last_name: 'Vandenberghe', first_name: 'Bram', birth_date: '1984-10-07', gender: 1, household_id: ROOMMATE_HOUSEHOLD, household_since: roommateSince, occupation: 'Bediende', created: roommateSince }));
  // Same address row shape as the standard persona's first address (Veldstraat 12, Gent).
  w.address(belgianAddress(ROOMMATE_SSIN, gent, 0, '12', roommateSince));
  w.rrExtras.householdHistory({ ssin: SSIN.standard, household_id: ROOMMATE_HOUSEHOLD, household_role: HOUSEHOLD_ROLE.OTHER, begin_date: '2016-05-01', end_date: '2021-08-31' });

  // student-interim: lives alone in Gent since she came to study there.
  w.person(rrPerson({ ssin: SSIN.studentInterim, last_name: 'Baeyens', first_name: 'Lien', birth_date: '2004-04-22', gender: 2, household_id: STUDENT_INTERIM_HOUSEHOLD, household_since: '2022-09-15', occupation: 'Student', created: '2004-04-23' }));
  w.address(belgianAddress(SSIN.studentInterim, gent, 5, '21', '2022-09-15'));
}
