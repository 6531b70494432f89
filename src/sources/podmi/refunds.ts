import { addDays } from '../../domain/dates';
import type { Attest, DeclaredForm } from './forms';
import type { BeneficiaryCategory } from './model';
import { monthlyAmount } from './scale';

/**
 * The Loi 65 refunds (P05, forms D1 and D2) and recoveries (form F65) as POD MI judges them
 * (MODELLED: the real checks are not public). A refund is judged against the equivalent-leefloon
 * file it belongs to: the accepted form B1 of the same OCMW for the beneficiary, whose requested
 * aids say which delivered amounts the State refunds.
 */

/** An accepted B1 row: one beneficiary of an equivalent-leefloon file of one OCMW. */
export interface EquivalentFile {
  attest_id: string;
  ocmw_cbe: string;
  suffix: number;
  begin: string;
  /** Last day: the B1's accepted or asked end, or the day before an accepted form C65 (null: open). */
  end: string | null;
  /** Situation/Category of the B1 (1 cohabiting, 2 alone, 3 family). */
  category: number | null;
  /** The aids the file grants this beneficiary: RequestedAids names, and social aids as 'PrimaryBeneficiaryAids/Art60p7'. */
  aids: string[];
}

/** What a B1 stores in its details (P02): what the refund rules read back. */
interface B1Details {
  requestedAids?: string[];
  socialAids?: { PrimaryBeneficiaryAids?: string[]; PartnerAids?: string[] };
}

/** The files of a person from POD MI's store: its accepted B1 rows, ended by the accepted C65 of the same OCMW and suffix. */
export function equivalentFiles(attests: Attest[]): EquivalentFile[] {
  const live = attests.filter((a) => a.form.superseded_by === null && a.decision.evaluation !== 'REFUSED');
  const cancellations = live.filter((a) => a.form.form_type === 'C65');
  return live
    .filter((a) => a.form.form_type === 'B1')
    .map((a) => {
      const f = a.form;
      const details = (f.details ? JSON.parse(f.details) : {}) as B1Details;
      const begin = a.decision.granted_begin ?? f.entry_date;
      let end = a.decision.granted_begin !== null ? a.decision.granted_end : f.end_date;
      for (const c of cancellations) {
        if (c.form.ocmw_cbe !== f.ocmw_cbe || c.form.suffix !== f.suffix || c.form.received_at < f.received_at || c.form.entry_date <= begin) continue;
        const last = addDays(c.form.entry_date, -1);
        if (end === null || last < end) end = last;
      }
      const requested = (details.requestedAids ?? []).filter((aid) => f.suffix === 0 || aid !== 'FinancialAid');
      const social = Object.entries(details.socialAids ?? {}).flatMap(([who, names]) => (names ?? []).map((n) => `${who}/${n}`));
      return { attest_id: f.attest_id, ocmw_cbe: f.ocmw_cbe, suffix: f.suffix ?? 0, begin, end, category: f.beneficiary_category, aids: [...requested, ...social] };
    });
}

/** The days a refund or recovery form covers: D1 its reference month, D2 its entry date, F65 its period of recovering. */
export function coveredDays(form: DeclaredForm): { from: string; to: string | null } {
  if (form.form_type === 'D1') return { from: form.entry_date, to: addDays(addDays(form.entry_date, 31).slice(0, 8) + '01', -1) };
  if (form.form_type === 'F65') return { from: form.recovery_begin ?? form.entry_date, to: form.recovery_end };
  return { from: form.entry_date, to: form.entry_date };
}

/** The file of the declaring OCMW for the beneficiary that covers the form's days (the first received). */
export function fileFor(form: DeclaredForm, files: EquivalentFile[]): EquivalentFile | undefined {
  const { from, to } = coveredDays(form);
  return files.find(
    (f) => f.ocmw_cbe === form.ocmw_cbe && (form.form_type === 'D1' || f.suffix === (form.suffix ?? 0)) && (f.end === null || f.end >= from) && (to === null || f.begin <= to),
  );
}

// ---------------------------------------------------------------- the delivered amounts

/** A delivered amount's name on form D1 → the social aid element of form B1 that grants it. */
const SOCIAL_AID_OF = { Art60p7: 'Art60p7', Art61: 'Art61', Activation: 'ActivationType', Partnerconvention: 'PartnerConvention', Alimony: 'Alimony' } as const;

/**
 * Where a delivered amount is answered in DecisionOnAmounts (its element, or 'parent/element'),
 * in the reply's order, with the B1 aid that must grant it.
 */
export const AMOUNT_KEYS = [
  ['FinancialAid', 'FinancialAid'],
  ['MedicalCosts', 'MedicalAndPharmaceuticalCosts'],
  ['PharmaceuticalCosts', 'MedicalAndPharmaceuticalCosts'],
  ['MutBaseContribution', 'MutBaseContribution'],
  ['MutComplementaryContribution', 'MutComplementaryContribution'],
  ['MutRegularization', 'MutRegularization'],
  ['RapatriationCosts', 'RepatriationCosts'],
  ['PlacementCosts', 'PlacementCosts'],
  ['HousingCosts', 'HousingCosts'],
  ['BirthAllowance', 'BirthAllowance'],
  ['GuaranteedChildAllowance', 'GuaranteedChildAllowances'],
  ['HospitalizationcostsBill', 'MedicalAndPharmaceuticalCosts'],
  ['HospitalizationCostsRemainingAmount', 'MedicalAndPharmaceuticalCosts'],
  ['AmbultantCosts/MedicalcostsAmount', 'MedicalAndPharmaceuticalCosts'],
  ['AmbultantCosts/PharmaceuticalCostsAmount', 'MedicalAndPharmaceuticalCosts'],
  ...(['PrimaryBeneficiaryAids', 'PartnerAids'] as const).flatMap((who) =>
    (['Art60p7', 'Art61', 'Activation', 'Partnerconvention', 'Alimony'] as const).map((aid) => [`${who}/${aid}Amount`, `${who}/${SOCIAL_AID_OF[aid]}`] as const),
  ),
  ['OtherRequestedAids', 'OtherRequestedAids'],
] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number][0];

const AID_OF = new Map<string, string>(AMOUNT_KEYS.map(([key, aid]) => [key, aid]));

/** One amount a refund form delivers (cents); a hospital bill carries its number. */
export interface DeliveredLine {
  key: AmountKey;
  amount: number;
  number?: string;
  year?: string;
}

/** POD MI's decision on one delivered amount: what it accepts (cents) and the State's share (whole percent). */
export interface AcceptedLine {
  key: AmountKey;
  number?: string;
  accepted: number;
  percentage: number;
}

export interface AmountDecision {
  lines: AcceptedLine[];
  total: number;
}

/** What a refund form stores in its details (besides the file id): its delivered amounts and their total. */
export interface RefundDetails {
  fileId?: string;
  lines: DeliveredLine[];
  totalAmount: number;
  doubleMaximum?: boolean;
  juridicalProcedure?: boolean;
  /** D2: the care institution (INAMI/RIZIV number, enterprise number). */
  institution?: { inami: string; cbe: string | null };
  /** Their health-service registration start (both forms, when given). */
  healthServiceRegistration?: string | null;
}

const parsedDetails = new WeakMap<DeclaredForm, RefundDetails>();

/** A refund form's details, parsed once per form object (every rule of a decision reads them). */
export function refundDetails(form: DeclaredForm): RefundDetails {
  let details = parsedDetails.get(form);
  if (!details) {
    details = JSON.parse(form.details ?? '{"lines":[],"totalAmount":0}') as RefundDetails;
    parsedDetails.set(form, details);
  }
  return details;
}

export const isGranted = (line: DeliveredLine, file: EquivalentFile) => file.aids.includes(AID_OF.get(line.key)!);

/** The most of the financial aid of a month the State refunds: the file's monthly scale (twice with DoubleMaximum), in cents; none without a category. */
export function financialAidCap(form: DeclaredForm, file: EquivalentFile): number | null {
  if (file.category === null || ![1, 2, 3].includes(file.category)) return null;
  const cents = Math.round(monthlyAmount(file.category as BeneficiaryCategory, form.entry_date) * 100);
  return refundDetails(form).doubleMaximum ? 2 * cents : cents;
}

/** The State's share of an accepted amount (MODELLED: the whole of it, as P02's Percentage). */
export const STATE_SHARE_PERCENT = 100;

/**
 * The amounts POD MI accepts of an accepted or partially accepted refund form: an amount of an
 * aid the file does not grant is 0 when `withoutAid` cuts it, the financial aid at most the cap
 * when `aboveCap` cuts it (the rules AID_NOT_GRANTED and ABOVE_SCALE set to PARTIALLYACCEPTED).
 */
export function acceptedAmounts(form: DeclaredForm, file: EquivalentFile | undefined, cuts: { withoutAid: boolean; aboveCap: boolean }): AmountDecision {
  const cap = file ? financialAidCap(form, file) : null;
  const lines = refundDetails(form).lines.map((line): AcceptedLine => {
    let accepted = line.amount;
    if (cuts.withoutAid && (!file || !isGranted(line, file))) accepted = 0;
    if (cuts.aboveCap && line.key === 'FinancialAid' && cap !== null) accepted = Math.min(accepted, cap);
    return { key: line.key, ...(line.number !== undefined ? { number: line.number } : {}), accepted, percentage: accepted > 0 ? STATE_SHARE_PERCENT : 0 };
  });
  return { lines, total: lines.reduce((sum, l) => sum + l.accepted, 0) };
}
