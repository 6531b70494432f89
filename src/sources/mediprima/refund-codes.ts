/**
 * POD MI's refund codes (refund_podmi_sppis): what the state refunds of a MediPrima decision,
 * by the person's situation. MODELLED: the real table lives in MediPrima and in each CPAS's own
 * database, not in public. Codes 5 and 35 and their wording are the ones seen in real MEMU files
 * (contracts-wave2.md §4.4); the others are the emulator's. Parts are 0, 0.5 or 1 (0 %, 50 %,
 * 100 %) of the ZIV/AMI part and of the patient's part, for hospitalisation, ambulatory care and
 * the rest.
 */
export interface RefundCode {
  code: number;
  fr: string;
  nl: string;
  /** The person is insured at a mutuality (affiliedMutualityInd). */
  insured: boolean;
  /** L = legal stay, I = illegal stay (beneficiaryStatus). */
  beneficiaryStatus: 'L' | 'I';
  /** Urgent medical aid only (medicalUrgencyInd). */
  medicalUrgency: boolean;
  /** ZIV/AMI part for hospitalisation, ambulatory care, other; then the patient's part for the same. */
  parts: [number, number, number, number, number, number];
}

export const REFUND_CODES: readonly RefundCode[] = [
  { code: 1, fr: 'Reg Nat - légal - assuré', nl: 'Rijksreg - legaal - verzekerd', insured: true, beneficiaryStatus: 'L', medicalUrgency: false, parts: [0, 0, 0, 1, 1, 1] },
  { code: 5, fr: 'Reg Nat - légal - Revenus < RIS - non assuré', nl: 'Rijksreg - legaal - Inkomen < leefloon - niet verzekerd', insured: false, beneficiaryStatus: 'L', medicalUrgency: false, parts: [1, 1, 1, 1, 1, 1] },
  { code: 6, fr: 'Reg Nat - légal - Revenus > RIS - non assuré', nl: 'Rijksreg - legaal - Inkomen > leefloon - niet verzekerd', insured: false, beneficiaryStatus: 'L', medicalUrgency: false, parts: [0, 0, 0, 0, 0, 0] },
  { code: 35, fr: 'Radié - légal - Revenus < RIS - non assuré', nl: 'Afgevoerd - legaal - Inkomen < leefloon - niet verzekerd', insured: false, beneficiaryStatus: 'L', medicalUrgency: false, parts: [1, 1, 1, 1, 1, 1] },
  { code: 50, fr: 'Séjour illégal - aide médicale urgente', nl: 'Illegaal verblijf - dringende medische hulp', insured: false, beneficiaryStatus: 'I', medicalUrgency: true, parts: [1, 1, 1, 1, 1, 1] },
];

export function refundCode(code: number): RefundCode | undefined {
  return REFUND_CODES.find((r) => r.code === code);
}

/** What the emulator knows of a person when it judges a decision. */
export interface RefundFacts {
  /** Insured at a mutuality on the decision's first day (NIC). */
  insured: boolean;
  /** A foreign national without a residence document covering that day (National Register). */
  illegalStay: boolean;
  /** Struck off the register (radiated) on that day. */
  struckOff: boolean;
  /** incomeLessThanRISInd of the decision. */
  incomeBelowLivingWage: boolean;
}

/** The code POD MI gives a decision (MODELLED): illegal stay first, then insurance, then income. */
export function refundCodeFor(f: RefundFacts): number {
  if (f.illegalStay) return 50;
  if (f.insured) return 1;
  if (!f.incomeBelowLivingWage) return 6;
  return f.struckOff ? 35 : 5;
}
