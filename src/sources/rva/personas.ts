import type { SeedWriter } from '../../../fixtures/builder';
import { SSIN } from '../../../fixtures/personas';
import { addMonths, writeRightWithPayments } from '../../../fixtures/generate-rva';
import { ALLOWANCE, END_REASON } from './index';

/** The RVA files of the personas: standard (unemployment after her part-time job) and insertion-allowance-ended. */
export function writeRvaPersonas(w: SeedWriter): void {
  standardRva(w);
  insertionEndedRva(w);
  jobseekerFlandersRva(w);
  heatingAllowanceRva(w);
  alertBenefitRva(w);
}

/** RVA file of alert-benefit (X09): full unemployment (living alone) from 2026-06-01 to 2026-08-31, paid every month, while he asked the OCMW for the leefloon. */
function alertBenefitRva(w: SeedWriter): void {
  const ssin = SSIN.alertBenefit;
  writeRightWithPayments(w.rva, {
    right: { ssin, begin_date: '2026-06-01', end_date: '2026-08-31', allowance: ALLOWANCE.UNEMPLOYMENT, article: '30', family_category: 'SOLITARY', scale_code: '01', daily_amount: 58.4, payment_institution: 'HVW', end_reason: END_REASON.END_OF_RIGHT, unemployment_code: 1, indemnification_regime: 6, indemnisability_article: '114', self_employment_supplement: 0 },
  });
  w.rva.scale({ ssin, kind: 'UNEMPLOYMENT', code: '01', begin_date: '2026-06-01', end_date: '2026-08-31', admissibility: '30', indemnisability: '114', decision_handler: 43, decision_number: '26G0231190' });
}

/** RVA file of heating-allowance: full unemployment as head of household (her son) since 2022-03-01, paid every month. */
function heatingAllowanceRva(w: SeedWriter): void {
  const ssin = SSIN.heatingAllowance;
  writeRightWithPayments(w.rva, {
    right: { ssin, begin_date: '2022-03-01', end_date: null, allowance: ALLOWANCE.UNEMPLOYMENT, article: '30', family_category: 'HOUSEHOLDER', scale_code: '01', daily_amount: 62.0, payment_institution: 'ACV', end_reason: null, unemployment_code: 1, indemnification_regime: 6, indemnisability_article: '114', self_employment_supplement: 0 },
  });
  w.rva.scale({ ssin, kind: 'UNEMPLOYMENT', code: '01', begin_date: '2022-03-01', end_date: null, admissibility: '30', indemnisability: '114', decision_handler: 43, decision_number: '22G0088431' });
}

/** RVA file of jobseeker-flanders: full unemployment (living alone) since 2026-01-05, after his construction job. */
function jobseekerFlandersRva(w: SeedWriter): void {
  const ssin = SSIN.jobseekerFlanders;
  writeRightWithPayments(w.rva, {
    right: { ssin, begin_date: '2026-01-05', end_date: null, allowance: ALLOWANCE.UNEMPLOYMENT, article: '30', family_category: 'SOLITARY', scale_code: '01', daily_amount: 71.52, payment_institution: 'ABVV', end_reason: null, unemployment_code: 1, indemnification_regime: 6, indemnisability_article: '114', self_employment_supplement: 0 },
  });
  w.rva.scale({ ssin, kind: 'UNEMPLOYMENT', code: '01', begin_date: '2026-01-05', end_date: null, admissibility: '30', indemnisability: '114', decision_handler: 43, decision_number: '26G0012745' });
}

/**
 * RVA file of the standard persona: an unemployment right after her part-time job, with payments
 * checked by the RVA (one month corrected, the last two still under check), the scale codes of the
 * decision, a warning and a reprieved sanction, a training exemption, a short work disability and
 * the dispute with her health-insurance fund that followed, and the activation allowance of her
 * hiring in 2019 (same employer as in RSZ). Dates and amounts never change.
 */
function standardRva(w: SeedWriter): void {
  const rva = w.rva;
  const ssin = SSIN.standard;
  const decision = { decision_handler: 43, decision_number: '23G0451270' };
  const disability = { begin: '2023-11-06', end: '2023-11-24' };
  const sanction = { ssin, kind: 'SANCTION' as const, code: '52', decision_date: '2023-09-25', begin_date: '2023-10-02', end_date: '2023-10-29', weeks: 4, reprieve_date: '2023-09-25', reprieve_weeks: 4, decision_handler: 43, decision_number: '23G0468812' };
  writeRightWithPayments(rva, {
    right: { ssin, begin_date: '2023-03-01', end_date: '2024-08-31', allowance: ALLOWANCE.UNEMPLOYMENT, article: '30', family_category: 'SOLITARY', scale_code: '01', daily_amount: 62.35, payment_institution: 'HVW', end_reason: END_REASON.END_OF_RIGHT, unemployment_code: 1, indemnification_regime: 6, indemnisability_article: '114', self_employment_supplement: 0 },
    disabilities: [disability],
    sanctions: [sanction],
    check: (month, paid) =>
      month === '2024-02' ? { status: 'COMPLETED', accepted: Math.round((paid - 62.35) * 100) / 100 }
      : month === '2024-07' ? { status: 'PROVISIONAL', accepted: paid }
      : month === '2024-08' ? { status: 'NOT_STARTED', accepted: null }
      : { status: 'COMPLETED', accepted: paid },
  });
  rva.scale({ ssin, kind: 'UNEMPLOYMENT', code: '01', begin_date: '2023-03-01', end_date: '2024-02-29', admissibility: '30', indemnisability: '114', ...decision });
  rva.scale({ ssin, kind: 'UNEMPLOYMENT', code: '02', begin_date: '2024-03-01', end_date: '2024-08-31', admissibility: '30', indemnisability: '114', ...decision });
  rva.sanction({ ssin, kind: 'WARNING', code: '154', decision_date: '2023-06-20', begin_date: null, end_date: null, weeks: null, reprieve_date: null, reprieve_weeks: null, decision_handler: 43, decision_number: '23G0519944' });
  rva.sanction(sanction);
  rva.exemption({ ssin, reason_code: '91', regio_code: 'VDAB', begin_date: '2024-04-01', end_date: '2024-06-30', job_shortage: 1, job_description: 'Zorgkundige', decision_handler: 43, decision_number: '24G0102233' });
  rva.disability({ ssin, disability_type: 1, begin_date: disability.begin, end_date: disability.end });
  rva.mutuality({ ssin, no_earning_capacity_begin: null, lawsuit_type: 1, temporary_begin: '2023-11-25', temporary_end: '2024-01-31', verdict: 'ABLE', verdict_begin: '2023-11-25', verdict_end: null });
  for (let m = '2019-02'; m <= '2020-01'; m = addMonths(m, 1)) {
    rva.activation({ ssin, month: m, amount: 250, employer_cbe: '0401574852', business_unit: null, entry_date: '2019-02-01', wage_scale_code: 'G./', phase_begin: '2019-02-01', phase_end: '2020-01-31', mean_hours: 1900, ref_hours: 3800 });
  }
}

/**
 * RVA file of the insertion-allowance-ended persona (seed 001): insertion allowances from
 * 2022-01-01 until the time limit on 2025-03-31, after two positive availability evaluations.
 */
function insertionEndedRva(w: SeedWriter): void {
  const rva = w.rva;
  const ssin = SSIN.insertionEnded;
  writeRightWithPayments(rva, {
    right: { ssin, begin_date: '2022-01-01', end_date: '2025-03-31', allowance: ALLOWANCE.INSERTION, article: '36', family_category: 'SOLITARY', scale_code: '10', daily_amount: 45.1, payment_institution: 'ABVV', end_reason: END_REASON.INSERTION_ALLOWANCE_ENDED, unemployment_code: 1, indemnification_regime: 6, indemnisability_article: '124', self_employment_supplement: 0 },
  });
  rva.scale({ ssin, kind: 'UNEMPLOYMENT', code: '10', begin_date: '2022-01-01', end_date: '2025-03-31', admissibility: '36', indemnisability: '124,63§2', decision_handler: 43, decision_number: '22G0007781' });
  rva.youngDecision({ ssin, decision_date: '2021-07-12', category: 'POSITIVE', decision_code: 'E1', linked_code: null, late: 0, decision_handler: 43, decision_number: '21G0311402' });
  rva.youngDecision({ ssin, decision_date: '2021-11-22', category: 'DOUBLE POSITIVE', decision_code: 'E1', linked_code: 'L1', late: 0, decision_handler: 43, decision_number: '21G0498120' });
  rva.youngDecision({ ssin, decision_date: '2022-10-03', category: 'POSITIVE', decision_code: 'E1', linked_code: null, late: 1, decision_handler: 43, decision_number: '22G0410077' });
}
