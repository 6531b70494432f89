import { belgianAddress, rrPerson, SeedWriter } from '../../../fixtures/builder';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { PERSONA_OCMW_NIS, SSIN } from '../../../fixtures/personas';

/** Household ids of the MediPrima personas (1..99 are reserved for personas). */
const H = { open: 54, suspended: 55, otherOcmw: 56, urgent: 57 };

const gent = MUNICIPALITIES.find((m) => m.nis === PERSONA_OCMW_NIS)!;
const antwerpen = MUNICIPALITIES.find((m) => m.nis === '11002')!;

/**
 * The National Register facts of the MediPrima personas (M01–M08): two Belgians without a
 * mutuality, and two Guinean nationals whose residence documents ran out, which is what makes
 * MediPrima judge their stay illegal (refund code 50). Their cards are in src/sources/mediprima/personas.ts.
 */
export function writeMediPrimaRrPersonas(w: SeedWriter): void {
  const doc = w.rrExtras.residenceDocument;

  w.person(rrPerson({ ssin: SSIN.mediprimaOpen, last_name: 'Vanmassenhove', first_name: 'Dirk', birth_date: '1972-05-16', gender: 1, household_id: H.open, household_since: '2019-04-01' }));
  w.address(belgianAddress(SSIN.mediprimaOpen, gent, 5, '41', '2019-04-01'));

  w.person(rrPerson({ ssin: SSIN.mediprimaSuspended, last_name: 'Willaert', first_name: 'Bart', birth_date: '1983-01-09', gender: 1, household_id: H.suspended, household_since: '2021-10-15', birth_place: 'Brugge' }));
  w.address(belgianAddress(SSIN.mediprimaSuspended, gent, 4, '218', '2021-10-15'));

  w.person(rrPerson({ ssin: SSIN.mediprimaOtherOcmw, last_name: 'Camara', first_name: 'Aminata', birth_date: '1991-12-02', gender: 2, household_id: H.otherOcmw, household_since: '2024-07-01', birth_place: 'Conakry', birth_country: 342, nationality: 342, language: 'fr', created: '2024-07-01' }));
  w.address(belgianAddress(SSIN.mediprimaOtherOcmw, antwerpen, 3, '60', '2024-07-01'));
  doc({ ssin: SSIN.mediprimaOtherOcmw, card_type: 'A', ground: 'WORK', register: 'FOREIGNERS', begin_date: '2024-07-01', end_date: '2026-06-30' });

  w.person(rrPerson({ ssin: SSIN.urgentMedicalAid, last_name: 'Bah', first_name: 'Ibrahima', birth_date: '1997-07-21', gender: 1, household_id: H.urgent, household_since: '2023-10-01', birth_place: 'Kankan', birth_country: 342, nationality: 342, language: 'fr', created: '2023-10-01' }));
  w.address(belgianAddress(SSIN.urgentMedicalAid, gent, 1, '9', '2023-10-01'));
  doc({ ssin: SSIN.urgentMedicalAid, card_type: 'A', ground: 'STUDY', register: 'FOREIGNERS', begin_date: '2023-10-01', end_date: '2026-09-30' });
}
