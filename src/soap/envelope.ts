import { elements, XmlElement } from '../xml/node';
import { parseXml, ParseLimits, XmlParseError } from '../xml/parse';
import { RawXml, toXml, XML_DECLARATION } from '../xml/build';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';

export interface SoapMessage {
  envelope: XmlElement;
  header?: XmlElement;
  /** The single element inside soap:Body (document/literal). */
  bodyRoot: XmlElement;
}

/**
 * A SOAP 1.1 fault to send back. `code` is a QName: 'soapenv:Client', 'soapenv:Server',
 * 'soapenv:VersionMismatch', or a foreign one such as 'wsse:FailedCheck' (declare it in `codeNamespaces`).
 */
export class SoapFault extends Error {
  constructor(
    readonly code: string,
    readonly faultString: string,
    readonly detail?: string,
    readonly httpStatus = 500,
    readonly codeNamespaces: Record<string, string> = {},
  ) {
    super(faultString);
  }
}

/** Parses and checks a SOAP 1.1 envelope; anything else becomes a SoapFault. */
export function readEnvelope(xml: string, limits: ParseLimits): SoapMessage {
  let envelope: XmlElement;
  try {
    envelope = parseXml(xml, limits);
  } catch (e) {
    if (e instanceof XmlParseError) {
      throw new SoapFault('soapenv:Client', e.message, undefined, e.kind === 'too-large' ? 413 : 500);
    }
    throw e;
  }
  if (envelope.local !== 'Envelope' || (envelope.ns !== SOAP11_NS && envelope.ns !== SOAP12_NS)) {
    throw new SoapFault('soapenv:Client', 'The message is not a SOAP envelope.');
  }
  if (envelope.ns === SOAP12_NS) {
    throw new SoapFault('soapenv:VersionMismatch', 'Only SOAP 1.1 is supported: the envelope namespace must be ' + SOAP11_NS + '.');
  }
  const parts = elements(envelope);
  const header = parts.find((p) => p.local === 'Header' && p.ns === SOAP11_NS);
  const body = parts.find((p) => p.local === 'Body' && p.ns === SOAP11_NS);
  if (!body) throw new SoapFault('soapenv:Client', 'The SOAP envelope has no Body.');
  const roots = elements(body);
  if (roots.length !== 1) {
    throw new SoapFault('soapenv:Client', `The SOAP Body must contain exactly one element; it contains ${roots.length}.`);
  }
  return { envelope, header, bodyRoot: roots[0] };
}

/** Wraps a serialized body element (and optional header blocks) in a SOAP 1.1 envelope. */
export function envelopeXml(bodyXml: string, headerXml?: string): string {
  return (
    XML_DECLARATION +
    `<soapenv:Envelope xmlns:soapenv="${SOAP11_NS}">` +
    (headerXml ? `<soapenv:Header>${headerXml}</soapenv:Header>` : '') +
    `<soapenv:Body>${bodyXml}</soapenv:Body></soapenv:Envelope>`
  );
}

export function faultXml(fault: SoapFault): string {
  const nsAttrs: Record<string, string> = {};
  for (const [prefix, uri] of Object.entries(fault.codeNamespaces)) nsAttrs[`@xmlns:${prefix}`] = uri;
  return envelopeXml(
    toXml('soapenv:Fault', {
      ...nsAttrs,
      faultcode: fault.code,
      faultstring: fault.faultString,
      detail: fault.detail ? new RawXml(`<detail>${fault.detail}</detail>`) : undefined,
    }),
  );
}
