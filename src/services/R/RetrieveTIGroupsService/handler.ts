import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import {StatusError} from '../../types';
import { MSG } from '../../../domain/codes';
import { DATA_FOUND, invalidField, replyHead, status } from '../../../soap/newstyle';
import type { RrPerson } from '../../../sources/rr';
import { Language, LANGUAGES } from '../../../sources/rr/labels';
import { buildTiGroups, TiOptions } from './tiGroups';

/**
 * R09 RetrieveTIGroupsService ("TX25", contracts.md §5.2): the National Register file of one
 * person as TI groups. The pipeline has already checked the SSIN's structure and status
 * (MSG00011, MSG00005, MSG00006, MSG00007); this adds the request's own rules and the file.
 */

/** v1 legalContext values (optional in v1, enumerated). */
const V1_LEGAL_CONTEXTS = ['social issues', 'administrative staff'];

/** v2: informationCustomer, informationCBSS, legalContext, searchInformation, status, rrn_it_implicit. */
export function retrieveTI(request: XmlElement, ctx: Ctx): XmlObject {
  // A missing legalContext (mandatory since v2) was refused by the operation's validate step.
  const options = searchOptions(request, ctx);
  const person = registerFile(ctx);
  return {
    ...replyHead(request, ctx, { legalContextRequired: true }),
    searchInformation: searchEcho(request),
    status: DATA_FOUND(),
    rrn_it_implicit: buildTiGroups(ctx.sources.rr, person, options),
  };
}

/** v2 refusals keep the reply valid: legalContext is mandatory in the reply type too (echoed empty when missing). */
export function refusalV2(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return {
    ...replyHead(request, ctx, { legalContextRequired: true }),
    searchInformation: searchEcho(request),
    status: status(error.value, error.def, error.information),
  };
}

/** v1: the same file; the reply puts status before searchInformation, and legalContext is optional. */
export function retrieveTIV1(request: XmlElement, ctx: Ctx): XmlObject {
  const legalContext = childText(request, 'legalContext');
  if (legalContext !== undefined && !V1_LEGAL_CONTEXTS.includes(legalContext)) {
    throw invalidField('legalContext', legalContext);
  }
  const options = searchOptions(request, ctx);
  const person = registerFile(ctx);
  return {
    ...headV1(request, ctx),
    status: DATA_FOUND(),
    searchInformation: searchEcho(request),
    rrn_it_implicit: buildTiGroups(ctx.sources.rr, person, options),
  };
}

export function refusalV1(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return {
    ...headV1(request, ctx),
    status: status(error.value, error.def, error.information),
    searchInformation: searchEcho(request),
  };
}

/** The v1 head; a legalContext outside the v1 list is not echoed (the reply type would not allow it). */
function headV1(request: XmlElement, ctx: Ctx): XmlObject {
  const legalContext = childText(request, 'legalContext');
  const echoed = legalContext !== undefined && V1_LEGAL_CONTEXTS.includes(legalContext);
  return { ...replyHead(request, ctx), legalContext: echoed ? legalContext : undefined };
}

/**
 * The searchInformation echo. A language or history value outside the contract is left out, so
 * that the refusal that names it (MSG00008) is still a valid reply.
 */
function searchEcho(request: XmlElement): XmlObject {
  const search = child(request, 'searchInformation');
  const language = childText(search, 'language');
  const history = childText(search, 'history');
  return {
    ssin: childText(search, 'ssin'),
    language: language !== undefined && LANGUAGES.includes(language as Language) ? language : undefined,
    history: history !== undefined && HISTORY_VALUES.includes(history) ? history : undefined,
  };
}

const HISTORY_VALUES = ['true', 'false', '1', '0'];

/** searchInformation/language (nl|fr|de, default fr) and history (xsd:boolean, default false). */
function searchOptions(request: XmlElement, ctx: Ctx): TiOptions {
  const search = child(request, 'searchInformation');
  const language = childText(search, 'language') ?? 'fr';
  if (!LANGUAGES.includes(language as Language)) {
    throw invalidField('language', language);
  }
  const history = childText(search, 'history') ?? 'false';
  if (!HISTORY_VALUES.includes(history)) {
    throw invalidField('history', history);
  }
  return { language: language as Language, history: history === 'true' || history === '1', today: ctx.now, allowedGroups: ctx.allowedBlocks };
}

/** TX25 covers National Register numbers only: a person known only in the BIS register is "not found". */
function registerFile(ctx: Ctx): RrPerson {
  const target = ctx.target!;
  const person = target.origin === 'RN_RR' ? target.rr : undefined;
  if (!person) throw new StatusError('NO_RESULT', MSG.SSIN_UNKNOWN, [{ fieldName: 'ssin', fieldValue: target.ssin }]);
  return person;
}
