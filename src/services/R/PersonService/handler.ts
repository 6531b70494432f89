import type { Ctx } from './context';
import { child, childrenNamed, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { MSG } from '../../../domain/codes';
import { withoutAccents } from '../../../domain/accents';
import { phoneticKey } from '../../../domain/phonetic';
import { DATA_FOUND, NO_DATA_FOUND, replyHead, status } from '../../../soap/newstyle';
import {StatusError} from '../../types';
import type { Identity } from '../../../sources/persons';
import { Block, NameCriteria, readNameCriteria, requestedBlocks } from './criteria';
import { personXml } from './person';

/**
 * R05 PersonService V4 (modelled): the legal data of a person from the National Register or the
 * BIS register. No integration is needed (seed 002); proportionality decides which data blocks a
 * caller gets (ctx.allowedBlocks), and those it asked for but may not have are listed in
 * dataFilters.
 */

/**
 * The criteria as received, by known name and in the contract's order (the echo types are
 * lenient, so that a refusal of invalid criteria still echoes them in a valid reply).
 */
function criteriaEcho(request: XmlElement, names: string[]): XmlObject {
  const criteria = child(request, 'criteria');
  const echo: XmlObject = {};
  for (const name of names) echo[name] = childText(criteria, name);
  const blocks = childrenNamed(child(criteria, 'dataBlocks'), 'dataBlock').map((b) => childText(b) ?? '');
  echo.dataBlocks = child(criteria, 'dataBlocks') ? { dataBlock: blocks } : undefined;
  return echo;
}

const SSIN_CRITERIA = ['ssin'];
const NAME_CRITERIA = ['lastName', 'firstName', 'birthDate', 'gender', 'maximumResults'];
const echoOf = (request: XmlElement) => criteriaEcho(request, request.local === 'searchPersonBySsinRequest' ? SSIN_CRITERIA : NAME_CRITERIA);

/** Requested blocks split into those returned (allowed by the interceptor) and those filtered out. */
function blocksFor(request: XmlElement, ctx: Ctx): { returned: Set<Block>; filtered: Block[] } {
  const requested = requestedBlocks(request);
  const allowed = ctx.allowedBlocks;
  const returned = requested.filter((b) => !allowed || allowed.has(b));
  const filtered = requested.filter((b) => !returned.includes(b));
  return { returned: new Set(returned), filtered };
}

const dataFilters = (filtered: Block[]) => (filtered.length > 0 ? { filteredElement: filtered } : undefined);

/** searchPersonBySsin: the pipeline has checked the SSIN (structure, existence, status) into ctx.target. */
export function searchPersonBySsin(request: XmlElement, ctx: Ctx): XmlObject {
  const person = ctx.target!;
  const { returned, filtered } = blocksFor(request, ctx);
  const replaces = ctx.sources.ssinHistory.predecessors(person.ssin)[0];
  return {
    ...replyHead(request, ctx, { legalContextRequired: true }),
    criteria: echoOf(request),
    status: DATA_FOUND(),
    ssin: { '@replaces': replaces, '#text': person.ssin },
    dataFilters: dataFilters(filtered),
    person: personXml(ctx.sources, person, returned),
  };
}

/** searchPersonsByName: phonetic last name, birth date (00 = any), optional first name and gender. */
export function searchPersonsByName(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = readNameCriteria(request);
  const { returned, filtered } = blocksFor(request, ctx);
  const found = ctx.sources.persons
    .byPhonetic(phoneticKey(criteria.lastName))
    .filter((p) => matches(p, criteria))
    .sort((a, b) => (a.ssin < b.ssin ? -1 : 1));
  if (found.length > criteria.maximumResults) {
    throw new StatusError('NO_RESULT', MSG.PS_TOO_MANY, [
      { fieldName: 'maximumResults', fieldValue: String(criteria.maximumResults) },
      { fieldName: 'numberOfMatches', fieldValue: String(found.length) },
    ]);
  }
  return {
    ...replyHead(request, ctx, { legalContextRequired: true }),
    criteria: echoOf(request),
    status: found.length > 0 ? DATA_FOUND() : NO_DATA_FOUND(),
    dataFilters: found.length > 0 ? dataFilters(filtered) : undefined,
    persons: found.length > 0 ? { person: found.map((p) => personXml(ctx.sources, p, returned)) } : undefined,
  };
}

/** Refusals keep the reply valid: head, the criteria echoed, status. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return { ...replyHead(request, ctx, { legalContextRequired: true }), criteria: echoOf(request), status: status(error.value, error.def, error.information) };
}

const fold = (s: string) => withoutAccents(s).toLowerCase().trim();

function matches(p: Identity, c: NameCriteria): boolean {
  const [py, pm, pd] = p.birthDate.split('-');
  const [cy, cm, cd] = c.birthDate.split('-');
  // 00 on either side is an unknown part: it matches anything.
  const part = (a: string, b: string) => a === '00' || b === '00' || a === b;
  if (py !== cy || !part(pm, cm) || !part(pd, cd)) return false;
  if (c.firstName && !fold(p.firstName).startsWith(fold(c.firstName))) return false;
  if (c.gender && p.gender !== undefined && p.gender !== c.gender) return false;
  return true;
}
