import type { CallContext, ClassicResult, Detail } from './types';
import { child, childrenNamed, childText, elements, XmlElement } from '../xml/node';
import type { XmlObject } from '../xml/build';
import { REASON } from '../domain/codes';
import { addDays } from '../domain/dates';
import { argumentInvalid, argumentMissing } from '../soap/classicErrors';
import { Attest, declareAll, DeclaredForm } from '../sources/podmi';
import { ClassicError } from './types';
import { NO_FIELDS } from './podmi-declaration';

/**
 * What P02 OCMWCPASWet65Loi65AB, P05 OCMWCPASWet65Loi65DF and P07 OCMWCPASWet65Loi65C share
 * (MODELLED versions, our XSDs under wsdl/common/loiwet65): the FileIdentification (the caller's
 * own enterprise number), the hand-over of one row per beneficiary to POD MI (declareAll) and the
 * reply's FileIdentification.
 */
export type Loi65Ctx = CallContext<'podmi' | 'repertory' | 'rr'>;

/** The request's FileIdentification: its KBOBCE (an integer) must be the caller's enterprise number. */
export function readFile(request: XmlElement, ctx: Loi65Ctx): { cbe: string; nis: string; fileId: string } {
  const organisation = ctx.caller?.organisation;
  if (!organisation) throw new Error('a declaration runs only after authentication');
  const raw = childText(request, 'FileIdentification', 'KBOBCE') ?? '';
  const cbe = raw.replace(/^\+/, '').padStart(10, '0');
  if (cbe !== organisation.cbe_number) throw argumentInvalid('FileIdentification/KBOBCE', raw, `an OCMW declares its own decisions: your organisation is ${organisation.cbe_number}`);
  return { cbe, nis: organisation.nis_code ?? '', fileId: childText(request, 'FileIdentification', 'FileID') ?? '' };
}

/** A Loi 65 form row with the RMI columns empty. */
export function loi65Form(head: { cbe: string; nis: string }, f: Pick<DeclaredForm, 'attest_id' | 'form_type' | 'ssin' | 'entry_date' | 'suffix'> & Partial<DeclaredForm>): DeclaredForm {
  return { ...NO_FIELDS, message_status: 0, ocmw_cbe: head.cbe, ocmw_nis: head.nis, ...f };
}

/**
 * The rows of a B1 store the UniqueAttestID of the form, a secondary beneficiary's with ":suffix"
 * (the attest id is the store's key); the reply shows the form's own id.
 */
export const rowId = (attestId: string, suffix: number) => (suffix === 0 ? attestId : `${attestId}:${suffix}`);
export const uniqueAttestIdOf = (a: Attest) => a.form.attest_id.split(':')[0];

/** Duration: EntryDate + Months + Weeks + Days − 1 day is the last day; nothing: open (null). */
export function endOfDuration(entry: string, duration: XmlElement | undefined): string | null {
  const n = (name: string) => Number(childText(duration, name) ?? 0);
  const [months, weeks, days] = [n('Months'), n('Weeks'), n('Days')];
  if (months + weeks + days === 0) return null;
  const [y, m, d] = entry.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return addDays(target.toISOString().slice(0, 10), weeks * 7 + days - 1);
}

/** The booleans of an element (RequestedAids): the names of those set to true, in order. */
export function trueFlags(el: XmlElement | undefined): string[] {
  return el ? elements(el).filter((c) => childText(c) === "true").map((c) => c.local) : [];
}

export const errorsOnForm = (a: Attest): XmlObject[] => a.decision.errors.map((e) => ({ Code: e.code, Description: { '@lang': 'en', '#text': e.description } }));

/**
 * Hands the rows to POD MI (one transaction) and returns their attests; a UniqueAttestID already
 * used for other content is a KSZ error; REFUSED or PARTIALLYACCEPTED rows make the reply a
 * WARNING (29100001 / 29100002), as for P01.
 */
export function declareRows(ctx: Loi65Ctx, forms: DeclaredForm[], onDecided?: (attest: Attest) => void): { attests: Attest[]; details: Detail[] } {
  // onDecided (the alerts a decision raises) runs in the decisions' transaction, for new forms only.
  const outcomes = ctx.sources.podmi.store.transaction(() => {
    const all = declareAll(ctx.sources, forms, ctx.now);
    if (onDecided && !all.some((o) => 'conflict' in o)) for (const o of all) if (!('conflict' in o) && !o.repeated) onDecided(o.attest);
    return all;
  });
  const attests: Attest[] = [];
  for (const o of outcomes) {
    if ('conflict' in o) {
      throw new ClassicError({ severity: 'ERROR', def: REASON.ATTEST_ID_CONFLICT, information: [{ fieldName: 'UniqueAttestID', fieldValue: uniqueAttestIdOf(o.conflict) }, { fieldName: 'ReferenceSPP_POD', fieldValue: o.conflict.decision.reference }] });
    }
    attests.push(o.attest);
  }
  const details: Detail[] = [];
  const refused = attests.filter((a) => a.decision.evaluation === 'REFUSED');
  const partial = attests.filter((a) => a.decision.evaluation === 'PARTIALLYACCEPTED');
  if (refused.length) details.push({ severity: 'WARNING', def: REASON.ATTEST_REFUSED, information: refused.map((a) => ({ fieldName: 'UniqueAttestID', fieldValue: uniqueAttestIdOf(a) })) });
  if (partial.length) details.push({ severity: 'WARNING', def: REASON.ATTEST_PARTIAL, information: partial.map((a) => ({ fieldName: 'UniqueAttestID', fieldValue: uniqueAttestIdOf(a) })) });
  return { attests, details };
}
