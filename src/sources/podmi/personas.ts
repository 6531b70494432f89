import { SSIN } from '../../../fixtures/personas';
import { BENEFICIARY, BeneficiaryCategory, CATEGORY, LivingWageCategory } from './model';
import { ocmwOf } from './ocmws';
import { monthlyAmount } from './scale';
import type { PodMiWriter } from './writer';

const GENT = ocmwOf('44021');
const ANTWERPEN = ocmwOf('11002');
const BRUSSEL = ocmwOf('21004');
const LIEGE = ocmwOf('62063');

interface PersonaPeriod {
  ssin: string;
  ocmw: { cbe: string; nis: string };
  category: LivingWageCategory;
  beneficiary: BeneficiaryCategory;
  begin: string;
  end: string | null;
  decided: string;
}

/**
 * The living wages of the personas (fixtures/personas.ts): fixed, independent of the seed, and
 * consistent with their integrations by OCMW Gent (src/sources/repertory/personas.ts). A leefloon
 * integration (quality code 2) goes with a leefloon from Gent from the first day of the
 * integration; the other personas have none from Gent.
 */
const PERIODS: PersonaPeriod[] = [
  // standard: leefloon from Gent since her integration (quality code 2, 2025-01-01); she lives alone.
  { ssin: SSIN.standard, ocmw: GENT, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2025-01-01', end: null, decided: '2025-01-21' },
  // deceased: leefloon from Gent from his integration (2024-07-01) to his death (2025-06-14): a period that ended.
  { ssin: SSIN.deceased, ocmw: GENT, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2024-07-01', end: '2025-06-14', decided: '2024-07-18' },
  // insertion-allowance-ended: leefloon from Gent once the insertion allowance had ended (integration 2025-04-15).
  { ssin: SSIN.insertionEnded, ocmw: GENT, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2025-04-15', end: null, decided: '2025-05-06' },
  // family (head): leefloon from Antwerpen as a young man living alone, before he settled in Gent in 2009;
  // now from Gent at the family rate (integration 2025-03-01). Wife and children have none of their own.
  { ssin: SSIN.familyHead, ocmw: ANTWERPEN, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2007-09-01', end: '2009-05-31', decided: '2007-09-20' },
  { ssin: SSIN.familyHead, ocmw: GENT, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.FAMILY, begin: '2025-03-01', end: null, decided: '2025-03-19' },
  // bis-person: temporary protection after she arrived in Brussels in 2022, so the equivalent leefloon from
  // OCMW Brussel until she moved to Gent; Gent gives her other aid (quality code 4), no living wage.
  { ssin: SSIN.bis, ocmw: BRUSSEL, category: CATEGORY.EQUIVALENT, beneficiary: BENEFICIARY.ALONE, begin: '2022-05-16', end: '2023-12-31', decided: '2022-06-02' },
  // newcomer: leefloon from Gent since his integration (a recognised refugee, so the leefloon itself).
  { ssin: SSIN.newcomer, ocmw: GENT, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2024-01-01', end: null, decided: '2024-01-16' },
  // jobseeker-wallonia: revenu d'intégration from CPAS Liège since her integration.
  { ssin: SSIN.jobseekerWallonia, ocmw: LIEGE, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2025-01-01', end: null, decided: '2025-01-23' },
  // refused-overlap: leefloon from Antwerpen since 2024-03-01, still running after her move to Gent (never stopped).
  { ssin: SSIN.refusedOverlap, ocmw: ANTWERPEN, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2024-03-01', end: null, decided: '2024-03-19' },
  // esv-moved (P13): three years of leefloon from Antwerpen, alone then cohabiting, stopped when she moved to Gent.
  { ssin: SSIN.esvMoved, ocmw: ANTWERPEN, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.ALONE, begin: '2022-09-01', end: '2024-02-29', decided: '2022-09-14' },
  { ssin: SSIN.esvMoved, ocmw: ANTWERPEN, category: CATEGORY.LIVING_WAGE, beneficiary: BENEFICIARY.COHABITING, begin: '2024-03-01', end: '2025-08-31', decided: '2024-02-20' },
];

/** Writes the personas' periods (the employed persona, the not-integrated one and the others have none). */
export function writePersonaLivingWages(w: PodMiWriter): void {
  for (const p of PERIODS) {
    w.period({
      ssin: p.ssin,
      ocmw_cbe: p.ocmw.cbe,
      ocmw_nis: p.ocmw.nis,
      category: p.category,
      beneficiary_category: p.beneficiary,
      monthly_amount: monthlyAmount(p.beneficiary, p.begin),
      begin_date: p.begin,
      end_date: p.end,
      decision_date: p.decided,
    });
  }
}
