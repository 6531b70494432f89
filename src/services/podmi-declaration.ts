import type { CallContext, ClassicResult, Detail } from './types';
import { child, childText, XmlElement } from '../xml/node';
import type { XmlObject } from '../xml/build';
import { REASON } from '../domain/codes';
import { parseXsdDate } from '../domain/dates';
import { argumentInvalid, argumentMissing } from '../soap/classicErrors';
import { Attest, declare, DeclaredForm } from '../sources/podmi';
import { ClassicError } from './types';

/**
 * What P01 RegisterAttest, P06 StopAttest and P04 RegisterRecoveredAmount share (MODELLED
 * contracts under wsdl/P01-…/AttestTypes.xsd): the form's common head (UniqueAttestID, the
 * declaring CPAS, SSIN), the hand-over to POD MI (src/sources/podmi/declare.ts) and the reply's
 * DecisionResult. Each service reads its own form and calls answerDeclaration.
 */
export type DeclarationCtx = CallContext<'podmi' | 'repertory' | 'rr'>;

export interface FormHead {
  attest_id: string;
  ocmw_cbe: string;
  ocmw_nis: string;
  ssin: string;
}

/** The empty fields of a form: each service fills in those of its own form. */
export const NO_FIELDS = {
  end_date: null,
  council_decision: null,
  beneficiary_category: null,
  monthly_amount: null,
  decision_date: null,
  decision_nature: null,
  original_form: null,
  recovery_type: null,
  recovered_amount: null,
  recovery_begin: null,
  recovery_end: null,
  suffix: null,
  details: null,
} satisfies Partial<DeclaredForm>;

/** UniqueAttestID, CPAS and SSIN; the CPAS must be the caller (an OCMW declares its own decisions only). */
export function readHead(request: XmlElement, ctx: DeclarationCtx): FormHead {
  const organisation = ctx.caller?.organisation;
  if (!organisation) throw new Error('a declaration runs only after authentication');
  const attestId = childText(request, 'UniqueAttestID');
  if (!attestId) throw argumentMissing('UniqueAttestID');
  const cbe = childText(request, 'CPAS', 'KBOBCE');
  if (cbe !== organisation.cbe_number) throw argumentInvalid('CPAS/KBOBCE', cbe, `an OCMW declares its own decisions: your organisation is ${organisation.cbe_number}`);
  const nis = childText(request, 'CPAS', 'NISCode');
  if (nis !== organisation.nis_code) throw argumentInvalid('CPAS/NISCode', nis, `the NIS code of your OCMW is ${organisation.nis_code}`);
  return { attest_id: attestId, ocmw_cbe: cbe, ocmw_nis: nis, ssin: ctx.target?.ssin ?? childText(request, 'SSIN') ?? '' };
}

/** A date element of the form (xsd:date, an offset allowed), or null when absent. */
export function dateOf(form: XmlElement | undefined, path: string): string | null {
  const raw = childText(form, ...path.split('/'));
  if (raw === undefined) return null;
  const day = parseXsdDate(raw);
  if (!day) throw argumentInvalid(path, raw);
  return day;
}

export function numberOf(form: XmlElement | undefined, name: string): number | null {
  const raw = childText(form, name);
  return raw === undefined ? null : Number(raw);
}

export function textOf(form: XmlElement | undefined, name: string): string | null {
  return childText(form, name) ?? null;
}

/** The form element itself (FormB, FormC, RecoveringFormF); the schema has required it. */
export function formElement(request: XmlElement, name: string): XmlElement {
  const el = child(request, name);
  if (!el) throw argumentMissing(name);
  return el;
}

/** The DecisionResult of AttestTypes.xsd. */
export function decisionResult(a: Attest): XmlObject {
  const d = a.decision;
  return {
    UniqueAttestID: a.form.attest_id,
    ReferenceSPP_POD: d.reference,
    SSIN: a.form.ssin,
    FormType: a.form.form_type,
    EntryDate: a.form.entry_date,
    Evaluation: d.evaluation,
    AcceptedPeriod: d.granted_begin ? { StartDate: d.granted_begin, EndDate: d.granted_end ?? undefined } : undefined,
    ErrorsOnForm: d.errors.map((e) => ({ Code: e.code, Description: { '@lang': 'en', '#text': e.description } })),
    DecisionTime: d.decided_at,
    VisibleFrom: d.visible_from,
  };
}

/**
 * Hands the form to POD MI and answers its decision: ok YES when ACCEPTED, WARNING with 29100001
 * (REFUSED) or 29100002 (PARTIALLYACCEPTED) otherwise, so a client that only reads ReturnCode
 * sees that the form needs attention. The same form sent again answers the same decision.
 */
export function answerDeclaration(ctx: DeclarationCtx, form: DeclaredForm, onDecided?: (attest: Attest) => void): ClassicResult {
  // onDecided (the alerts a decision raises) runs in the decision's transaction, for a new form only.
  const outcome = ctx.sources.podmi.store.transaction(() => {
    const o = declare(ctx.sources, form, ctx.now);
    if (onDecided && !('conflict' in o) && !o.repeated) onDecided(o.attest);
    return o;
  });
  if ('conflict' in outcome) {
    throw new ClassicError({ severity: 'ERROR', def: REASON.ATTEST_ID_CONFLICT, information: [{ fieldName: 'UniqueAttestID', fieldValue: form.attest_id }, { fieldName: 'ReferenceSPP_POD', fieldValue: outcome.conflict.decision.reference }] });
  }
  const { attest } = outcome;
  const details: Detail[] = [];
  const info = [{ fieldName: 'UniqueAttestID', fieldValue: attest.form.attest_id }];
  if (attest.decision.evaluation === 'REFUSED') details.push({ severity: 'WARNING', def: REASON.ATTEST_REFUSED, information: info });
  if (attest.decision.evaluation === 'PARTIALLYACCEPTED') details.push({ severity: 'WARNING', def: REASON.ATTEST_PARTIAL, information: info });
  return { reply: { DecisionResult: decisionResult(attest) }, details };
}
