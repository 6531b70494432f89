import { SignedXml } from 'xml-crypto';
import type { AppContext } from '../app';
import type { Organisation, RegisteredCertificate } from '../sources/directory';
import type { SoapMessage } from '../soap/envelope';
import { certificateFacts, CertificateFacts, pemOfBase64 } from './certificates';
import { childElements, domShape, idIndex, is, parseDom, textOf, treeShape } from './dom';
import { Findings } from './faults';
import { ALG, MAX_TIMESTAMP_SECONDS, NS, TOKEN_TYPE } from './namespaces';
import { ensureOrganisationCertificates, securityState } from './testCa';

/**
 * The checks of a WS-Security X.509 message (security.md §1.1 channel 3, §6.2 step 2a), in order:
 * header structure, the token, the algorithms, what the signature covers (anti-wrapping), the
 * signature itself (xml-crypto), the Timestamp window, the certificate's registration, replay.
 *
 * xml-crypto verifies only what the references point at; whether that is the Body the handler
 * will read and the Timestamp of this Security header is checked here, on positions.
 */
export interface Verified {
  registration?: RegisteredCertificate;
  organisation?: Organisation;
}

interface Parts {
  doc: Document;
  body?: Element;
  security: Element;
  timestamp?: Element;
  signature?: Element;
  tokens: Element[];
}

export function verifySignedMessage(app: AppContext, xml: string, message: SoapMessage, f: Findings): Verified {
  const parts = structure(xml, f);
  if (!parts) return {};
  const certificate = parts.signature ? tokenCertificate(parts, f) : undefined;
  if (parts.signature) {
    algorithms(app, parts.signature, f);
    coverage(parts, f);
  }
  if (parts.body) sameBodyAsParsed(parts.body, message, f);
  if (parts.signature && certificate) cryptography(xml, parts.signature, certificate.pem, f);
  const expiresMs = parts.timestamp ? timestampWindow(app, parts.timestamp, f) : undefined;
  const verified = certificate ? trust(app, certificate.facts, f) : {};
  if (parts.signature && expiresMs !== undefined) replay(app, parts.signature, expiresMs, f);
  return verified;
}

// ---------------------------------------------------------------- 1. the header's structure

function structure(xml: string, f: Findings): Parts | undefined {
  const { doc, errors } = parseDom(xml);
  if (!doc || errors.length) {
    f.fail('INVALID_SECURITY', `The message could not be read for signature checking: ${errors[0] ?? 'no root element'}.`);
    return undefined;
  }
  const envelope = doc.documentElement;
  const bodies = childElements(envelope, NS.soap11, 'Body');
  const headers = childElements(envelope, NS.soap11, 'Header');
  if (bodies.length !== 1) f.fail('FAILED_CHECK', `The Envelope has ${bodies.length} Body elements; a signed message has exactly one (signature wrapping).`);
  if (headers.length !== 1) f.fail('INVALID_SECURITY', `The Envelope has ${headers.length} Header elements; exactly one is expected.`);
  const securities = headers.flatMap((h) => childElements(h, NS.wsse, 'Security'));
  if (securities.length !== 1) f.fail('INVALID_SECURITY', `The Header has ${securities.length} wsse:Security elements; exactly one is expected.`);
  if (securities.length === 0) return undefined;
  const security = securities[0];

  const timestamps = childElements(security, NS.wsu, 'Timestamp');
  const signatures = childElements(security, NS.ds, 'Signature');
  const tokens = childElements(security, NS.wsse, 'BinarySecurityToken');
  if (timestamps.length !== 1) f.fail('INVALID_SECURITY', `The wsse:Security header has ${timestamps.length} wsu:Timestamp elements; exactly one is required.`);
  if (signatures.length !== 1) f.fail('INVALID_SECURITY', `The wsse:Security header has ${signatures.length} ds:Signature elements; exactly one is required.`);
  if (tokens.length === 0) f.fail('INVALID_SECURITY', 'The wsse:Security header has no wsse:BinarySecurityToken (the X.509 certificate).');
  return { doc, body: bodies[0], security, timestamp: timestamps[0], signature: signatures[0], tokens };
}

// ---------------------------------------------------------------- 2. the BinarySecurityToken

/** The token the signature's KeyInfo points at (wsse:SecurityTokenReference), or the only one. */
function tokenCertificate(parts: Parts, f: Findings): { pem: string; facts: CertificateFacts } | undefined {
  const keyInfo = childElements(parts.signature, NS.ds, 'KeyInfo')[0];
  const reference = childElements(childElements(keyInfo, NS.wsse, 'SecurityTokenReference')[0], NS.wsse, 'Reference')[0];
  let token: Element | undefined;
  if (reference) {
    const uri = reference.getAttribute('URI') ?? '';
    token = parts.tokens.find((t) => `#${idOf(t)}` === uri);
    if (!token) f.fail('INVALID_SECURITY', `The KeyInfo refers to ${uri || 'no URI'}, which is no wsse:BinarySecurityToken of this header.`);
  } else if (parts.tokens.length === 1) {
    token = parts.tokens[0];
  } else if (parts.tokens.length > 1) {
    f.fail('INVALID_SECURITY', 'Several wsse:BinarySecurityToken elements and no wsse:SecurityTokenReference in the KeyInfo to choose one.');
  }
  if (!token) return undefined;

  const valueType = token.getAttribute('ValueType') ?? '';
  if (valueType !== TOKEN_TYPE.x509v3) {
    f.fail('INVALID_SECURITY', `The BinarySecurityToken's ValueType is "${valueType}"; ${TOKEN_TYPE.x509v3} is required.`);
    return undefined;
  }
  const encoding = token.getAttribute('EncodingType');
  if (encoding && encoding !== TOKEN_TYPE.base64) {
    f.fail('INVALID_SECURITY', `The BinarySecurityToken's EncodingType is "${encoding}"; ${TOKEN_TYPE.base64} is required.`);
    return undefined;
  }
  const pem = pemOfBase64(textOf(token));
  try {
    return { pem, facts: certificateFacts(pem) };
  } catch {
    f.fail('INVALID_SECURITY', 'The BinarySecurityToken does not hold a readable X.509 certificate (base64 of its DER).');
    return undefined;
  }
}

function idOf(el: Element): string | undefined {
  return el.getAttributeNS(NS.wsu, 'Id') || el.getAttribute('Id') || el.getAttribute('ID') || el.getAttribute('id') || undefined;
}

// ---------------------------------------------------------------- 3. algorithms

function algorithms(app: AppContext, signature: Element, f: Findings): void {
  const sha1 = app.config.allowSha1;
  const legacy = 'SHA-1 is accepted only in legacy mode (--allow-sha1)';
  const signedInfo = childElements(signature, NS.ds, 'SignedInfo')[0];
  if (!signedInfo) return f.fail('INVALID_SECURITY', 'The ds:Signature has no ds:SignedInfo.');

  const c14n = algorithmOf(signedInfo, 'CanonicalizationMethod');
  if (c14n !== ALG.excC14n) f.fail('UNSUPPORTED_ALGORITHM', `CanonicalizationMethod ${c14n || '(none)'}: only exclusive C14N (${ALG.excC14n}) is accepted.`);

  const method = algorithmOf(signedInfo, 'SignatureMethod');
  if (method === ALG.rsaSha1 && !sha1) f.fail('UNSUPPORTED_ALGORITHM', `SignatureMethod RSA-SHA1: ${legacy}; use ${ALG.rsaSha256}.`);
  else if (method !== ALG.rsaSha256 && method !== ALG.rsaSha1) f.fail('UNSUPPORTED_ALGORITHM', `SignatureMethod ${method || '(none)'}: ${ALG.rsaSha256} is required.`);

  for (const ref of childElements(signedInfo, NS.ds, 'Reference')) {
    const uri = ref.getAttribute('URI') ?? '';
    const transforms = childElements(childElements(ref, NS.ds, 'Transforms')[0], NS.ds, 'Transform').map((t) => t.getAttribute('Algorithm') ?? '');
    const unknown = transforms.find((t) => t !== ALG.excC14n && t !== ALG.envelopedSignature);
    if (unknown !== undefined) f.fail('UNSUPPORTED_ALGORITHM', `Reference ${uri}: transform ${unknown || '(none)'} is not accepted; use exclusive C14N (${ALG.excC14n}).`);
    else if (transforms[transforms.length - 1] !== ALG.excC14n) f.fail('UNSUPPORTED_ALGORITHM', `Reference ${uri}: its transforms must end with exclusive C14N (${ALG.excC14n}).`);
    const digest = algorithmOf(ref, 'DigestMethod');
    if (digest === ALG.sha1 && !sha1) f.fail('UNSUPPORTED_ALGORITHM', `Reference ${uri}: DigestMethod SHA-1: ${legacy}; use ${ALG.sha256}.`);
    else if (digest !== ALG.sha256 && digest !== ALG.sha1) f.fail('UNSUPPORTED_ALGORITHM', `Reference ${uri}: DigestMethod ${digest || '(none)'}: ${ALG.sha256} is required.`);
  }
}

function algorithmOf(parent: Element, local: string): string {
  return childElements(parent, NS.ds, local)[0]?.getAttribute('Algorithm') ?? '';
}

// ---------------------------------------------------------------- 4. what the signature covers

/**
 * Anti-wrapping: every reference must resolve to exactly one element; the Body it signs must be
 * the Envelope's one Body and the Timestamp the Security header's one Timestamp; both must be signed.
 */
function coverage(parts: Parts, f: Findings): void {
  const signedInfo = childElements(parts.signature, NS.ds, 'SignedInfo')[0];
  const references = childElements(signedInfo, NS.ds, 'Reference');
  if (signedInfo && references.length === 0) f.fail('INVALID_SECURITY', 'The ds:SignedInfo has no ds:Reference.');
  const ids = idIndex(parts.doc);
  const covered = new Set<Element>();
  for (const ref of references) {
    const uri = ref.getAttribute('URI') ?? '';
    if (!/^#[^\s#'"]+$/.test(uri)) {
      f.fail('INVALID_SECURITY', `Reference URI "${uri}": each reference must point at an element by its Id ("#id").`);
      continue;
    }
    const targets = ids.get(uri.slice(1)) ?? [];
    if (targets.length !== 1) {
      f.fail('FAILED_CHECK', targets.length === 0 ? `Reference ${uri} points at no element of the message.` : `${targets.length} elements carry the Id "${uri.slice(1)}": duplicate Ids are refused (signature wrapping).`);
      continue;
    }
    const target = targets[0];
    if (is(target, NS.soap11, 'Body') && target !== parts.body) f.fail('FAILED_CHECK', `Reference ${uri} signs a Body that is not the Body of the Envelope (signature wrapping).`);
    if (is(target, NS.wsu, 'Timestamp') && target !== parts.timestamp) f.fail('FAILED_CHECK', `Reference ${uri} signs a Timestamp that is not the one of the wsse:Security header (signature wrapping).`);
    covered.add(target);
  }
  if (parts.body && !covered.has(parts.body)) f.fail('INVALID_SECURITY', 'The signature does not cover the soap:Body of the Envelope (reference it by its wsu:Id).');
  if (parts.timestamp && !covered.has(parts.timestamp)) f.fail('INVALID_SECURITY', 'The signature does not cover the wsu:Timestamp (reference it by its wsu:Id).');
}

/** The Body the handler reads (the pipeline's parser) must be the one checked here (xmldom). */
function sameBodyAsParsed(body: Element, message: SoapMessage, f: Findings): void {
  const roots = childElements(body);
  if (roots.length !== 1 || domShape(roots[0]) !== treeShape(message.bodyRoot)) {
    f.fail('FAILED_CHECK', 'The Body the service would process differs from the Body that was checked.');
  }
}

// ---------------------------------------------------------------- 5. the signature itself

function cryptography(xml: string, signature: Element, certPem: string, f: Findings): void {
  // The key is the BinarySecurityToken's, never a certificate the KeyInfo might carry itself.
  const signed = new SignedXml({ publicCert: certPem, getCertFromKeyInfo: () => null });
  let problem: string | undefined;
  try {
    signed.loadSignature(signature);
    if (!signed.checkSignature(xml.replace(/^\uFEFF/, ''))) {
      const failed = signed.getReferences().filter((r) => r.validationError);
      problem = failed.length
        ? failed.map((r) => `the digest of ${r.uri || 'a reference'} does not match: the element was changed after signing`).join('; ')
        : 'a reference does not verify';
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    problem = /signature value .* is incorrect/.test(message)
      ? "the SignatureValue does not verify with the BinarySecurityToken's public key"
      : message.replace(/[^\x20-\x7e]/g, ' ').slice(0, 200);
  }
  if (problem) f.fail('FAILED_CHECK', `Signature check failed: ${problem}.`);
}

// ---------------------------------------------------------------- 6. the Timestamp

/** Checks Created/Expires against the emulator's clock; returns Expires (ms) when it could be read. */
function timestampWindow(app: AppContext, timestamp: Element, f: Findings): number | undefined {
  const created = dateTime(textOf(childElements(timestamp, NS.wsu, 'Created')[0]));
  const expires = dateTime(textOf(childElements(timestamp, NS.wsu, 'Expires')[0]));
  if (created === undefined || expires === undefined) {
    f.fail('INVALID_SECURITY', 'The wsu:Timestamp needs a wsu:Created and a wsu:Expires (xsd:dateTime, UTC).');
    return undefined;
  }
  const seconds = (expires - created) / 1000;
  if (seconds <= 0) f.fail('INVALID_SECURITY', 'The wsu:Timestamp expires before it was created.');
  else if (seconds > MAX_TIMESTAMP_SECONDS) f.fail('INVALID_SECURITY', `The wsu:Timestamp is valid for ${seconds} s; at most ${MAX_TIMESTAMP_SECONDS} s are allowed.`);
  const now = app.clock.now();
  const skew = app.config.clockSkewSeconds * 1000;
  const at = `emulator time ${now.toISOString()}, tolerated clock skew ${app.config.clockSkewSeconds} s`;
  if (now.getTime() < created - skew) f.fail('MESSAGE_EXPIRED', `The wsu:Timestamp was created in the future (${new Date(created).toISOString()}; ${at}).`);
  if (now.getTime() > expires + skew) f.fail('MESSAGE_EXPIRED', `The wsu:Timestamp expired at ${new Date(expires).toISOString()} (${at}).`);
  return expires;
}

/** xsd:dateTime to ms; no time zone is read as UTC (WS-Security asks for UTC). */
function dateTime(value: string): number | undefined {
  const m = value.match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${(m[2] ?? '').slice(0, 4)}${m[3] ?? 'Z'}`);
  return Number.isNaN(ms) ? undefined : ms;
}

// ---------------------------------------------------------------- 7. the certificate

function trust(app: AppContext, facts: CertificateFacts, f: Findings): Verified {
  ensureOrganisationCertificates(app);
  const registration = app.directory.certificate(facts.fingerprint);
  if (!registration) {
    f.fail('FAILED_AUTHENTICATION', `The certificate "${facts.subject}" (SHA-256 ${facts.fingerprint}) is not registered for any organisation.`);
    return {};
  }
  const now = app.clock.now();
  if (now < facts.notBefore) f.fail('FAILED_AUTHENTICATION', `The certificate is not valid before ${facts.notBefore.toISOString()} (emulator time ${now.toISOString()}).`);
  if (now > facts.notAfter) f.fail('FAILED_AUTHENTICATION', `The certificate expired at ${facts.notAfter.toISOString()} (emulator time ${now.toISOString()}).`);
  const organisation = app.directory.organisation(registration.cbe_number);
  if (!organisation) {
    f.fail('FAILED_AUTHENTICATION', `The certificate is registered for ${registration.cbe_number}, which is no known organisation.`);
    return { registration };
  }
  if (app.directory.acceptedCredentials(organisation.cbe_number) === 'basic') {
    f.fail('FAILED_AUTHENTICATION', `${organisation.name_nl} (${organisation.cbe_number}) accepts only HTTP Basic on this channel; signed messages are refused.`);
  }
  return { registration, organisation };
}

// ---------------------------------------------------------------- 8. replay

function replay(app: AppContext, signature: Element, expiresMs: number, f: Findings): void {
  const value = textOf(childElements(signature, NS.ds, 'SignatureValue')[0]).replace(/\s+/g, '');
  if (!value) return;
  const cache = securityState(app).replay;
  const now = app.clock.now().getTime();
  if (cache.has(value, now)) {
    f.fail('INVALID_SECURITY', 'This message was already received (same SignatureValue) and its Timestamp has not expired: replay refused. Sign every message anew.');
    return;
  }
  cache.remember(value, expiresMs + app.config.clockSkewSeconds * 1000, now);
}
