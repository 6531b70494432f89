// What verifying a WS-Security signature costs, two ways, on messages signed like a client does:
//   A. what src/security/verify.ts cryptography() does: xml-crypto SignedXml.loadSignature +
//      checkSignature(xml) (re-parses the message, finds each reference by XPath scans);
//   B. the same checks on the DOM the interceptor already parsed: each reference's target by its
//      Id (one walk), exclusive C14N (xml-crypto's own ExclusiveCanonicalization), SHA-256 digest,
//      then C14N of SignedInfo and crypto.verify with the token's key.
//   node bench/experiments/signature-check.js [count]
'use strict';
const path = require('path');
const crypto = require('crypto');
const root = path.join(__dirname, '..', '..');
const { DOMParser } = require(path.join(root, 'node_modules', '@xmldom', 'xmldom'));
const { SignedXml, ExclusiveCanonicalization } = require(path.join(root, 'node_modules', 'xml-crypto'));
const { signSoapEnvelope } = require(path.join(root, 'dist', 'src', 'security'));
const { issueCertificate } = require(path.join(root, 'dist', 'src', 'security', 'certificates'));
const rq = require(path.join(root, 'dist', 'bench', 'lib', 'requests'));

const DS = 'http://www.w3.org/2000/09/xmldsig#';
const n = Number(process.argv[2] ?? 300);
const now = Date.now();
const creds = issueCertificate({ subject: [['CN', 'bench']], notBefore: new Date(now - 3600e3), notAfter: new Date(now + 3600e3) });
const messages = Array.from({ length: n }, () => signSoapEnvelope(rq.retrieveTiEnvelope(rq.PERSONA.standard), creds));

const elements = (node, ns, local) => {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (!ns || c.namespaceURI === ns) && (!local || c.localName === local)) out.push(c);
  return out;
};
function signatureOf(doc) {
  const stack = [doc.documentElement];
  while (stack.length) {
    const e = stack.pop();
    if (e.localName === 'Signature' && e.namespaceURI === DS) return e;
    stack.push(...elements(e));
  }
}
function idIndex(doc) {
  const ids = new Map();
  const stack = [doc.documentElement];
  while (stack.length) {
    const e = stack.pop();
    for (let i = 0; i < e.attributes.length; i++) {
      const a = e.attributes[i];
      if (a.localName === 'Id') ids.set(a.value, [...(ids.get(a.value) ?? []), e]);
    }
    stack.push(...elements(e));
  }
  return ids;
}
function c14n(node, prefixList) {
  return new ExclusiveCanonicalization().process(node, { inclusiveNamespacesPrefixList: prefixList, ancestorNamespaces: [] }).toString();
}
const DIGEST = { 'http://www.w3.org/2001/04/xmlenc#sha256': 'sha256', 'http://www.w3.org/2000/09/xmldsig#sha1': 'sha1' };

function viaXmlCrypto(xml) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml'); // the interceptor's own parse
  const signature = signatureOf(doc);
  const signed = new SignedXml({ publicCert: creds.certPem, getCertFromKeyInfo: () => null });
  signed.loadSignature(signature);
  return signed.checkSignature(xml);
}

function direct(xml) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml'); // the interceptor's own parse
  const signature = signatureOf(doc);
  const ids = idIndex(doc);
  const signedInfo = elements(signature, DS, 'SignedInfo')[0];
  for (const ref of elements(signedInfo, DS, 'Reference')) {
    const targets = ids.get(ref.getAttribute('URI').slice(1)) ?? [];
    if (targets.length !== 1) return false;
    const transform = elements(elements(ref, DS, 'Transforms')[0], DS, 'Transform').find((t) => /exc-c14n/.test(t.getAttribute('Algorithm')));
    const inclusive = transform && elements(transform).find((e) => e.localName === 'InclusiveNamespaces');
    const prefixes = inclusive ? inclusive.getAttribute('PrefixList').split(/\s+/).filter(Boolean) : undefined;
    const alg = DIGEST[elements(ref, DS, 'DigestMethod')[0].getAttribute('Algorithm')];
    const digest = crypto.createHash(alg).update(c14n(targets[0], prefixes)).digest('base64');
    if (digest !== elements(ref, DS, 'DigestValue')[0].textContent.trim()) return false;
  }
  const value = Buffer.from(elements(signature, DS, 'SignatureValue')[0].textContent.replace(/\s+/g, ''), 'base64');
  return crypto.verify('sha256', Buffer.from(c14n(signedInfo)), creds.certPem, value);
}

for (const [name, fn] of [['A xml-crypto checkSignature', viaXmlCrypto], ['B direct on the parsed DOM', direct]]) {
  for (let i = 0; i < 20; i++) if (!fn(messages[i])) throw new Error(`${name}: a good signature does not verify`);
  const tampered = messages[0].replace('85061295131', '85061295132');
  if (fn(tampered)) throw new Error(`${name}: a tampered Body verifies`);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t = process.cpuUsage();
    for (const m of messages) fn(m);
    const u = process.cpuUsage(t);
    best = Math.min(best, (u.user + u.system) / messages.length);
  }
  console.log(`${name}: ${Math.round(best)} us per message (parse included)`);
}
