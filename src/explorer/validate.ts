import type { ServiceDef } from '../services/types';
import { SERVICES, classicService } from '../services/registry';
import { isWsdl, requestSchemaOf, SchemaRef, xsdFile } from '../validation/schemas';
import { endpointOf, QName } from '../pipeline/channels';
import type { ChannelName } from '../pipeline/exchange';
import { validateXsd, XsdError } from '../validation/xsd';
import { CONNECTOR_NS, SSDN_SERVICE_NS } from '../soap/ssdn';
import { SOAP11_NS } from '../soap/envelope';
import { kid, kids, parseDoc, serialize, XmlDocError, XNode } from './xmldoc';
import { contractOf, serviceKey } from './model';

/**
 * Checks a request or reply document against its service's contract (the CLI's `validate FILE`
 * and the explorer's "check" button). The service is found from the document itself: the body
 * root's namespace and name (new style, or a bare payload), or the SSDN ServiceId and Version of
 * each ServiceRequest / ServiceReply. The SSDN envelope itself is checked too. libxml2 does the
 * validation (src/validation); errors come with their XPath.
 */

export interface Finding extends XsdError {}

export interface CheckedPart {
  /** What was checked, e.g. "new-style request", "SSDN envelope", "ServiceRequest 1 payload". */
  what: string;
  service?: { id: string; name: string; version: string; key: string };
  element?: string;
  ok: boolean;
  errors: Finding[];
}

export interface ValidationReport {
  ok: boolean;
  /** A document the command cannot place: not XML, or no service declares its root element. */
  problem?: string;
  parts: CheckedPart[];
}

const SSDN_REQUEST_XSD = 'ssdn/Service/SSDNRequest.xsd';
const SSDN_REPLY_XSD = 'ssdn/Service/SSDNReply.xsd';

export function validateDocument(xml: string): ValidationReport {
  let root: XNode;
  try {
    root = parseDoc(xml);
  } catch (e) {
    return { ok: false, problem: e instanceof XmlDocError ? e.message : String(e), parts: [] };
  }
  const parts: CheckedPart[] = [];
  const problem = check(root, xml, parts, '');
  return { ok: !problem && parts.length > 0 && parts.every((p) => p.ok), problem, parts };
}

/** Returns a problem text when the document cannot be placed; pushes the checked parts. */
function check(root: XNode, xml: string | undefined, parts: CheckedPart[], context: string): string | undefined {
  if (root.ns === SOAP11_NS && root.local === 'Envelope') {
    const body = kid(root, 'Body', SOAP11_NS);
    const first = body?.children[0];
    if (!first) return 'The SOAP envelope has no Body element.';
    if (first.ns === CONNECTOR_NS && first.local === 'xmlString') {
      // sendXML: the SSDN document travels as text.
      const inner = first.text.trim();
      if (!inner) return 'xmlString is empty.';
      let ssdn: XNode;
      try {
        ssdn = parseDoc(inner);
      } catch (e) {
        return `The xmlString content is not a well-formed XML document: ${(e as Error).message}`;
      }
      return check(ssdn, inner, parts, 'xmlString: ');
    }
    if (first.ns === SOAP11_NS && first.local === 'Fault') {
      const detail = kid(first, 'detail')?.children[0];
      if (!detail) return 'A SOAP fault without a service detail: nothing to check against a service contract.';
      return checkElement(detail, undefined, parts, `${context}fault detail`);
    }
    // The original text keeps its line numbers when the body root is checked in place.
    return checkElement(first, body?.children.length === 1 ? xml : undefined, parts, context);
  }
  if (root.ns === SSDN_SERVICE_NS && (root.local === 'SSDNRequest' || root.local === 'SSDNReply')) return checkSsdn(root, xml, parts, context);
  return checkElement(root, xml && wrap(xml), parts, context);
}

/** An SSDN document: its envelope, then each service's payload. */
function checkSsdn(root: XNode, xml: string | undefined, parts: CheckedPart[], context: string): string | undefined {
  const isRequest = root.local === 'SSDNRequest';
  const envelope = xsdFile(isRequest ? SSDN_REQUEST_XSD : SSDN_REPLY_XSD);
  const envelopeResult = validateXsd(envelope, xml ? wrap(xml) : wrap(serialize(root)), { kind: 'soap-body' });
  parts.push({ what: `${context}${root.local} envelope`, element: `{${root.ns}}${root.local}`, ok: envelopeResult.ok, errors: cleaned(envelopeResult.errors) });
  const items = kids(root, isRequest ? 'ServiceRequest' : 'ServiceReply', SSDN_SERVICE_NS);
  items.forEach((item, index) => {
    const serviceId = kid(item, 'ServiceId')?.text.trim() ?? '';
    const version = kid(item, 'Version')?.text.trim() ?? '';
    const payload = item.children.find((c) => !['ServiceId', 'Version', 'ResultSummary'].includes(c.local));
    const label = `${context}${isRequest ? 'ServiceRequest' : 'ServiceReply'} ${index + 1} (${serviceId} ${version})`;
    const service = classicService(serviceId, version);
    if (!service) {
      parts.push({ what: label, ok: false, errors: [{ message: `No classic service ${serviceId} version ${version} in this emulator.`, xpath: `/${root.local}/${item.local}[${index + 1}]/ServiceId` }] });
      return;
    }
    if (!payload) {
      // A refused ServiceReply carries only its ResultSummary: nothing more to check.
      if (!isRequest) return;
      parts.push({ what: label, service: describe(service), ok: false, errors: [{ message: 'The ServiceRequest carries no request document.', xpath: `/${root.local}/ServiceRequest[${index + 1}]` }] });
      return;
    }
    const schema = schemaDeclaring(service, payload);
    if (!schema) {
      parts.push({ what: label, service: describe(service), element: `{${payload.ns}}${payload.local}`, ok: false, errors: [{ message: `${service.name} ${service.version} does not declare the element {${payload.ns}}${payload.local}.`, xpath: '' }] });
      return;
    }
    // Requests are checked in place (real line numbers); a reply payload is cut out with its namespaces.
    const result =
      isRequest && xml
        ? validateXsd(schema, xml, { kind: 'service-request', index })
        : validateXsd(schema, wrap(serialize(payload)), { kind: 'soap-body' });
    parts.push({ what: label, service: describe(service), element: `{${payload.ns}}${payload.local}`, ok: result.ok, errors: cleaned(result.errors, isRequest && xml ? undefined : 0) });
  });
  if (!items.length && isRequest) return 'The SSDNRequest has no ServiceRequest.';
  return undefined;
}

/** A new-style body root or a bare payload (classic or new), found by its qualified name. */
function checkElement(el: XNode, inPlace: string | undefined, parts: CheckedPart[], context: string): string | undefined {
  const service = serviceDeclaring(el);
  if (!service) return `No service of this emulator declares the element {${el.ns}}${el.local}.`;
  const schema = schemaDeclaring(service, el)!;
  const result = validateXsd(schema, inPlace ?? wrap(serialize(el)), { kind: 'soap-body' });
  parts.push({ what: `${context}${roleOf(service, el)}`, service: describe(service), element: `{${el.ns}}${el.local}`, ok: result.ok, errors: cleaned(result.errors, inPlace ? undefined : 0) });
  return undefined;
}

function roleOf(service: ServiceDef, el: XNode): string {
  const op = endpointOf(service).operations.find((o) => o.request.name === el.local || o.response.name === el.local);
  return ROLE_LABEL[service.style](op && { operation: op.name, request: op.request.name === el.local });
}

/** How each channel names the part of a message an element is (in the check's report). */
const ROLE_LABEL: Record<ChannelName, (found?: { operation: string; request: boolean }) => string> = {
  new: (found) => (found ? `new-style ${found.request ? 'request' : 'reply'} (${found.operation})` : 'new-style fault detail'),
  classic: (found) => (found ? `classic ${found.request ? 'request' : 'reply'} payload` : 'classic payload'),
};

/** The registered service whose contract declares this element (requests and replies first). */
export function serviceDeclaring(el: XNode): ServiceDef | undefined {
  const names = (q?: QName) => q?.ns === el.ns && q.name === el.local;
  const direct = SERVICES.find((s) => endpointOf(s).operations.some((o) => names(o.request) || names(o.response) || names(o.fault)));
  return direct ?? SERVICES.find((s) => contractOf(s).set.hasElement(el.ns, el.local));
}

function schemaDeclaring(service: ServiceDef, el: XNode): SchemaRef | undefined {
  if (isWsdl(endpointOf(service).contractFiles[0])) return requestSchemaOf(service);
  const file = contractOf(service).set.fileOfElement(el.ns, el.local);
  return file ? xsdFile(file) : undefined;
}

function describe(s: ServiceDef) {
  return { id: s.id, name: s.name, version: s.version, key: serviceKey(s) };
}

/** Puts a document (or element) inside a SOAP body on its first line, so its line numbers stay. */
function wrap(xml: string): string {
  const body = xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, '');
  return `<soapenv:Envelope xmlns:soapenv="${SOAP11_NS}"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
}

/** XPaths without the SOAP wrapper; line numbers only where they point into the user's text. */
function cleaned(errors: XsdError[], dropLines?: 0): Finding[] {
  return errors.map((e) => ({
    message: e.message,
    xpath: (e.xpath ?? '').replace(/^\/soapenv:Envelope\/soapenv:Body/, '') || '/',
    ...(dropLines === 0 || e.line === undefined ? {} : { line: e.line }),
  }));
}
