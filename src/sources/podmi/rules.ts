import { addDays } from '../../domain/dates';
import { Decision, DeclaredForm, ErrorOnForm, Evaluation, FORM_TYPES, FormType } from './forms';
import { acceptedAmounts, EquivalentFile, fileFor, financialAidCap, isGranted, refundDetails } from './refunds';

/**
 * POD MI's decisions as a small rule engine whose rules are data (MODELLED: POD MI's real checks
 * are not public; these follow the primabook rules of forms B and C and the KSZ network's
 * finality): each rule has an id, a kind (what it checks), the form it applies to, the error code
 * it puts on the form and the evaluation it leads to. They live in podmi_rule, are listed and
 * replaced through GET/PUT /_admin/podmi/rules, and POST /_admin/reset restores DEFAULT_RULES.
 */
export const RULE_KINDS = [
  'MANDATORY_FIELDS',
  'CORRECTION',
  'INTEGRATION',
  'OVERLAP_OTHER_OCMW',
  'DEATH',
  'COMPETENT_OCMW',
  'STOP_WITHOUT_GRANT',
  'RECOVERY_WITHOUT_GRANT',
  'PREMIUM_ONCE',
  'EQUIVALENT_INTEGRATION',
  'SECONDARY_WITH_PRIMARY',
  'EQUIVALENT_STOP_WITHOUT_GRANT',
  'REFUND_TOTAL',
  'REFUND_WITHOUT_FILE',
  'AID_NOT_GRANTED',
  'ABOVE_SCALE',
  'EQUIVALENT_RECOVERY_WITHOUT_FILE',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** The forms each kind judges; MANDATORY_FIELDS names its own in params.formType. */
const KIND_FORMS: Record<Exclude<RuleKind, 'MANDATORY_FIELDS'>, FormType[]> = {
  CORRECTION: ['B'],
  INTEGRATION: ['B'],
  OVERLAP_OTHER_OCMW: ['B'],
  DEATH: ['B'],
  COMPETENT_OCMW: ['B'],
  STOP_WITHOUT_GRANT: ['C'],
  RECOVERY_WITHOUT_GRANT: ['F'],
  PREMIUM_ONCE: ['I'],
  EQUIVALENT_INTEGRATION: ['B1'],
  SECONDARY_WITH_PRIMARY: ['B1'],
  EQUIVALENT_STOP_WITHOUT_GRANT: ['C65'],
  REFUND_TOTAL: ['D1', 'D2'],
  REFUND_WITHOUT_FILE: ['D1', 'D2'],
  AID_NOT_GRANTED: ['D1', 'D2'],
  ABOVE_SCALE: ['D1'],
  EQUIVALENT_RECOVERY_WITHOUT_FILE: ['F65'],
};

/**
 * The kinds that can keep part of what was asked instead of refusing it (a partial acceptance):
 * DEATH and COMPETENT_OCMW shorten the period, AID_NOT_GRANTED and ABOVE_SCALE lower amounts.
 */
const CUTTING: RuleKind[] = ['DEATH', 'COMPETENT_OCMW', 'AID_NOT_GRANTED', 'ABOVE_SCALE'];

export interface RuleParams {
  /** MANDATORY_FIELDS: the form and the request's element names that must be there. */
  formType?: FormType;
  fields?: string[];
  /** MANDATORY_FIELDS on form B: only for a grant (an amount means nothing on a refusal). */
  grantsOnly?: boolean;
  /** INTEGRATION, EQUIVALENT_INTEGRATION: the quality codes (sector 17) the benefit needs on the start date. */
  qualityCodes?: number[];
}

export interface Rule {
  id: string;
  kind: RuleKind;
  enabled: boolean;
  /** REFUSED, or for DEATH and COMPETENT_OCMW also PARTIALLYACCEPTED (the period is cut, not refused). */
  evaluation: Exclude<Evaluation, 'ACCEPTED'>;
  /** The ErrorsOnForm code: 6 characters (Loi65 ReturnCode). */
  errorCode: string;
  description: string;
  params: RuleParams;
}

export interface RuleSet {
  /** Days between POD MI's decision and the moment the network shows it (default 0; the real delay is up to 7). */
  decisionDelayDays: number;
  rules: Rule[];
}

/** The request element each mandatory field is, and the form column holding it. */
export const MANDATORY_FIELD_COLUMNS: Record<string, keyof DeclaredForm> = {
  BeneficiaryCategory: 'beneficiary_category',
  MonthlyAmount: 'monthly_amount',
  DecisionDate: 'decision_date',
  DecisionNature: 'decision_nature',
  OriginalForm: 'original_form',
  Type: 'recovery_type',
  RecoveredAmount: 'recovered_amount',
  PeriodOfRecovering: 'recovery_begin',
  // Loi 65 form B1: Situation/Category (copied onto each beneficiary's row).
  Category: 'beneficiary_category',
};

export const DEFAULT_RULES: RuleSet = {
  decisionDelayDays: 0,
  rules: [
    { id: 'PMI001', kind: 'MANDATORY_FIELDS', enabled: true, evaluation: 'REFUSED', errorCode: 'B00011', description: 'Form B: the beneficiary category (rubric 11) and the council decision date are mandatory.', params: { formType: 'B', fields: ['BeneficiaryCategory', 'DecisionDate'] } },
    { id: 'PMI002', kind: 'MANDATORY_FIELDS', enabled: true, evaluation: 'REFUSED', errorCode: 'B00012', description: 'Form B granting the leefloon: the monthly amount is mandatory.', params: { formType: 'B', fields: ['MonthlyAmount'], grantsOnly: true } },
    { id: 'PMI003', kind: 'MANDATORY_FIELDS', enabled: true, evaluation: 'REFUSED', errorCode: 'C00011', description: 'Form C: the nature of the decision (1 refusal, 2 withdrawal) and the council decision date are mandatory.', params: { formType: 'C', fields: ['DecisionNature', 'DecisionDate'] } },
    { id: 'PMI004', kind: 'MANDATORY_FIELDS', enabled: true, evaluation: 'REFUSED', errorCode: 'F00011', description: 'Form F: the recovered amount and the period of recovering are mandatory.', params: { formType: 'F', fields: ['RecoveredAmount', 'PeriodOfRecovering'] } },
    { id: 'PMI005', kind: 'CORRECTION', enabled: true, evaluation: 'REFUSED', errorCode: 'B00005', description: 'Form B: an original (status 0) with the start date of a live form B of the same OCMW is refused (send a correction, status 1); a correction with no form B of that start date to replace is refused.', params: {} },
    { id: 'PMI010', kind: 'INTEGRATION', enabled: true, evaluation: 'REFUSED', errorCode: 'B00101', description: 'Form B: the person must be integrated by the declaring OCMW with a quality code of the benefit (leefloon: 2) on the start date.', params: { qualityCodes: [2] } },
    { id: 'PMI011', kind: 'OVERLAP_OTHER_OCMW', enabled: true, evaluation: 'REFUSED', errorCode: 'B00102', description: 'Form B granting the leefloon: refused when another OCMW has a grant for an overlapping period.', params: {} },
    { id: 'PMI020', kind: 'DEATH', enabled: true, evaluation: 'PARTIALLYACCEPTED', errorCode: 'B00201', description: 'Form B granting the leefloon: the period is accepted up to the date of death (refused if the person died before it starts).', params: {} },
    { id: 'PMI021', kind: 'COMPETENT_OCMW', enabled: true, evaluation: 'PARTIALLYACCEPTED', errorCode: 'B00202', description: 'Form B granting the leefloon: the period is accepted while the person lives in the municipality of the declaring OCMW (National Register); it ends the day before a move elsewhere (refused if the person does not live there on the start date).', params: {} },
    { id: 'PMI030', kind: 'STOP_WITHOUT_GRANT', enabled: true, evaluation: 'REFUSED', errorCode: 'C00101', description: 'Form C: refused when the declaring OCMW has no grant running on the effective date.', params: {} },
    { id: 'PMI040', kind: 'RECOVERY_WITHOUT_GRANT', enabled: true, evaluation: 'REFUSED', errorCode: 'F00101', description: 'Form F: refused when the declaring OCMW had no grant during the period of recovering.', params: {} },
    { id: 'PMI006', kind: 'MANDATORY_FIELDS', enabled: true, evaluation: 'REFUSED', errorCode: 'I00011', description: 'Installation premium (form I): the council decision date is mandatory.', params: { formType: 'I', fields: ['DecisionDate'] } },
    // Loi 65 / Wet 65, the equivalent leefloon (P02 form B1, P07 form C).
    { id: 'PMI060', kind: 'MANDATORY_FIELDS', enabled: true, evaluation: 'REFUSED', errorCode: 'B10011', description: 'Loi 65 form B1: the category of the situation (Situation/Category: 1 cohabiting, 2 alone, 3 with family) is mandatory.', params: { formType: 'B1', fields: ['Category'] } },
    { id: 'PMI061', kind: 'EQUIVALENT_INTEGRATION', enabled: true, evaluation: 'REFUSED', errorCode: 'B10101', description: 'Loi 65 form B1: the primary beneficiary must be integrated by the declaring OCMW with a quality code of the equivalent leefloon (3) on the start date.', params: { qualityCodes: [3] } },
    { id: 'PMI062', kind: 'SECONDARY_WITH_PRIMARY', enabled: true, evaluation: 'REFUSED', errorCode: 'B10102', description: 'Loi 65 form B1: a secondary beneficiary (partner, minor child) is refused when the primary beneficiary of the same form is.', params: {} },
    { id: 'PMI063', kind: 'EQUIVALENT_STOP_WITHOUT_GRANT', enabled: true, evaluation: 'REFUSED', errorCode: 'C10101', description: 'Loi 65 form C: refused when the declaring OCMW has no accepted form B1 (equivalent leefloon) running for the beneficiary (the primary one or, by its Suffix, a secondary one) on the effective date.', params: {} },
    // Loi 65 refunds and recoveries (P05 forms D1, D2 and F65).
    { id: 'PMI070', kind: 'REFUND_TOTAL', enabled: true, evaluation: 'REFUSED', errorCode: 'D10011', description: 'Loi 65 forms D1 and D2: TotalAmount must be the sum of the delivered amounts.', params: {} },
    { id: 'PMI071', kind: 'REFUND_WITHOUT_FILE', enabled: true, evaluation: 'REFUSED', errorCode: 'D10101', description: 'Loi 65 forms D1 and D2: refused when the declaring OCMW has no accepted form B1 for the beneficiary covering the reference month (D1) or the entry date (D2).', params: {} },
    { id: 'PMI072', kind: 'AID_NOT_GRANTED', enabled: true, evaluation: 'PARTIALLYACCEPTED', errorCode: 'D10102', description: 'Loi 65 forms D1 and D2: an amount of an aid the form B1 did not grant (RequestedAids, the social aids; a secondary beneficiary gets no financial aid) is not refunded (AcceptedAmount 0); refused when nothing granted is left.', params: {} },
    { id: 'PMI073', kind: 'ABOVE_SCALE', enabled: true, evaluation: 'PARTIALLYACCEPTED', errorCode: 'D10103', description: 'Loi 65 form D1: the financial aid is refunded up to the monthly equivalent-leefloon scale of the category of the form B1 (twice that with DoubleMaximum).', params: {} },
    { id: 'PMI074', kind: 'EQUIVALENT_RECOVERY_WITHOUT_FILE', enabled: true, evaluation: 'REFUSED', errorCode: 'F10101', description: 'Loi 65 form F: refused when the declaring OCMW had no accepted form B1 for the beneficiary during the period of recovering.', params: {} },
    { id: 'PMI050', kind: 'PREMIUM_ONCE', enabled: true, evaluation: 'REFUSED', errorCode: 'I00101', description: 'Installation premium (art. 57bis organic law): once in a lifetime; refused when an OCMW was already granted one for the person.', params: {} },
  ],
};

// ---------------------------------------------------------------- the facts a decision reads

/** A leefloon grant POD MI knows (seeded or declared), with its period. */
export interface GrantFact {
  ocmw_cbe: string;
  /** LIVING_WAGE (form B) or EQUIVALENT_LIVING_WAGE (Loi 65 form B1). */
  category: string;
  begin: string;
  end: string | null;
}

/** What POD MI knows when it judges a form (gathered from the repertory, the RR and its own store). */
export interface Facts {
  /** The declaring OCMW's integrations of the person (both registers or one; any order). */
  integrations: { quality_code: number; begin_date: string; end_date: string | null }[];
  /** Every grant of the person, of every OCMW (the form's own OCMW included). */
  grants: GrantFact[];
  deathDate: string | null;
  /** The person's National Register addresses (any order); none for a person the RR does not know. */
  addresses: { nis_code: string | null; begin_date: string; end_date: string | null }[];
  /** B: a live form B (or seeded grant) of this OCMW and person starts on the form's start date. */
  sameStartExists: boolean;
  /** The installation premiums POD MI accepted for the person, of every OCMW (PREMIUM_ONCE). */
  premiums: { attest_id: string; ocmw_cbe: string; entry_date: string }[];
  /** Loi 65 B1 of a secondary beneficiary: POD MI refused the primary beneficiary of the same form. */
  primaryRefused?: boolean;
  /** Loi 65: the person's accepted B1 rows, of every OCMW (the refund and recovery forms are judged against them). */
  equivalentFiles: EquivalentFile[];
}

const overlaps = (b1: string, e1: string | null, b2: string, e2: string | null) => (e2 === null || b1 <= e2) && (e1 === null || b2 <= e1);

/**
 * A finding: the rule's description of the problem; for the kinds that cut a period the last day
 * that can be kept, for those that lower amounts whether something is left to accept.
 */
interface Finding {
  description: string;
  cutTo?: string;
  somethingLeft?: boolean;
}

type Check = (form: DeclaredForm, facts: Facts, end: string | null, rule: Rule) => Finding | undefined;

const isGrant = (form: DeclaredForm) => form.form_type === 'B' && form.council_decision === 'GRANTED';
/** A form whose acceptance opens a period: a form B grant, or a Loi 65 B1 granting financial aid (the primary beneficiary's row). */
const opensPeriod = (form: DeclaredForm) => isGrant(form) || (form.form_type === 'B1' && form.council_decision === 'GRANTED');
const EQUIVALENT = 'EQUIVALENT_LIVING_WAGE';

const CHECKS: Record<RuleKind, Check> = {
  MANDATORY_FIELDS(form, _facts, _end, rule) {
    if (rule.params.grantsOnly && !isGrant(form)) return undefined;
    const missing = (rule.params.fields ?? []).filter((f) => form[MANDATORY_FIELD_COLUMNS[f]] === null);
    return missing.length ? { description: `Mandatory field missing: ${missing.join(', ')}.` } : undefined;
  },
  CORRECTION(form, facts) {
    if (form.message_status === 0 && facts.sameStartExists) return { description: `A form B of this OCMW starting on ${form.entry_date} already exists: send a correction (MessageStatus 1).` };
    if (form.message_status === 1 && !facts.sameStartExists) return { description: `No form B of this OCMW starting on ${form.entry_date} to correct.` };
    return undefined;
  },
  INTEGRATION(form, facts, _end, rule) {
    const codes = rule.params.qualityCodes ?? [];
    const ok = facts.integrations.some((i) => codes.includes(i.quality_code) && overlaps(i.begin_date, i.end_date, form.entry_date, form.entry_date));
    return ok ? undefined : { description: `The person is not integrated by the declaring OCMW with quality code ${codes.join(' or ')} on ${form.entry_date}.` };
  },
  OVERLAP_OTHER_OCMW(form, facts, end) {
    if (!isGrant(form)) return undefined;
    const other = facts.grants.find((g) => g.ocmw_cbe !== form.ocmw_cbe && overlaps(g.begin, g.end, form.entry_date, end));
    return other ? { description: `OCMW ${other.ocmw_cbe} grants the leefloon from ${other.begin}${other.end ? ` to ${other.end}` : ' (running)'}: the periods overlap.` } : undefined;
  },
  DEATH(form, facts, end) {
    const death = facts.deathDate;
    if (!isGrant(form) || !death || (end !== null && end <= death)) return undefined;
    return { description: `The person died on ${death}.`, cutTo: death };
  },
  COMPETENT_OCMW(form, facts, end) {
    if (!isGrant(form) || facts.addresses.length === 0) return undefined;
    const sorted = [...facts.addresses].sort((a, b) => (a.begin_date < b.begin_date ? -1 : 1));
    const here = (a: Facts['addresses'][number]) => a.nis_code === form.ocmw_nis;
    let at = sorted.find((a) => here(a) && overlaps(a.begin_date, a.end_date, form.entry_date, form.entry_date));
    if (!at) return { description: `The person does not live in municipality ${form.ocmw_nis} on ${form.entry_date}.`, cutTo: addDays(form.entry_date, -1) };
    let lives: string | null = at.end_date;
    while (lives !== null) {
      const dayAfter = addDays(lives, 1);
      at = sorted.find((a) => here(a) && a.begin_date <= dayAfter && (a.end_date === null || a.end_date >= dayAfter));
      if (!at) break;
      lives = at.end_date;
    }
    if (lives === null || (end !== null && end <= lives)) return undefined;
    return { description: `The person left municipality ${form.ocmw_nis} after ${lives}: the OCMW is no longer competent.`, cutTo: lives };
  },
  STOP_WITHOUT_GRANT(form, facts) {
    const running = facts.grants.some((g) => g.ocmw_cbe === form.ocmw_cbe && g.begin <= form.entry_date && (g.end === null || g.end >= form.entry_date));
    return running ? undefined : { description: `The OCMW has no leefloon grant running on ${form.entry_date} to stop.` };
  },
  RECOVERY_WITHOUT_GRANT(form, facts) {
    if (form.recovery_begin === null) return undefined;
    const had = facts.grants.some((g) => g.ocmw_cbe === form.ocmw_cbe && overlaps(g.begin, g.end, form.recovery_begin!, form.recovery_end));
    return had ? undefined : { description: `The OCMW had no leefloon grant between ${form.recovery_begin} and ${form.recovery_end ?? '…'}.` };
  },
  EQUIVALENT_INTEGRATION(form, facts, _end, rule) {
    if (form.suffix !== 0) return undefined;
    const codes = rule.params.qualityCodes ?? [];
    const ok = facts.integrations.some((i) => codes.includes(i.quality_code) && overlaps(i.begin_date, i.end_date, form.entry_date, form.entry_date));
    return ok ? undefined : { description: `The primary beneficiary is not integrated by the declaring OCMW with quality code ${codes.join(' or ')} on ${form.entry_date}.` };
  },
  SECONDARY_WITH_PRIMARY(form, facts) {
    return form.suffix !== 0 && facts.primaryRefused ? { description: 'The primary beneficiary of this form B1 is refused.' } : undefined;
  },
  EQUIVALENT_STOP_WITHOUT_GRANT(form, facts) {
    const on = (begin: string, end: string | null) => begin <= form.entry_date && (end === null || end >= form.entry_date);
    const suffix = form.suffix ?? 0;
    // The beneficiary's own B1 row (a partner's too), or for the primary one a seeded equivalent-leefloon period.
    const running =
      facts.equivalentFiles.some((f) => f.ocmw_cbe === form.ocmw_cbe && f.suffix === suffix && on(f.begin, f.end)) ||
      (suffix === 0 && facts.grants.some((g) => g.category === EQUIVALENT && g.ocmw_cbe === form.ocmw_cbe && on(g.begin, g.end)));
    return running ? undefined : { description: `The OCMW has no equivalent-leefloon grant (form B1) running for this beneficiary on ${form.entry_date} to cancel.` };
  },
  REFUND_TOTAL(form) {
    const { lines, totalAmount } = refundDetails(form);
    const sum = lines.reduce((s, l) => s + l.amount, 0);
    return sum === totalAmount ? undefined : { description: `TotalAmount ${totalAmount} is not the sum of the delivered amounts (${sum}).` };
  },
  REFUND_WITHOUT_FILE(form, facts) {
    if (fileFor(form, facts.equivalentFiles)) return undefined;
    const when = form.form_type === 'D1' ? `in ${form.entry_date.slice(0, 7)}` : `on ${form.entry_date}`;
    return { description: `The OCMW has no accepted form B1 (equivalent leefloon) for this beneficiary ${when}.` };
  },
  AID_NOT_GRANTED(form, facts) {
    const file = fileFor(form, facts.equivalentFiles);
    if (!file) return undefined;
    const lines = refundDetails(form).lines;
    const refused = lines.filter((l) => !isGranted(l, file));
    if (refused.length === 0) return undefined;
    const names = [...new Set(refused.map((l) => l.key))].join(', ');
    return { description: `Form B1 ${file.attest_id.split(':')[0]} does not grant ${names}: not refunded.`, somethingLeft: refused.length < lines.length };
  },
  ABOVE_SCALE(form, facts) {
    const file = fileFor(form, facts.equivalentFiles);
    const aid = refundDetails(form).lines.find((l) => l.key === 'FinancialAid');
    const cap = file && aid ? financialAidCap(form, file) : null;
    if (cap === null || aid!.amount <= cap) return undefined;
    return { description: `The financial aid ${aid!.amount} is above the monthly scale of category ${file!.category} (${cap}): ${cap} is refunded.`, somethingLeft: true };
  },
  EQUIVALENT_RECOVERY_WITHOUT_FILE(form, facts) {
    if (fileFor(form, facts.equivalentFiles)) return undefined;
    return { description: `The OCMW had no accepted form B1 (equivalent leefloon) for this beneficiary between ${form.recovery_begin} and ${form.recovery_end ?? '…'}.` };
  },
  PREMIUM_ONCE(_form, facts) {
    const earlier = facts.premiums[0];
    return earlier ? { description: `An installation premium was already granted by OCMW ${earlier.ocmw_cbe} (moving in on ${earlier.entry_date}, form ${earlier.attest_id}).` } : undefined;
  },
};

const judges = (rule: Rule, form: DeclaredForm): boolean => (rule.kind === 'MANDATORY_FIELDS' ? rule.params.formType === form.form_type : KIND_FORMS[rule.kind].includes(form.form_type));

/**
 * Judges one form: every enabled rule of its form type, in order. A refusing finding makes the
 * decision REFUSED; a cutting one set to PARTIALLYACCEPTED keeps part of what was asked (DEATH
 * and COMPETENT_OCMW end the accepted period earlier, AID_NOT_GRANTED and ABOVE_SCALE lower the
 * accepted amounts), and refuses when nothing is left. Every finding is an error on the form. A
 * form B granting the leefloon that is not refused gets its accepted period; a refund form D1 or
 * D2 that is not refused gets its accepted amounts.
 */
export function decide(form: DeclaredForm, facts: Facts, rules: Rule[]): Decision {
  const errors: ErrorOnForm[] = [];
  const cuts = new Set<RuleKind>();
  let refused = false;
  let end = form.end_date;
  for (const rule of rules) {
    if (!rule.enabled || !judges(rule, form)) continue;
    const finding = CHECKS[rule.kind](form, facts, end, rule);
    if (!finding) continue;
    errors.push({ code: rule.errorCode, description: finding.description, rule: rule.id });
    const keeps = finding.cutTo !== undefined ? finding.cutTo >= form.entry_date : finding.somethingLeft === true;
    if (rule.evaluation === 'PARTIALLYACCEPTED' && keeps) {
      if (finding.cutTo !== undefined) end = finding.cutTo;
      cuts.add(rule.kind);
    } else {
      refused = true;
    }
  }
  const evaluation: Evaluation = refused ? 'REFUSED' : cuts.size > 0 ? 'PARTIALLYACCEPTED' : 'ACCEPTED';
  const grants = !refused && opensPeriod(form);
  const refund = !refused && (form.form_type === 'D1' || form.form_type === 'D2');
  const amounts = refund ? acceptedAmounts(form, fileFor(form, facts.equivalentFiles), { withoutAid: cuts.has('AID_NOT_GRANTED'), aboveCap: cuts.has('ABOVE_SCALE') }) : null;
  return { evaluation, granted_begin: grants ? form.entry_date : null, granted_end: grants ? end : null, errors, amounts };
}

// ---------------------------------------------------------------- validation of an edited rule set

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a rule set sent to PUT /_admin/podmi/rules by hand; returns it, or a message naming the problem. */
export function parseRuleSet(body: unknown): RuleSet | string {
  if (!isObject(body)) return 'Send {"decisionDelayDays": 0, "rules": [{"id": "PMI010", "kind": "INTEGRATION", …}]} (GET gives the current set).';
  const delay = body.decisionDelayDays ?? 0;
  if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0 || delay > 366) return 'decisionDelayDays: an integer from 0 to 366.';
  if (!Array.isArray(body.rules)) return 'rules: an array of rules.';
  const rules: Rule[] = [];
  for (const [i, raw] of body.rules.entries()) {
    const parsed = parseRule(raw);
    if (typeof parsed === 'string') return `rules[${i}]: ${parsed}`;
    if (rules.some((r) => r.id === parsed.id)) return `rules[${i}]: id ${parsed.id} is used twice.`;
    rules.push(parsed);
  }
  return { decisionDelayDays: delay, rules };
}

function parseRule(raw: unknown): Rule | string {
  if (!isObject(raw)) return 'a rule is an object.';
  const { id, kind, enabled, evaluation, errorCode, description } = raw;
  const params = raw.params ?? {};
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,20}$/.test(id)) return 'id: 1 to 20 letters, digits, - or _.';
  if (typeof kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(kind)) return `kind: one of ${RULE_KINDS.join(', ')}.`;
  if (typeof enabled !== 'boolean') return 'enabled: true or false.';
  const cutting = CUTTING.includes(kind as RuleKind);
  if (evaluation !== 'REFUSED' && !(cutting && evaluation === 'PARTIALLYACCEPTED')) return `evaluation: REFUSED${cutting ? ' or PARTIALLYACCEPTED' : ''} for kind ${kind}.`;
  if (typeof errorCode !== 'string' || errorCode.length !== 6) return 'errorCode: 6 characters.';
  if (typeof description !== 'string' || description.trim() === '') return 'description: a text.';
  if (!isObject(params)) return 'params: an object.';
  const p: RuleParams = {};
  if (kind === 'MANDATORY_FIELDS') {
    if (typeof params.formType !== 'string' || !(FORM_TYPES as readonly string[]).includes(params.formType)) return `params.formType: one of ${FORM_TYPES.join(', ')}.`;
    const known = Object.keys(MANDATORY_FIELD_COLUMNS);
    if (!Array.isArray(params.fields) || params.fields.length === 0 || !params.fields.every((f) => typeof f === 'string' && known.includes(f))) return `params.fields: a non-empty list of ${known.join(', ')}.`;
    if (params.grantsOnly !== undefined && typeof params.grantsOnly !== 'boolean') return 'params.grantsOnly: true or false.';
    Object.assign(p, { formType: params.formType as FormType, fields: params.fields as string[], ...(params.grantsOnly !== undefined ? { grantsOnly: params.grantsOnly } : {}) });
  }
  if (kind === 'INTEGRATION' || kind === 'EQUIVALENT_INTEGRATION') {
    const codes = params.qualityCodes;
    if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c) => Number.isInteger(c) && c >= 0)) return 'params.qualityCodes: a non-empty list of quality codes.';
    p.qualityCodes = codes as number[];
  }
  return { id, kind: kind as RuleKind, enabled, evaluation: evaluation as Rule['evaluation'], errorCode, description, params: p };
}
