import type { AmountDecision } from './refunds';

/**
 * The vocabulary of the forms OCMWs declare to POD MI (P01 form B, P06 form C, P04 form F, P03 the
 * installation premium, form type I: MODELLED, the real form's letter is not public) and of
 * POD MI's decision on each (contracts-wave2.md §3: primabook forms B and C of the RMI law; the
 * decision shaped on the Loi65 DecisionResult). Rows of podmi_form and podmi_decision.
 */

/**
 * B, C, F, I: the RMI forms and the premium. B1, C65, D1, D2, F65: the Loi 65 / Wet 65
 * (equivalent leefloon) forms of P02, P07 and P05 (MODELLED letters: B1, D1 and D2 are the paper
 * forms' names; C65 and F65 tell the Loi 65 forms C and F from the RMI ones). A Loi 65 form
 * concerns one beneficiary (suffix 0 the primary one, 1..99 a secondary one): a B1 is stored once
 * per beneficiary.
 */
export const FORM_TYPES = ['B', 'C', 'F', 'I', 'B1', 'C65', 'D1', 'D2', 'F65'] as const;
export type FormType = (typeof FORM_TYPES)[number];

export const EVALUATIONS = ['ACCEPTED', 'REFUSED', 'PARTIALLYACCEPTED'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

/** Form B's council decision: the leefloon granted or refused (P01 "aangifte leefloon en weigering leefloon"). */
export type CouncilDecision = 'GRANTED' | 'REFUSED';

/** What an OCMW declares: the fields of the three forms (those a form does not have are null). */
export interface DeclaredForm {
  attest_id: string;
  form_type: FormType;
  ocmw_cbe: string;
  ocmw_nis: string;
  ssin: string;
  /** 0 original, 1 correction (replaces the live form B of the same OCMW, person and start date). */
  message_status: number;
  /** B: "datum invoegetreding" (start of the right); C: the day the refusal or withdrawal takes effect; F: the reference date; I: the day the person moved into the dwelling; D1: the first day of its reference month. */
  entry_date: string;
  /** B: last day asked (MODELLED; null = open, until a stop). */
  end_date: string | null;
  /** B only. */
  council_decision: CouncilDecision | null;
  /** B: rubric 11, 1 cohabiting, 2 alone, 3 with family (mandatory for POD MI). */
  beneficiary_category: number | null;
  /** B: euros a month. */
  monthly_amount: number | null;
  /** B, C and I: the council's session. */
  decision_date: string | null;
  /** C: 1 refusal, 2 withdrawal. */
  decision_nature: number | null;
  /** F: the recovery (Loi65 RecoveringFormF shape): original form, type, amount in cents, period. */
  original_form: string | null;
  recovery_type: string | null;
  recovered_amount: number | null;
  recovery_begin: string | null;
  recovery_end: string | null;
  /** Loi 65 forms: the beneficiary's suffix (0 primary, 1..99 secondary); null for the RMI forms. */
  suffix: number | null;
  /** Loi 65 forms: their other fields as JSON (file id, requested aids, cancellation reason, delivered amounts), compared for idempotency. */
  details: string | null;
}

export interface FormRow extends DeclaredForm {
  id: number;
  /** ISO instant POD MI received it. */
  received_at: string;
  /** The attest id of the correction that replaced this form, if one did. */
  superseded_by: string | null;
}

export interface ErrorOnForm {
  code: string;
  description: string;
  /** The rule that found it. */
  rule: string;
}

/** POD MI's decision on one form. */
export interface Decision {
  evaluation: Evaluation;
  /** B: the part of the period accepted (a partial acceptance ends it earlier); null when refused. */
  granted_begin: string | null;
  granted_end: string | null;
  errors: ErrorOnForm[];
  /** Loi 65 refund forms D1 and D2 not refused: the amounts accepted (src/sources/podmi/refunds.ts); otherwise null. */
  amounts: AmountDecision | null;
}

export interface DecisionRow extends Decision {
  attest_id: string;
  /** ReferenceSPP_POD: 10 characters. */
  reference: string;
  decided_at: string;
  /** ISO instant from which the network knows the decision (decided_at + decisionDelayDays). */
  visible_from: string;
}

/** A form with its decision, as POD MI keeps them. */
export interface Attest {
  form: FormRow;
  decision: DecisionRow;
}
