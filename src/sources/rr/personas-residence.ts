import { belgianAddress, rrPerson, SeedWriter } from '../../../fixtures/builder';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { PERSONA_OCMW_NIS, SSIN } from '../../../fixtures/personas';
import { WAITING } from './index';

/** Household ids of the residence-status personas (1..99 are reserved for personas). */
const H = { euCitizen: 48, waitingRegister: 49, noResidenceRight: 50 };

const gent = MUNICIPALITIES.find((m) => m.nis === PERSONA_OCMW_NIS)!;

/** eu-citizen: the day she registered in Gent (annex 19) and the day her E card was issued. */
export const EU_CITIZEN_ARRIVED = '2025-03-03';
export const EU_CITIZEN_E_CARD = '2025-07-03';
/** no-residence-right: the last day of his residence permit. */
export const NO_RESIDENCE_RIGHT_PERMIT_END = '2025-12-31';

/**
 * The National Register facts P15 (PCSASocialInquiry) simulates a residence status from: the
 * residence-status personas (eu-citizen, waiting-register, no-residence-right) and the residence
 * documents of two earlier personas (newcomer, equivalent-leefloon), whose other RR rows are in
 * personas-social.ts. Fixed data; document codes are modelled (index.ts RESIDENCE_CARD_TYPES).
 */
export function writeResidenceRrPersonas(w: SeedWriter): void {
  const doc = w.rrExtras.residenceDocument;

  // newcomer: recognised refugee, a five-year A card (foreigners register) from his registration in Gent.
  doc({ ssin: SSIN.newcomer, card_type: 'A', ground: 'REFUGEE', register: 'FOREIGNERS', begin_date: '2023-09-18', end_date: '2028-09-17' });

  // equivalent-leefloon: both partners on an A card in the foreigners register since their arrival.
  doc({ ssin: SSIN.equivalentLeefloon, card_type: 'A', ground: 'WORK', register: 'FOREIGNERS', begin_date: '2025-09-01', end_date: '2026-08-31' });
  doc({ ssin: SSIN.equivalentLeefloon, card_type: 'A', ground: 'WORK', register: 'FOREIGNERS', begin_date: '2026-09-01', end_date: '2027-08-31' });
  doc({ ssin: SSIN.equivalentLeefloonPartner, card_type: 'A', ground: 'FAMILY_REUNIFICATION', register: 'FOREIGNERS', begin_date: '2025-09-01', end_date: '2027-08-31' });

  // eu-citizen: a Romanian worker, annex 19 then an E card.
  w.person(rrPerson({ ssin: SSIN.euCitizen, last_name: 'Munteanu', first_name: 'Ioana', birth_date: '1994-05-19', gender: 2, household_id: H.euCitizen, household_since: EU_CITIZEN_ARRIVED, birth_place: 'Iași', birth_country: 124, nationality: 124, created: EU_CITIZEN_ARRIVED, occupation: 'Verpleegkundige' }));
  w.address(belgianAddress(SSIN.euCitizen, gent, 2, '77', EU_CITIZEN_ARRIVED));
  doc({ ssin: SSIN.euCitizen, card_type: 'ANNEX_19', ground: 'EU_WORKER', register: 'FOREIGNERS', begin_date: EU_CITIZEN_ARRIVED, end_date: '2025-07-02' });
  doc({ ssin: SSIN.euCitizen, card_type: 'E', ground: 'EU_WORKER', register: 'FOREIGNERS', begin_date: EU_CITIZEN_E_CARD, end_date: '2030-07-02' });

  // waiting-register: an applicant for international protection with an open file at the CGVS,
  // first in a reception centre, then in Gent with financial aid from the OCMW.
  const applied = '2026-03-10';
  const inGent = '2026-08-01';
  w.person(rrPerson({ ssin: SSIN.waitingRegister, last_name: 'Noori', first_name: 'Farid', birth_date: '2001-01-15', gender: 1, household_id: H.waitingRegister, household_since: inGent, birth_place: 'Kabul', birth_country: 254, nationality: 254, created: applied }));
  w.address(belgianAddress(SSIN.waitingRegister, gent, 6, '5', inGent));
  w.rrExtras.waitingFile({
    ssin: SSIN.waitingRegister, application_date: applied, quality_code: WAITING.QUALITY_APPLICANT, authority: 'CGVS', situation_code: WAITING.SITUATION.EXAMINATION,
    situation_date: '2026-04-15', file_reference: '8812345', file_open: 1, municipality_nis: gent.nis, ocmw_nis: gent.nis, declaration_date: applied,
    certificate_date: '2026-07-08', delay_date: '2027-07-08',
  });
  const entry = (kind: 'INSTITUTION' | 'DOCUMENT' | 'LOCATION', begin: string, end: string | null, code: number, description: string, ocmwNis: string | null = null) =>
    w.rrExtras.waitingEntry({ ssin: SSIN.waitingRegister, kind, begin_date: begin, end_date: end, code, description, ocmw_nis: ocmwNis });
  entry('DOCUMENT', applied, null, WAITING.DOCUMENT.ANNEX_26, 'Bijlage 26');
  entry('DOCUMENT', '2026-07-08', null, WAITING.DOCUMENT.ORANGE_CARD, 'Attest van immatriculatie');
  entry('INSTITUTION', applied, '2026-07-31', WAITING.AID.MATERIAL, 'Opvangcentrum Fedasil Sint-Truiden');
  entry('INSTITUTION', inGent, null, WAITING.AID.FINANCIAL, `OCMW ${gent.nl}`, gent.nis);
  entry('LOCATION', inGent, null, Number(gent.nis), gent.nl);

  // no-residence-right: a Moroccan worker whose single permit ran out and was not renewed.
  w.person(rrPerson({ ssin: SSIN.noResidenceRight, last_name: 'Benjelloun', first_name: 'Youssef', birth_date: '1989-10-07', gender: 1, household_id: H.noResidenceRight, household_since: '2023-02-01', birth_place: 'Casablanca', birth_country: 354, nationality: 354, created: '2023-02-01' }));
  w.address(belgianAddress(SSIN.noResidenceRight, gent, 3, '102', '2023-02-01'));
  doc({ ssin: SSIN.noResidenceRight, card_type: 'A', ground: 'WORK', register: 'FOREIGNERS', begin_date: '2023-02-01', end_date: NO_RESIDENCE_RIGHT_PERMIT_END });
}
