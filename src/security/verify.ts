import { createHash, createPublicKey, KeyObject, timingSafeEqual, verify } from 'crypto';
import type { AppContext } from '../app';
import type { Organisation, RegisteredCertificate } from '../sources/directory';
import type { SoapMessage } from '../soap/envelope';
import { excC14n } from './c14n';
import { certificateFacts, CertificateFacts, pemOfBase64 } from './certificates';
import { childElements, domShape, idIndex, is, parseDom, textOf, treeShape } from './dom';
import { Findings } from './faults';
import { ALG, MAX_TIMESTAMP_SECONDS, NS, TOKEN_TYPE } from './namespaces';
import { ensureOrganisationCertificates, securityState } from './testCa';

/**
 * The checks of a WS-Security X.509 message (security.md §1.1 channel 3, §6.2 step 2a), in order:
 * header structure, the token, the algorithms, what the signature covers (anti-wrapping), the
 * signature itself (digests and SignatureValue), the Timestamp window, the certificate's
 * registration, replay. All of them on the one xmldom document parsed first.
 *
 * The signature check verifies only what the references point at; whether that is the Body the
 * handler will read and the Timestamp of this Security header is checked here, on positions.
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
  let targets = new Map<Element, Element>();
  if (parts.signature) {
    algorithms(app, parts.signature, f);
    targets = coverage(parts, f);
  }
  if (parts.body) sameBodyAsParsed(parts.body, message, f);
  if (parts.signature && certificate) cryptography(parts.signature, targets, certificate.pem, f);
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
    return { pem, facts: remembered(certificateFactsByPem, pem, certificateFacts) };
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
    // A transform after exclusive C14N would get octets, to be parsed again: no client signs so,
    // and cryptography() does not do it.
    else if (transforms.filter((t) => t === ALG.excC14n).length > 1) f.fail('UNSUPPORTED_ALGORITHM', `Reference ${uri}: exclusive C14N must be its only transform, after an optional enveloped-signature.`);
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
 * Returns each ds:Reference's element, for the digests (only the references that resolved).
 */
function coverage(parts: Parts, f: Findings): Map<Element, Element> {
  const signedInfo = childElements(parts.signature, NS.ds, 'SignedInfo')[0];
  const references = childElements(signedInfo, NS.ds, 'Reference');
  if (signedInfo && references.length === 0) f.fail('INVALID_SECURITY', 'The ds:SignedInfo has no ds:Reference.');
  const ids = idIndex(parts.doc);
  const resolved = new Map<Element, Element>();
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
    resolved.set(ref, target);
  }
  const covered = new Set(resolved.values());
  if (parts.body && !covered.has(parts.body)) f.fail('INVALID_SECURITY', 'The signature does not cover the soap:Body of the Envelope (reference it by its wsu:Id).');
  if (parts.timestamp && !covered.has(parts.timestamp)) f.fail('INVALID_SECURITY', 'The signature does not cover the wsu:Timestamp (reference it by its wsu:Id).');
  return resolved;
}

/** The Body the handler reads (the pipeline's parser) must be the one checked here (xmldom). */
function sameBodyAsParsed(body: Element, message: SoapMessage, f: Findings): void {
  const roots = childElements(body);
  if (roots.length !== 1 || domShape(roots[0]) !== treeShape(message.bodyRoot)) {
    f.fail('FAILED_CHECK', 'The Body the service would process differs from the Body that was checked.');
  }
}

// ---------------------------------------------------------------- 5. the signature itself

/** node:crypto's names of the digest and signature algorithms cryptography() can compute. */
const DIGEST = new Map<string, string>([[ALG.sha256, 'sha256'], [ALG.sha1, 'sha1']]);
const RSA = new Map<string, string>([[ALG.rsaSha256, 'sha256'], [ALG.rsaSha1, 'sha1']]);

/**
 * XML Signature core validation (as xml-crypto's checkSignature does it, with its exclusive C14N),
 * but on the document parsed above, each reference's element being the one coverage() found by
 * its Id: re-parsing the message and searching each Id by XPath cost ~90% of a signed request
 * (issue #5). The key is the BinarySecurityToken's, never a certificate the KeyInfo might carry.
 */
function cryptography(signature: Element, targets: Map<Element, Element>, certPem: string, f: Findings): void {
  let problem: string | undefined;
  try {
    problem = signatureProblem(signature, targets, certPem);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    problem = message.replace(/[^\x20-\x7e]/g, ' ').slice(0, 200);
  }
  if (problem) f.fail('FAILED_CHECK', `Signature check failed: ${problem}.`);
}

/**
 * What fails, or undefined. Which algorithms are acceptable is algorithms()' business (SHA-1 only
 * with --allow-sha1); what this cannot compute at all is reported too, as lenient mode gets here.
 */
function signatureProblem(signature: Element, targets: Map<Element, Element>, certPem: string): string | undefined {
  if (childElements(signature).filter((e) => e.localName === 'SignedInfo').length > 1) return 'could not load signature that contains multiple SignedInfo nodes';
  const signedInfo = childElements(signature, NS.ds, 'SignedInfo')[0];
  if (!signedInfo) return 'no ds:SignedInfo';
  const references = childElements(signedInfo, NS.ds, 'Reference');
  if (!references.length) return 'could not find any Reference elements';
  for (const ref of references) {
    // Like xml-crypto, the first reference that fails is the one reported.
    const problem = referenceProblem(ref, targets.get(ref), signature);
    if (problem) return problem;
  }

  const c14n = algorithmOf(signedInfo, 'CanonicalizationMethod');
  if (c14n !== ALG.excC14n) return `canonicalization algorithm '${c14n}' is not supported`;
  const method = algorithmOf(signedInfo, 'SignatureMethod');
  const hash = RSA.get(method);
  if (!hash) return `signature algorithm '${method}' is not supported`;
  // SignedInfo's own InclusiveNamespaces PrefixList (CanonicalizationMethod) is read by the canonicalizer.
  const value = Buffer.from(textOf(childElements(signature, NS.ds, 'SignatureValue')[0]), 'base64');
  if (!verify(hash, Buffer.from(excC14n(signedInfo)), publicKeyOf(certPem), value)) return "the SignatureValue does not verify with the BinarySecurityToken's public key";
  return undefined;
}

/**
 * What is read from a certificate (its facts, its public key) is kept per PEM, a few at a time:
 * a client sends the same certificate with every request, and reading it costs ~0.2 ms each time,
 * more than the RSA check itself. Both are fixed by the certificate's bytes.
 */
const certificateFactsByPem = new Map<string, CertificateFacts>();
const publicKeyByPem = new Map<string, KeyObject>();
function remembered<T>(cache: Map<string, T>, pem: string, read: (pem: string) => T): T {
  let value = cache.get(pem);
  if (value === undefined) {
    value = read(pem);
    if (cache.size >= 64) cache.clear();
    cache.set(pem, value);
  }
  return value;
}
const publicKeyOf = (certPem: string) => remembered(publicKeyByPem, certPem, createPublicKey);

/** Digests the reference's element through its transforms and compares with its DigestValue. */
function referenceProblem(ref: Element, target: Element | undefined, signature: Element): string | undefined {
  const uri = ref.getAttribute('URI') || 'a reference';
  if (!target) return `${uri} does not point at exactly one element`; // coverage() has said why
  const transforms = childElements(childElements(ref, NS.ds, 'Transforms')[0], NS.ds, 'Transform');
  const names = transforms.map((t) => t.getAttribute('Algorithm') ?? '');
  // Exclusive C14N last, after optional enveloped-signature transforms: what algorithms() accepts.
  if (names[names.length - 1] !== ALG.excC14n || names.slice(0, -1).some((n) => n !== ALG.envelopedSignature)) return `the transforms of ${uri} are not supported`;
  const digestMethod = algorithmOf(ref, 'DigestMethod');
  const hash = DIGEST.get(digestMethod);
  if (!hash) return `hash algorithm '${digestMethod}' is not supported`;
  const values = childElements(ref, NS.ds, 'DigestValue');
  if (values.length !== 1) return `${uri} has ${values.length} DigestValue elements; exactly one is expected`;

  // The PrefixList of InclusiveNamespaces children of the exclusive C14N transform, as xml-crypto reads it (any namespace).
  const prefixList = childElements(transforms[transforms.length - 1])
    .filter((e) => e.localName === 'InclusiveNamespaces')
    .flatMap((e) => (e.getAttribute('PrefixList') ?? '').split(/\s+/))
    .filter(Boolean);
  const octets = excC14n(target, { prefixList, withoutSignature: names.length > 1 ? signature : undefined });
  const actual = createHash(hash).update(octets).digest();
  const expected = Buffer.from(textOf(values[0]), 'base64');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return `the digest of ${uri} does not match: the element was changed after signing`;
  return undefined;
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
  // Kept by its SHA-256: 44 characters instead of 344, and no slice of the request text that would
  // keep the whole message alive for five minutes.
  const key = createHash('sha256').update(value).digest('base64');
  if (cache.has(key, now)) {
    f.fail('INVALID_SECURITY', 'This message was already received (same SignatureValue) and its Timestamp has not expired: replay refused. Sign every message anew.');
    return;
  }
  cache.remember(key, expiresMs + app.config.clockSkewSeconds * 1000, now);
}
