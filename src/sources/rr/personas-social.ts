import { belgianAddress, rrPerson, SeedWriter } from '../../../fixtures/builder';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { PERSONA_OCMW_NIS, SSIN, WALLOON_PERSONA_OCMW_NIS } from '../../../fixtures/personas';
import { addDays } from '../../domain/dates';

/** Household ids of the social-database personas (1..99 are reserved for personas). */
const H = { disabledAdult: 30, largeFamily: 31, pensioner: 32, jobseekerFlanders: 33, jobseekerWallonia: 34, incapacity: 35, newcomer: 36, socialTenant: 37, heatingAllowance: 38 };

const gent = MUNICIPALITIES.find((m) => m.nis === PERSONA_OCMW_NIS)!;
const liege = MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!;
const brussel = MUNICIPALITIES.find((m) => m.nis === '21004')!;
const antwerpen = MUNICIPALITIES.find((m) => m.nis === '11002')!;
/** refused-overlap (issue 13): her household id, apart from the social-databases wave's. */
const H_REFUSED_OVERLAP = 45;
/** installation-premium (issue 13): his household id. */
const H_INSTALLATION_PREMIUM = 46;
/** equivalent-leefloon (issue 13): the couple's household id. */
const H_EQUIVALENT_LEEFLOON = 47;
/** The day refused-overlap moved from Antwerpen to Gent. */
export const REFUSED_OVERLAP_MOVED = '2026-01-01';
/** alert-wages, alert-benefit, esv-moved (issue 14): their household ids. */
const H_ALERTS = { wages: 51, benefit: 52, esv: 53 };
/** The day esv-moved moved from Antwerpen to Gent. */
export const ESV_MOVED = '2025-09-01';

/** The day the large family moved from Brussel to Gent (their child benefits change fund that day). */
export const LARGE_FAMILY_MOVED = '2022-09-01';

/**
 * The National Register files of the personas of the second social-databases wave (disability,
 * child benefits, pension, job seekers, incapacity, integration, social housing): fixed data.
 */
export function writeSocialRrPersonas(w: SeedWriter): void {
  // disabled-adult: lives alone in Gent.
  w.person(rrPerson({ ssin: SSIN.disabledAdult, last_name: 'Verschueren', first_name: 'Hilde', birth_date: '1979-03-27', gender: 2, household_id: H.disabledAdult, occupation: 'Zonder beroep' }));
  w.address(belgianAddress(SSIN.disabledAdult, gent, 2, '31', '2006-02-01'));

  // large-family: married in 2008, Brussel until the move, then Gent.
  const married = '2008-06-14';
  const family = [
    { ssin: SSIN.largeFamilyHead, first: 'Mehmet', last: 'Yilmaz', birth: '1981-07-14', gender: 1 as const, role: 1 },
    { ssin: SSIN.largeFamilyPartner, first: 'Ayse', last: 'Kaya', birth: '1985-02-09', gender: 2 as const, role: 2 },
    { ssin: SSIN.largeFamilyChild1, first: 'Emre', last: 'Yilmaz', birth: '2009-05-03', gender: 1 as const, role: 3 },
    { ssin: SSIN.largeFamilyChild2, first: 'Elif', last: 'Yilmaz', birth: '2012-10-21', gender: 2 as const, role: 3 },
    { ssin: SSIN.largeFamilyChild3, first: 'Zeynep', last: 'Yilmaz', birth: '2016-01-30', gender: 2 as const, role: 3 },
    { ssin: SSIN.largeFamilyChild4, first: 'Can', last: 'Yilmaz', birth: '2020-08-11', gender: 1 as const, role: 3 },
  ];
  for (const m of family) {
    const adult = m.role < 3;
    const partner = m.role === 1 ? SSIN.largeFamilyPartner : m.role === 2 ? SSIN.largeFamilyHead : null;
    w.person(rrPerson({
      ssin: m.ssin, last_name: m.last, first_name: m.first, birth_date: m.birth, gender: m.gender, household_id: H.largeFamily, household_role: m.role,
      household_since: adult ? married : m.birth, civil_state: adult ? 20 : 10, civil_state_date: adult ? married : null, partner_ssin: partner,
      birth_place: adult ? 'Ankara' : 'Brussel', birth_country: adult ? 262 : 150, nationality: 150, language: 'nl',
    }));
    w.address(belgianAddress(m.ssin, brussel, 0, '148', adult ? married : m.birth, '2022-08-31'));
    w.address(belgianAddress(m.ssin, gent, 3, '203', LARGE_FAMILY_MOVED));
    if (!adult) {
      w.filiation(m.ssin, SSIN.largeFamilyHead, 'FATHER');
      w.filiation(m.ssin, SSIN.largeFamilyPartner, 'MOTHER');
    }
  }

  // pensioner: a widower in Gent.
  w.person(rrPerson({ ssin: SSIN.pensioner, last_name: 'Van Acker', first_name: 'Roger', birth_date: '1954-03-03', gender: 1, household_id: H.pensioner, civil_state: 30, civil_state_date: '2021-02-17', occupation: 'Gepensioneerde' }));
  w.address(belgianAddress(SSIN.pensioner, gent, 4, '12', '1983-05-01'));

  // jobseeker-flanders: Gent.
  w.person(rrPerson({ ssin: SSIN.jobseekerFlanders, last_name: 'De Clercq', first_name: 'Kevin', birth_date: '1995-10-02', gender: 1, household_id: H.jobseekerFlanders, occupation: 'Arbeider' }));
  w.address(belgianAddress(SSIN.jobseekerFlanders, gent, 5, '66', '2017-03-01'));

  // jobseeker-wallonia: Liège.
  w.person(rrPerson({ ssin: SSIN.jobseekerWallonia, last_name: 'Marchal', first_name: 'Julie', birth_date: '1999-06-18', gender: 2, household_id: H.jobseekerWallonia, birth_place: 'Liège', language: 'fr' }));
  w.address(belgianAddress(SSIN.jobseekerWallonia, liege, 1, '27', '2021-07-01'));

  // incapacity: Gent.
  w.person(rrPerson({ ssin: SSIN.incapacity, last_name: 'Goethals', first_name: 'Nathalie', birth_date: '1977-12-05', gender: 2, household_id: H.incapacity, occupation: 'Arbeidster' }));
  w.address(belgianAddress(SSIN.incapacity, gent, 0, '140', '2004-10-01'));

  // newcomer: a refugee registered in the National Register on his arrival in Gent.
  w.person(rrPerson({ ssin: SSIN.newcomer, last_name: 'Rahimi', first_name: 'Ahmad', birth_date: '1996-04-11', gender: 1, household_id: H.newcomer, birth_place: 'Herat', birth_country: 254, nationality: 254, created: '2023-09-18' }));
  w.address(belgianAddress(SSIN.newcomer, gent, 3, '15', '2023-09-18'));

  // social-tenant and her partner (legal cohabitation): a private rental in Gent.
  const together = '2016-04-01';
  w.person(rrPerson({ ssin: SSIN.socialTenant, last_name: 'Stevens', first_name: 'Martine', birth_date: '1970-08-23', gender: 2, household_id: H.socialTenant, household_role: 1, household_since: together, civil_state: 60, civil_state_date: together, partner_ssin: SSIN.socialTenantPartner }));
  w.person(rrPerson({ ssin: SSIN.socialTenantPartner, last_name: 'Lauwers', first_name: 'Dirk', birth_date: '1968-11-30', gender: 1, household_id: H.socialTenant, household_role: 2, household_since: together, civil_state: 60, civil_state_date: together, partner_ssin: SSIN.socialTenant }));
  for (const s of [SSIN.socialTenant, SSIN.socialTenantPartner]) w.address(belgianAddress(s, gent, 1, '9', together));

  // heating-allowance: a divorced mother and her son in a house in Gent heated with gas oil.
  w.person(rrPerson({ ssin: SSIN.heatingAllowance, last_name: 'Callewaert', first_name: 'Rita', birth_date: '1964-02-17', gender: 2, household_id: H.heatingAllowance, household_role: 1, household_since: '2011-05-09', civil_state: 40, civil_state_date: '2016-09-12' }));
  w.person(rrPerson({ ssin: SSIN.heatingAllowanceChild, last_name: 'De Wilde', first_name: 'Jonas', birth_date: '2011-05-09', gender: 1, household_id: H.heatingAllowance, household_role: 3 }));
  w.filiation(SSIN.heatingAllowanceChild, SSIN.heatingAllowance, 'MOTHER');
  for (const s of [SSIN.heatingAllowance, SSIN.heatingAllowanceChild]) w.address(belgianAddress(s, gent, 6, '48', s === SSIN.heatingAllowance ? '2009-04-01' : '2011-05-09'));

  // refused-overlap: Antwerpen since 2019, Gent since the move (OCMW Antwerpen's leefloon was never stopped).
  w.person(rrPerson({ ssin: SSIN.refusedOverlap, last_name: 'Dierickx', first_name: 'Lien', birth_date: '1991-08-19', gender: 2, household_id: H_REFUSED_OVERLAP, birth_place: 'Antwerpen' }));
  w.address(belgianAddress(SSIN.refusedOverlap, antwerpen, 2, '48', '2019-09-01', addDays(REFUSED_OVERLAP_MOVED, -1)));
  w.address(belgianAddress(SSIN.refusedOverlap, gent, 4, '12', REFUSED_OVERLAP_MOVED));

  // installation-premium: a reference address in Gent while homeless (modelled as a Gent address), then his own flat in Gent.
  w.person(rrPerson({ ssin: SSIN.installationPremium, last_name: 'Haesendonck', first_name: 'Ward', birth_date: '1983-11-22', gender: 1, household_id: H_INSTALLATION_PREMIUM }));
  w.address(belgianAddress(SSIN.installationPremium, gent, 1, '1', '2024-02-01', '2026-05-31'));
  w.address(belgianAddress(SSIN.installationPremium, gent, 7, '23', '2026-06-01'));

  // equivalent-leefloon: a Guinean couple (foreigners' register, no right to the leefloon: Loi 65) in Gent since 2025-09-01.
  const arrived = '2025-09-01';
  w.person(rrPerson({ ssin: SSIN.equivalentLeefloon, last_name: 'Soumah', first_name: 'Mamadou', birth_date: '1990-03-08', gender: 1, household_id: H_EQUIVALENT_LEEFLOON, household_role: 1, household_since: arrived, birth_place: 'Conakry', birth_country: 342, nationality: 342, created: arrived, partner_ssin: SSIN.equivalentLeefloonPartner }));
  w.person(rrPerson({ ssin: SSIN.equivalentLeefloonPartner, last_name: 'Bangoura', first_name: 'Fatoumata', birth_date: '1992-07-21', gender: 2, household_id: H_EQUIVALENT_LEEFLOON, household_role: 2, household_since: arrived, birth_place: 'Conakry', birth_country: 342, nationality: 342, created: arrived, partner_ssin: SSIN.equivalentLeefloon }));
  for (const s of [SSIN.equivalentLeefloon, SSIN.equivalentLeefloonPartner]) w.address(belgianAddress(s, gent, 5, '27', arrived));

  // alert-wages, alert-benefit (X09): in Gent for years; esv-moved (P13): Antwerpen, then Gent.
  w.person(rrPerson({ ssin: SSIN.alertWages, last_name: 'Vanhecke', first_name: 'Sofie', birth_date: '1995-02-13', gender: 2, household_id: H_ALERTS.wages }));
  w.address(belgianAddress(SSIN.alertWages, gent, 8, '9', '2019-05-01'));
  w.person(rrPerson({ ssin: SSIN.alertBenefit, last_name: 'Claeys', first_name: 'Kevin', birth_date: '1986-09-04', gender: 1, household_id: H_ALERTS.benefit }));
  w.address(belgianAddress(SSIN.alertBenefit, gent, 9, '31', '2015-10-01'));
  w.person(rrPerson({ ssin: SSIN.esvMoved, last_name: 'Bouzid', first_name: 'Nadia', birth_date: '1979-12-27', gender: 2, household_id: H_ALERTS.esv, birth_place: 'Antwerpen' }));
  w.address(belgianAddress(SSIN.esvMoved, antwerpen, 3, '5', '2012-03-01', addDays(ESV_MOVED, -1)));
  w.address(belgianAddress(SSIN.esvMoved, gent, 10, '44', ESV_MOVED));
}
