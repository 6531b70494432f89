import type { SeedWriter } from '../../../fixtures/builder';
import { MUNICIPALITIES, ocmwCbe } from '../../../fixtures/organisations';
import { PERSONA_OCMW_NIS, SSIN, WALLOON_PERSONA_OCMW_NIS } from '../../../fixtures/personas';
import { SECTOR } from '../sectors';
import type { NewInscription } from './index';
import { sectorInscription } from './institutions';

const gent = MUNICIPALITIES.find((m) => m.nis === PERSONA_OCMW_NIS)!;
const liege = MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!;
const antwerpen = MUNICIPALITIES.find((m) => m.nis === '11002')!;

/** An OCMW's integration of a persona (OCMW Gent's unless named), in both registers. */
function integrate(w: SeedWriter, ssin: string, quality: number, begin: string, end: string | null = null, ocmw = gent): void {
  for (const register of ['PRIMARY', 'SECONDARY'] as const) {
    w.inscription({
      ssin,
      sector: 17,
      sub_sector: 1,
      cbe_number: ocmwCbe(ocmw),
      nis_code: ocmw.nis,
      quality_code: quality,
      phase: 0,
      begin_date: begin,
      end_date: end,
      register,
      last_modified: begin,
    });
  }
}

/**
 * The persons repertory's rows of the personas: OCMW Gent's integrations (finality: not-integrated
 * and phonetic-ambiguous have none, integration-expired's ended), then their integrations by the
 * institutions of other sectors, which R03 reports. The standard and not-integrated personas get
 * none of the latter: the R02 tests count all of their repertory rows.
 */
export function writeRepertoryPersonas(w: SeedWriter): void {
  integrate(w, SSIN.standard, 2, '2025-01-01');
  integrate(w, SSIN.integrationExpired, 1, '2024-09-01', '2024-10-31');
  // The file stays open after the death (estate, recovery of advances): TX25 still answers, with the decease group.
  integrate(w, SSIN.deceased, 2, '2024-07-01');
  integrate(w, SSIN.bis, 4, '2025-02-01');
  integrate(w, SSIN.insertionEnded, 2, '2025-04-15');
  integrate(w, SSIN.employed, 4, '2026-10-01');
  integrate(w, SSIN.familyHead, 2, '2025-03-01');
  integrate(w, SSIN.familyPartner, 5, '2025-03-01');
  integrate(w, SSIN.familyChild1, 5, '2025-03-01');
  integrate(w, SSIN.familyChild2, 5, '2025-03-01');
  integrate(w, SSIN.selfEmployed, 2, '2025-06-01');
  integrate(w, SSIN.selfEmployedPre2003, 2, '2025-06-01');
  integrate(w, SSIN.propertyOwner, 2, '2025-05-01');
  integrate(w, SSIN.studentInterim, 2, '2025-09-01');
  integrate(w, SSIN.postedWorker, 4, '2026-11-01');
  integrate(w, SSIN.disabledAdult, 4, '2025-02-01');
  integrate(w, SSIN.largeFamilyHead, 4, '2025-04-01');
  for (const s of [SSIN.largeFamilyPartner, SSIN.largeFamilyChild1, SSIN.largeFamilyChild2, SSIN.largeFamilyChild3, SSIN.largeFamilyChild4]) integrate(w, s, 5, '2025-04-01');
  integrate(w, SSIN.pensioner, 4, '2025-10-01');
  integrate(w, SSIN.jobseekerFlanders, 4, '2026-02-01');
  integrate(w, SSIN.jobseekerWallonia, 2, '2025-01-01', null, liege);
  integrate(w, SSIN.incapacity, 4, '2026-03-01');
  integrate(w, SSIN.newcomer, 2, '2024-01-01');
  integrate(w, SSIN.socialTenant, 4, '2024-06-01');
  // refused-overlap: Antwerpen's leefloon file was never closed after her move; Gent integrated her after it.
  integrate(w, SSIN.refusedOverlap, 2, '2024-03-01', null, antwerpen);
  integrate(w, SSIN.refusedOverlap, 2, '2026-01-05');
  integrate(w, SSIN.heatingAllowance, 4, '2025-10-01');
  integrate(w, SSIN.heatingAllowanceChild, 5, '2025-10-01');
  // installation-premium: leefloon file at Gent since he registered there while homeless.
  integrate(w, SSIN.installationPremium, 2, '2024-02-01');
  // equivalent-leefloon: quality code 3 (equivalent leefloon, Loi 65) for him, 5 (family member) for his partner.
  integrate(w, SSIN.equivalentLeefloon, 3, '2026-10-01');
  integrate(w, SSIN.equivalentLeefloonPartner, 5, '2026-10-01');
  // alert-wages, alert-benefit: leefloon files at Gent without a living wage yet (X09); esv-moved: other aid at Gent after Antwerpen's leefloon (P13).
  integrate(w, SSIN.alertWages, 2, '2026-07-01');
  integrate(w, SSIN.alertBenefit, 2, '2026-06-01');
  integrate(w, SSIN.esvMoved, 4, '2025-09-01');
  // The residence-status personas (P15): their social inquiries at OCMW Gent.
  integrate(w, SSIN.euCitizen, 4, '2026-09-01');
  integrate(w, SSIN.waitingRegister, 4, '2026-08-01');
  integrate(w, SSIN.noResidenceRight, 4, '2026-02-01');
  // The MediPrima personas (M01–M08): medical costs at OCMW Gent; mediprima-other-ocmw's card is Antwerpen's.
  integrate(w, SSIN.mediprimaOpen, 4, '2026-09-24');
  integrate(w, SSIN.mediprimaSuspended, 4, '2026-05-25');
  integrate(w, SSIN.mediprimaOtherOcmw, 4, '2026-09-15', null, antwerpen);
  integrate(w, SSIN.mediprimaOtherOcmw, 4, '2026-11-16');
  integrate(w, SSIN.urgentMedicalAid, 4, '2026-11-02');

  const rows: NewInscription[] = [
    // family: both parents insured at a mutuality, the children as their dependants; the mother
    // receives the child benefits; the father worked until the end of 2024.
    sectorInscription(SSIN.familyHead, SECTOR.MUTUALITIES, 1, '1998-01-20', null, 0),
    sectorInscription(SSIN.familyHead, SECTOR.RSZ, 1, '2003-02-01', '2024-12-31'),
    sectorInscription(SSIN.familyPartner, SECTOR.MUTUALITIES, 1, '2000-04-02', null, 0),
    sectorInscription(SSIN.familyPartner, SECTOR.CHILD_BENEFITS, 1, '2010-09-15', null, 1),
    sectorInscription(SSIN.familyChild1, SECTOR.MUTUALITIES, 2, '2010-09-15', null, 0),
    sectorInscription(SSIN.familyChild1, SECTOR.CHILD_BENEFITS, 2, '2010-09-15', null, 1),
    sectorInscription(SSIN.familyChild2, SECTOR.MUTUALITIES, 2, '2014-02-28', null, 0),
    sectorInscription(SSIN.familyChild2, SECTOR.CHILD_BENEFITS, 2, '2014-02-28', null, 1),
    // insertion-allowance-ended: insertion allowances until the time limit (as in the RVA file).
    sectorInscription(SSIN.insertionEnded, SECTOR.MUTUALITIES, 1, '2016-05-05', null, 2),
    sectorInscription(SSIN.insertionEnded, SECTOR.RVA, 2, '2022-01-01', '2025-03-31'),
    // employed: employee since 2019 (as in Dimona).
    sectorInscription(SSIN.employed, SECTOR.MUTUALITIES, 1, '2005-12-01', null, 1),
    sectorInscription(SSIN.employed, SECTOR.RSZ, 1, '2019-04-01', null),
    // deceased: retired in 2013, until his death.
    sectorInscription(SSIN.deceased, SECTOR.MUTUALITIES, 1, '1966-04-30', '2025-06-14', 0),
    sectorInscription(SSIN.deceased, SECTOR.PENSIONS, 1, '2013-05-01', '2025-06-14'),
    // bis-person: a seasonal job in 2023 and insured since her arrival.
    sectorInscription(SSIN.bis, SECTOR.MUTUALITIES, 1, '2022-06-01', null, 3),
    sectorInscription(SSIN.bis, SECTOR.RSZ, 1, '2023-04-01', '2023-09-30'),
    // self-employed: insured at a mutuality (his career is in RSVZ's records, src/sources/rsvz/personas.ts).
    sectorInscription(SSIN.selfEmployed, SECTOR.MUTUALITIES, 1, '1994-05-18', null, 2),
    // self-employed-pre-2003: insured at a mutuality, retired in 2015 after his self-employed career.
    sectorInscription(SSIN.selfEmployedPre2003, SECTOR.MUTUALITIES, 1, '1968-02-11', null, 1),
    sectorInscription(SSIN.selfEmployedPre2003, SECTOR.PENSIONS, 1, '2015-03-01', null),
    // integration-expired: insured at a mutuality.
    sectorInscription(SSIN.integrationExpired, SECTOR.MUTUALITIES, 1, '2008-11-23', null, 4),
    // The social-database personas: insured at a mutuality; their other sectors as in each source.
    sectorInscription(SSIN.disabledAdult, SECTOR.MUTUALITIES, 1, '1997-03-27', null, 0),
    sectorInscription(SSIN.largeFamilyHead, SECTOR.MUTUALITIES, 1, '2001-07-14', null, 0),
    sectorInscription(SSIN.largeFamilyHead, SECTOR.RSZ, 1, '2022-10-01', null),
    sectorInscription(SSIN.largeFamilyPartner, SECTOR.MUTUALITIES, 1, '2005-02-09', null, 0),
    sectorInscription(SSIN.largeFamilyPartner, SECTOR.CHILD_BENEFITS, 1, '2009-05-03', null, 1),
    ...[SSIN.largeFamilyChild1, SSIN.largeFamilyChild2, SSIN.largeFamilyChild3, SSIN.largeFamilyChild4].flatMap((c, i) => {
      const birth = ['2009-05-03', '2012-10-21', '2016-01-30', '2020-08-11'][i];
      return [sectorInscription(c, SECTOR.MUTUALITIES, 2, birth, null, 0), sectorInscription(c, SECTOR.CHILD_BENEFITS, 2, birth, null, 1)];
    }),
    sectorInscription(SSIN.pensioner, SECTOR.MUTUALITIES, 1, '1972-03-03', null, 0),
    sectorInscription(SSIN.pensioner, SECTOR.PENSIONS, 1, '2019-04-01', null),
    sectorInscription(SSIN.jobseekerFlanders, SECTOR.MUTUALITIES, 1, '2013-10-02', null, 1),
    sectorInscription(SSIN.jobseekerFlanders, SECTOR.RVA, 1, '2026-01-05', null),
    sectorInscription(SSIN.jobseekerWallonia, SECTOR.MUTUALITIES, 1, '2017-06-18', null, 4),
    sectorInscription(SSIN.incapacity, SECTOR.MUTUALITIES, 1, '1995-12-05', null, 0),
    sectorInscription(SSIN.newcomer, SECTOR.MUTUALITIES, 1, '2023-10-01', null, 2),
    sectorInscription(SSIN.socialTenant, SECTOR.MUTUALITIES, 1, '1988-08-23', null, 3),
    // mediprima-suspended: insured since 2026-11-01 (as in NIC), which suspended his MediPrima card.
    sectorInscription(SSIN.mediprimaSuspended, SECTOR.MUTUALITIES, 1, '2026-11-01', null, 0),
  ];
  for (const row of rows) w.inscription(row);
}
