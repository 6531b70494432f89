import type { SeedWriter } from '../../../fixtures/builder';
import { SSIN } from '../../../fixtures/personas';
import { makeKbo } from '../../domain/kbo';
import { rowWriter } from '../../store/db';
import type { Employer, Employment } from './model';
import { makeNoss } from './noss';
import { EMPLOYER_COLUMNS } from './writer';

/** The personas' employers, with fixed KBO and NOSS numbers (a vendor's tests may hard-code them). */
export const PERSONA_EMPLOYERS = {
  schoonmaak: { noss_number: makeNoss(1574850), cbe_number: '0401574852', name: 'Schoonmaak Vlaanderen NV', legal_form: 'NV', street: 'Brugsesteenweg', house_number: '210', postal_code: '9000', municipality: 'Gent', joint_committee: '121', nace_code: '81210', registration_date: '1994-03-01', owner_ssin: null },
  logistiek: { noss_number: makeNoss(3199700), cbe_number: '0403199702', name: 'Logistiek Gent BV', legal_form: 'BV', street: 'Dampoortstraat', house_number: '14', postal_code: '9000', municipality: 'Gent', joint_committee: '200', nace_code: '52100', registration_date: '2001-09-01', owner_ssin: null },
  textiel: { noss_number: makeNoss(2158331), cbe_number: makeKbo('04021583'), name: 'Textiel Gent NV', legal_form: 'NV', street: 'Korenmarkt', house_number: '3', postal_code: '9000', municipality: 'Gent', joint_committee: '120', nace_code: '13100', registration_date: '1962-01-01', owner_ssin: null },
  zomerbar: { noss_number: makeNoss(7654320), cbe_number: makeKbo('07654321'), name: 'Zomerbar De Kaai BV', legal_form: 'BV', street: 'Overpoortstraat', house_number: '40', postal_code: '9000', municipality: 'Gent', joint_committee: '302', nace_code: '56301', registration_date: '2018-05-01', owner_ssin: null },
  interim: { noss_number: makeNoss(5432100), cbe_number: makeKbo('04543210'), name: 'Interim Plus NV', legal_form: 'NV', street: 'Sint-Pietersnieuwstraat', house_number: '101', postal_code: '9000', municipality: 'Gent', joint_committee: '322', nace_code: '78200', registration_date: '1999-11-01', owner_ssin: null },
  supermarkt: { noss_number: makeNoss(6123450), cbe_number: makeKbo('04612345'), name: 'Supermarkt Gent NV', legal_form: 'NV', street: 'Veldstraat', house_number: '88', postal_code: '9000', municipality: 'Gent', joint_committee: '202', nace_code: '47111', registration_date: '2008-02-01', owner_ssin: null },
  bouw: { noss_number: makeNoss(4127650), cbe_number: makeKbo('04412765'), name: 'Bouwbedrijf Leiedal NV', legal_form: 'NV', street: 'Brugsesteenweg', house_number: '455', postal_code: '9000', municipality: 'Gent', joint_committee: '124', nace_code: '41201', registration_date: '1987-06-01', owner_ssin: null },
  // The self-employed persona's bakery, a one-person business registered as an employer (a seasonal
  // helper in the past, no worker declared in the emulated years): found by his SSIN too.
  bakkerij: { noss_number: makeNoss(7712340), cbe_number: makeKbo('07712345'), name: 'Bakkerij Demeulenaere', legal_form: 'NP', street: 'Sleepstraat', house_number: '17', postal_code: '9000', municipality: 'Gent', joint_committee: '118', nace_code: '10711', registration_date: '2014-01-01', owner_ssin: SSIN.selfEmployed },
} satisfies Record<string, Employer>;

/** The monthly gross wage (full-time equivalent, euro) of the personas' DmfA quarters: fixed, not drawn. */
export const PERSONA_MONTHLY_WAGES: Record<string, number> = {
  [SSIN.standard]: 2400,
  [SSIN.employed]: 3150,
  [SSIN.deceased]: 2600,
  [SSIN.studentInterim]: 2000,
  [SSIN.jobseekerFlanders]: 2900,
  [SSIN.largeFamilyHead]: 2750,
  [SSIN.pensioner]: 2500,
  [SSIN.incapacity]: 2200,
  [SSIN.alertWages]: 1400,
};

type Dimona = Pick<Employment, 'begin_date' | 'end_date' | 'worker_type' | 'work_regime'>;

function dimona(w: SeedWriter, ssin: string, e: Employer, period: Dimona): void {
  w.employment({ ssin, employer_cbe: e.cbe_number, employer_name: e.name, noss_number: e.noss_number, joint_committee: e.joint_committee, ...period });
}

/**
 * Dimona employments of the personas and their employers: standard's part-time job until 2023 (her
 * RVA right follows it), employed's since 2019, deceased's career that ended with his retirement in
 * 2013, student-interim's student jobs (STU) and interim assignments (IVT) in 2024-2025. Their DmfA
 * quarters follow from these periods in the source's seed (./generate.ts).
 */
export function writeRszPersonas(w: SeedWriter): void {
  const employer = rowWriter<Employer>(w.db, 'rsz_employer', EMPLOYER_COLUMNS);
  for (const e of Object.values(PERSONA_EMPLOYERS)) employer(e);
  const E = PERSONA_EMPLOYERS;
  dimona(w, SSIN.standard, E.schoonmaak, { begin_date: '2019-02-01', end_date: '2023-02-28', worker_type: 'OTH', work_regime: 'PART_TIME' });
  dimona(w, SSIN.employed, E.logistiek, { begin_date: '2019-04-01', end_date: null, worker_type: 'OTH', work_regime: 'FULL_TIME' });
  dimona(w, SSIN.deceased, E.textiel, { begin_date: '1990-01-01', end_date: '2013-04-30', worker_type: 'OTH', work_regime: 'FULL_TIME' });
  dimona(w, SSIN.studentInterim, E.zomerbar, { begin_date: '2024-07-01', end_date: '2024-08-31', worker_type: 'STU', work_regime: 'PART_TIME' });
  dimona(w, SSIN.studentInterim, E.interim, { begin_date: '2024-10-07', end_date: '2024-12-20', worker_type: 'IVT', work_regime: 'FULL_TIME' });
  dimona(w, SSIN.studentInterim, E.interim, { begin_date: '2025-02-03', end_date: '2025-05-30', worker_type: 'IVT', work_regime: 'FULL_TIME' });
  dimona(w, SSIN.studentInterim, E.supermarkt, { begin_date: '2025-07-01', end_date: '2025-08-31', worker_type: 'STU', work_regime: 'PART_TIME' });
  // The social-database personas: blue-collar careers (their holiday pay follows, src/sources/rjv).
  dimona(w, SSIN.jobseekerFlanders, E.bouw, { begin_date: '2019-03-01', end_date: '2025-12-31', worker_type: 'OTH', work_regime: 'FULL_TIME' });
  dimona(w, SSIN.largeFamilyHead, E.bouw, { begin_date: '2022-10-01', end_date: null, worker_type: 'OTH', work_regime: 'FULL_TIME' });
  dimona(w, SSIN.pensioner, E.textiel, { begin_date: '1976-09-01', end_date: '2019-03-31', worker_type: 'OTH', work_regime: 'FULL_TIME' });
  dimona(w, SSIN.incapacity, E.schoonmaak, { begin_date: '2016-09-01', end_date: '2025-11-16', worker_type: 'OTH', work_regime: 'FULL_TIME' });
  // alert-wages (X09): a summer job while she asked the OCMW for the leefloon.
  dimona(w, SSIN.alertWages, E.supermarkt, { begin_date: '2026-07-01', end_date: '2026-09-30', worker_type: 'OTH', work_regime: 'PART_TIME' });
}
