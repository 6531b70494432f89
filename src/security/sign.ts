import { randomUUID } from 'crypto';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import type { AppContext } from '../app';
import { base64OfPem, KeyAndCertificate } from './certificates';
import { childElements, is } from './dom';
import { ALG, MAX_TIMESTAMP_SECONDS, NS, TOKEN_TYPE } from './namespaces';
import { emulatorCredentials } from './testCa';

export interface SignOptions {
  /** Default: now. */
  created?: Date;
  /** Default: Created + 5 minutes. */
  expires?: Date;
  /** 'sha1' = RSA-SHA1 and SHA-1 digests (legacy clients). */
  algorithm?: 'sha256' | 'sha1';
  /** Which parts the signature covers (default: all three). */
  sign?: { body?: boolean; timestamp?: boolean; token?: boolean };
}

/** xsd:dateTime in UTC without milliseconds, as most WS-Security stacks write it. */
export function wsuDateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Signs a SOAP 1.1 envelope the way KSZ's X.509 token profile describes (security.md §1.1): a
 * wsse:Security header with the BinarySecurityToken, a wsu:Timestamp and a ds:Signature over Body,
 * Timestamp and token; exclusive C14N, RSA-SHA256, SHA-256; KeyInfo refers to the token.
 */
export function signSoapEnvelope(xml: string, credentials: KeyAndCertificate, options: SignOptions = {}): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const envelope = doc.documentElement;
  if (!is(envelope, NS.soap11, 'Envelope')) throw new Error('Not a SOAP 1.1 envelope.');
  const body = childElements(envelope, NS.soap11, 'Body')[0];
  if (!body) throw new Error('The envelope has no Body.');
  const soap = envelope.prefix ?? 'soapenv';
  let header = childElements(envelope, NS.soap11, 'Header')[0];
  if (!header) {
    header = doc.createElementNS(NS.soap11, envelope.prefix ? `${soap}:Header` : 'Header');
    envelope.insertBefore(header, body);
  }

  const suffix = randomUUID();
  const ids = { token: `X509-${suffix}`, timestamp: `TS-${suffix}`, body: `Body-${suffix}` };
  const security = doc.createElementNS(NS.wsse, 'wsse:Security');
  security.setAttributeNS(NS.xmlns, 'xmlns:wsse', NS.wsse);
  security.setAttributeNS(NS.xmlns, 'xmlns:wsu', NS.wsu);
  if (envelope.prefix) security.setAttributeNS(NS.soap11, `${soap}:mustUnderstand`, '1');
  header.appendChild(security);

  const token = doc.createElementNS(NS.wsse, 'wsse:BinarySecurityToken');
  token.setAttribute('EncodingType', TOKEN_TYPE.base64);
  token.setAttribute('ValueType', TOKEN_TYPE.x509v3);
  token.setAttributeNS(NS.wsu, 'wsu:Id', ids.token);
  token.appendChild(doc.createTextNode(base64OfPem(credentials.certPem)));
  security.appendChild(token);

  const created = options.created ?? new Date();
  const expires = options.expires ?? new Date(created.getTime() + MAX_TIMESTAMP_SECONDS * 1000);
  const timestamp = doc.createElementNS(NS.wsu, 'wsu:Timestamp');
  timestamp.setAttributeNS(NS.wsu, 'wsu:Id', ids.timestamp);
  for (const [name, at] of [['Created', created], ['Expires', expires]] as const) {
    const el = doc.createElementNS(NS.wsu, `wsu:${name}`);
    el.appendChild(doc.createTextNode(wsuDateTime(at)));
    timestamp.appendChild(el);
  }
  security.appendChild(timestamp);

  body.setAttributeNS(NS.xmlns, 'xmlns:wsu', NS.wsu);
  body.setAttributeNS(NS.wsu, 'wsu:Id', ids.body);

  const sha1 = options.algorithm === 'sha1';
  const signer = new SignedXml({
    privateKey: credentials.keyPem,
    idMode: 'wssecurity',
    signatureAlgorithm: sha1 ? ALG.rsaSha1 : ALG.rsaSha256,
    canonicalizationAlgorithm: ALG.excC14n,
    getKeyInfoContent: () =>
      `<wsse:SecurityTokenReference><wsse:Reference URI="#${ids.token}" ValueType="${TOKEN_TYPE.x509v3}"/></wsse:SecurityTokenReference>`,
  });
  const parts = { timestamp: ids.timestamp, body: ids.body, token: ids.token };
  for (const [part, id] of Object.entries(parts) as [keyof typeof parts, string][]) {
    if (options.sign?.[part] === false) continue;
    signer.addReference({
      xpath: `//*[@*[local-name(.)='Id' and namespace-uri(.)='${NS.wsu}']='${id}']`,
      transforms: [ALG.excC14n],
      digestAlgorithm: sha1 ? ALG.sha1 : ALG.sha256,
    });
  }
  signer.computeSignature(new XMLSerializer().serializeToString(doc), {
    prefix: 'ds',
    location: { reference: `//*[local-name(.)='Security' and namespace-uri(.)='${NS.wsse}']`, action: 'append' },
    existingPrefixes: { wsse: NS.wsse, wsu: NS.wsu },
  });
  return signer.getSignedXml();
}

/**
 * The reply step's hook: signs a new-style 200 reply with the emulator's key (test CA) when
 * --sign-responses is on (Body, a 5-minute Timestamp and the token); unchanged otherwise.
 */
export function signReplyIfEnabled(app: AppContext, envelopeXml: string): string {
  if (!app.config.signResponses) return envelopeXml;
  return signSoapEnvelope(envelopeXml, emulatorCredentials(app), { created: app.clock.now() });
}
