import { randomUUID } from 'crypto';
import { child, elements, XmlElement } from '../xml/node';
import { toXml, XmlObject, XmlValue } from '../xml/build';
import { faultDetailWithCustomer } from './faultCustomer';
import { CodeDef, FAULT_AUTHOR_URL, MSG } from '../domain/codes';
import { StatusError } from '../services/types';
import type { CallContext, Information, NewStyleService } from '../services/types';

/**
 * The CommonV3 conventions of new-generation replies (reference/contracts.md §4):
 * informationCustomer echoed, informationCBSS with a fresh UUID ticket, legalContext echoed,
 * and a `status` block. Only the reply root is namespace-qualified.
 */
export const COMMON_V3_NS = 'http://kszbcss.fgov.be/types/common/v3';

export function newTicketCBSS(): string {
  return randomUUID();
}

type Stamp = Pick<CallContext, 'ticket' | 'now' | 'clock'>;

/** The CBSS stamp: ticket, when the request arrived and when the reply leaves (both on the emulator's clock). */
export function informationCBSS(ctx: Stamp): XmlObject {
  return {
    ticketCBSS: ctx.ticket,
    timestampReceive: ctx.now.toISOString(),
    timestampReply: ctx.clock.now().toISOString(),
  };
}

export interface ReplyHeadOptions {
  /**
   * The reply type requires legalContext (CommonV3 BaseResponseType): a request without one gets
   * it echoed empty, so that the reply refusing that request is still valid.
   */
  legalContextRequired?: boolean;
}

/** informationCustomer (echoed), informationCBSS, legalContext (echoed): the head of every reply. */
export function replyHead(request: XmlElement, ctx: Stamp, options: ReplyHeadOptions = {}): XmlObject {
  const legalContext = child(request, 'legalContext');
  return {
    informationCustomer: child(request, 'informationCustomer'),
    informationCBSS: informationCBSS(ctx),
    legalContext: legalContext ?? (options.legalContextRequired ? '' : undefined),
  };
}

export function status(
  value: 'DATA_FOUND' | 'NO_DATA_FOUND' | 'NO_RESULT',
  def: CodeDef,
  information: Information[] = [],
): XmlObject {
  return {
    value,
    code: def.code,
    description: def.description,
    information: information.map((i) => ({ fieldName: i.fieldName, fieldValue: i.fieldValue })),
  };
}

export const DATA_FOUND = (): XmlObject => status('DATA_FOUND', MSG.OK);
export const NO_DATA_FOUND = (): XmlObject => status('NO_DATA_FOUND', MSG.NO_DATA);

/**
 * The refusal of a request field that is missing (no value) or invalid: NO_RESULT MSG00008 naming
 * the field, its value cut to the 256 characters common:InformationType allows.
 */
export function invalidField(fieldName: string, fieldValue?: string): StatusError {
  return new StatusError('NO_RESULT', MSG.INVALID_DATA, [{ fieldName, fieldValue: fieldValue?.slice(0, 256) }]);
}

/** The request's own elements after the common head (its criteria), to echo in a reply. */
export function criteriaOf(request: XmlElement): XmlObject {
  const head = new Set(['informationCustomer', 'informationCBSS', 'legalContext']);
  const echo: XmlObject = {};
  for (const el of elements(request)) {
    if (head.has(el.local)) continue;
    const existing = echo[el.local];
    echo[el.local] = existing === undefined ? el : ([] as unknown[]).concat(existing, el) as XmlObject[];
  }
  return echo;
}

/** Default reply to a business refusal: head, echoed criteria, status. */
export function refusalReply(request: XmlElement, ctx: Stamp, error: StatusError): XmlObject {
  return {
    ...replyHead(request, ctx),
    ...criteriaOf(request),
    status: status(error.value, error.def, error.information),
  };
}

/** Serializes a reply root: qualified root, unqualified children. */
export function replyRootXml(service: NewStyleService, localName: string, content: XmlObject): string {
  const prefix = replyPrefix(service);
  return toXml(`${prefix}:${localName}`, { [`@xmlns:${prefix}`]: service.namespace, ...content });
}

/** Real replies name the interface namespace after its version (v1:, v2:, ...). */
function replyPrefix(service: NewStyleService): string {
  return /^v\d+$/.test(service.version) ? service.version : 'ns1';
}

/** The CBSSFault detail element of a service (contracts.md §4.2, §4.3): the one its WSDL declares, or none. */
export function faultDetailXml(
  service: NewStyleService | undefined,
  def: CodeDef,
  ctx: Stamp,
  request?: XmlElement,
  diagnostic?: string,
  faultElement = service?.faultElement,
): string {
  const content = (informationCustomer: XmlValue): XmlObject => ({
    informationCustomer,
    informationCBSS: informationCBSS(ctx),
    [service?.faultListName ?? 'detail']: {
      severity: 'FATAL',
      reasonCode: def.code,
      diagnostic: (diagnostic ?? def.description).slice(0, 256),
      authorCode: FAULT_AUTHOR_URL,
    },
  });
  // The fault element the WSDL declares, with an informationCustomer its type accepts.
  if (service && faultElement) return faultDetailWithCustomer(service, request, (customer) => replyRootXml(service, faultElement, content(customer)));
  // A service whose WSDL declares no fault (TestConnectionService) gets none: a client generated
  // from it could not decode an undeclared detail. The faultstring still says what went wrong.
  if (service) return '';
  return toXml('cbss:cbssFault', { '@xmlns:cbss': COMMON_V3_NS, ...content(child(request, 'informationCustomer')) });
}
