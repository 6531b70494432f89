import { child, childText, elements, XmlElement } from '../xml/node';
import { toXml, XmlObject } from '../xml/build';
import type { NewStyleService } from '../services/types';
import { requestSchemaOf } from '../validation/schemas';
import { validateXsd } from '../validation/xsd';
import { SOAP11_NS } from './envelope';

/** Placeholder caller of a fault about a request that names none readably (only where the fault type requires one). */
export const UNKNOWN_CUSTOMER: XmlObject = { cbeNumber: '0000000000' };

/**
 * The informationCustomer a fault detail or a refusal can carry, whatever the request carried
 * (issue #10: a client generated from the WSDL must be able to decode every answer). The
 * candidates, first accepted wins (libxml2, against the schema the WSDL publishes, as requests are
 * checked):
 * 1. the request's informationCustomer as received;
 * 2. rebuilt from its readable parts (a ticket of at most 32 characters, a timestamp, a well-formed
 *    cbeNumber or sector and institution);
 * 3. for a fault only, none, where the fault type makes it optional (CommonV3's CBSSFaultType);
 * 4. the readable parts around a placeholder customerIdentification, where the type requires it
 *    (every reply type; TX25 v1's RetrieveTIGroupsFaultType).
 */
function candidatesOf(request: XmlElement | undefined, optional: boolean): (XmlElement | XmlObject | undefined)[] {
  const received = child(request, 'informationCustomer');
  const readable = readableParts(received);
  return [
    ...(received ? [received] : []),
    ...(readable.customerIdentification ? [readable] : []),
    ...(optional ? [undefined] : []),
    { ...readable, customerIdentification: readable.customerIdentification ?? UNKNOWN_CUSTOMER },
  ];
}

/** A fault detail (`detailOf` serializes it around an informationCustomer) its fault type accepts. */
export function faultDetailWithCustomer(
  service: NewStyleService,
  request: XmlElement | undefined,
  detailOf: (informationCustomer: XmlElement | XmlObject | undefined) => string,
): string {
  const received = child(request, 'informationCustomer');
  if (received && isPlain(received)) return detailOf(received);
  const details = candidatesOf(request, true).map(detailOf);
  return details.find((detail) => validates(service, detail)) ?? details[details.length - 1];
}

/**
 * The informationCustomer of a refusal (every reply type requires one). It is tried inside the
 * service's fault element, whose informationCustomer has the reply's type in our contracts
 * (CommonV3; TX25 v1's own type in both), so that the rest of the reply does not decide.
 */
export function replyCustomer(service: NewStyleService, request: XmlElement): XmlElement | XmlObject {
  // The usual case, a head every contract accepts, needs no probe (a refusal is a common answer).
  const received = child(request, 'informationCustomer');
  if (received && isPlain(received)) return received;
  const candidates = candidatesOf(request, false) as (XmlElement | XmlObject)[];
  const faultElement = service.faultElement;
  if (!faultElement) return candidates[0];
  const probe = (customer: XmlElement | XmlObject) =>
    toXml(`probe:${faultElement}`, {
      '@xmlns:probe': service.namespace,
      informationCustomer: customer,
      informationCBSS: { ticketCBSS: '00000000-0000-0000-0000-000000000000', timestampReceive: '2000-01-01T00:00:00Z', timestampReply: '2000-01-01T00:00:00Z' },
      [service.faultListName ?? 'detail']: { severity: 'FATAL', reasonCode: 'MSG00000', diagnostic: 'probe', authorCode: 'probe' },
    });
  return candidates.find((c) => validates(service, probe(c))) ?? candidates[candidates.length - 1];
}

/** A received informationCustomer made only of readable parts: valid for every contract as it is. */
function isPlain(received: XmlElement): boolean {
  const parts = readableParts(received);
  const id = child(received, 'customerIdentification');
  const idNames = id ? elements(id).map((e) => e.local).join(',') : '';
  return (
    parts.customerIdentification !== undefined &&
    (idNames === 'cbeNumber' || idNames === 'sector,institution') &&
    elements(received).every((e) => (e.local === 'ticket' && parts.ticket !== undefined) || (e.local === 'timestampSent' && parts.timestampSent !== undefined) || e.local === 'customerIdentification') &&
    isInOrder(elements(received).map((e) => e.local))
  );
}

/** ticket, timestampSent, customerIdentification: each at most once, in that order. */
function isInOrder(names: string[]): boolean {
  const order = ['ticket', 'timestampSent', 'customerIdentification'];
  let last = -1;
  for (const name of names) {
    const at = order.indexOf(name);
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** The parts of a received informationCustomer that have the shape every known contract accepts. */
function readableParts(received: XmlElement | undefined): XmlObject {
  const ticket = childText(received, 'ticket');
  const sent = childText(received, 'timestampSent');
  const id = child(received, 'customerIdentification');
  const cbe = childText(id, 'cbeNumber');
  const sector = childText(id, 'sector');
  const institution = childText(id, 'institution');
  const code = (v: string | undefined) => v !== undefined && /^\d{1,3}$/.test(v);
  return {
    ticket: ticket !== undefined && ticket.length <= 32 ? ticket : undefined,
    timestampSent: sent !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(sent) ? sent : undefined,
    customerIdentification:
      cbe !== undefined && /^\d{10}$/.test(cbe) ? { cbeNumber: cbe } : code(sector) && code(institution) ? { sector, institution } : undefined,
  };
}

function validates(service: NewStyleService, detail: string): boolean {
  const envelope = `<soapenv:Envelope xmlns:soapenv="${SOAP11_NS}"><soapenv:Body>${detail}</soapenv:Body></soapenv:Envelope>`;
  return validateXsd(requestSchemaOf(service), envelope, { kind: 'soap-body' }).ok;
}
