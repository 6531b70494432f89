import { parseXml } from '../../src/xml/parse';
import { child, elements, text, XmlElement } from '../../src/xml/node';

export interface PostResult {
  status: number;
  body: string;
  headers: Headers;
}

export async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<PostResult> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'text/xml; charset=utf-8', ...headers } });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

export function basicAuth(username: string, password: string): Record<string, string> {
  return { Authorization: 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64') };
}

export const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

/** Wraps a body element in a SOAP 1.1 envelope with the given prefix. */
export function soapEnvelope(bodyXml: string, prefix = 'soapenv'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${prefix}:Envelope xmlns:${prefix}="${SOAP_NS}"><${prefix}:Header/><${prefix}:Body>${bodyXml}</${prefix}:Body></${prefix}:Envelope>`;
}

/** The element inside soap:Body of a reply. */
export function bodyRoot(xml: string): XmlElement {
  const env = parseXml(xml);
  const body = elements(env).find((e) => e.local === 'Body')!;
  return elements(body)[0];
}

/** faultcode and faultstring of a SOAP fault reply. */
export function faultOf(xml: string): { code: string; string: string; detail?: XmlElement } {
  const fault = bodyRoot(xml);
  if (fault.local !== 'Fault') throw new Error('not a fault: ' + xml.slice(0, 300));
  const detail = child(fault, 'detail');
  return { code: text(child(fault, 'faultcode')), string: text(child(fault, 'faultstring')), detail: detail ? elements(detail)[0] : undefined };
}
