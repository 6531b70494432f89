import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SignedXml } from 'xml-crypto';
import { AppContext, createAppContext } from '../../src/app';
import { resolveConfig } from '../../src/config';
import { organisationCredentials, signSoapEnvelope } from '../../src/security';
import { excC14n } from '../../src/security/c14n';
import { base64OfPem, KeyAndCertificate } from '../../src/security/certificates';
import { childElements, parseDom } from '../../src/security/dom';
import { ALG, NS, TOKEN_TYPE } from '../../src/security/namespaces';
import { wsuDateTime } from '../../src/security/sign';
import { soapEnvelope } from '../helpers/http';
import { GENT } from '../helpers/emulator';
import { firstSecurityFinding } from '../helpers/security';

/**
 * The signature check on the verifier's own DOM (issue #5: no second parse, no XPath search) must
 * accept and refuse exactly what xml-crypto's checkSignature did: it is kept here as the oracle,
 * on messages signed by xmlsec1 (another implementation) with the C14N corner cases clients meet.
 */
describe('WS-Security signature check on the parsed document', () => {
  let app: AppContext;
  let gent: KeyAndCertificate;
  let dir: string;

  beforeAll(() => {
    app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 20 }));
    gent = organisationCredentials(app, GENT.org.cbe_number)!;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-sigcheck-'));
    fs.writeFileSync(path.join(dir, 'key.pem'), gent.keyPem);
    fs.writeFileSync(path.join(dir, 'cert.pem'), gent.certPem);
  });
  afterAll(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const customer = `<informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>`;

  const firstFinding = (xml: string) => firstSecurityFinding(app, xml);

  /** What verify.ts did before issue #5: xml-crypto re-parses the message and checks the signature. */
  function xmlCryptoAccepts(xml: string): boolean {
    const security = childElements(childElements(parseDom(xml).doc!.documentElement, NS.soap11, 'Header')[0], NS.wsse, 'Security')[0];
    const signed = new SignedXml({ publicCert: gent.certPem, getCertFromKeyInfo: () => null });
    try {
      signed.loadSignature(childElements(security, NS.ds, 'Signature')[0]);
      return signed.checkSignature(xml);
    } catch {
      return false;
    }
  }

  interface Template {
    /** The Body's content (one element). */
    body: string;
    /** Namespace declarations on the Envelope (besides S, wsse, wsu). */
    envelopeNs?: string;
    /** The Body reference's exclusive C14N transform, e.g. with InclusiveNamespaces. */
    bodyTransform?: string;
    /** Also sign the wsse:Security header itself (enveloped-signature, then exclusive C14N). */
    signSecurityHeader?: boolean;
    /** An InclusiveNamespaces PrefixList in SignedInfo's CanonicalizationMethod (as WSS4J writes). */
    signedInfoPrefixList?: string;
  }

  /** A request signed by xmlsec1 from a template: token, Timestamp and Body (and the header). */
  function xmlsecSigned(t: Template): string {
    const now = app.clock.now();
    const exc = `<ds:Transform Algorithm="${ALG.excC14n}"/>`;
    const ref = (id: string, transforms = exc) =>
      `<ds:Reference URI="#${id}"><ds:Transforms>${transforms}</ds:Transforms>` +
      `<ds:DigestMethod Algorithm="${ALG.sha256}"/><ds:DigestValue/></ds:Reference>`;
    const references =
      ref('BST-1') + ref('TS-1') + ref('Body-1', t.bodyTransform ?? exc) + (t.signSecurityHeader ? ref('SEC-1', `<ds:Transform Algorithm="${ALG.envelopedSignature}"/>${exc}`) : '');
    const template =
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<S:Envelope xmlns:S="${NS.soap11}" xmlns:wsse="${NS.wsse}" xmlns:wsu="${NS.wsu}"${t.envelopeNs ?? ''}>\n  <S:Header>\n    <wsse:Security S:mustUnderstand="1" wsu:Id="SEC-1">\n` +
      `      <wsse:BinarySecurityToken EncodingType="${TOKEN_TYPE.base64}" ValueType="${TOKEN_TYPE.x509v3}" wsu:Id="BST-1">${base64OfPem(gent.certPem)}</wsse:BinarySecurityToken>\n` +
      `      <wsu:Timestamp wsu:Id="TS-1">\n        <wsu:Created>${wsuDateTime(now)}</wsu:Created>\n        <wsu:Expires>${wsuDateTime(new Date(now.getTime() + 300_000))}</wsu:Expires>\n      </wsu:Timestamp>\n` +
      `      <ds:Signature xmlns:ds="${NS.ds}"><ds:SignedInfo>` +
      (t.signedInfoPrefixList
        ? `<ds:CanonicalizationMethod Algorithm="${ALG.excC14n}"><ec:InclusiveNamespaces xmlns:ec="${ALG.excC14n}" PrefixList="${t.signedInfoPrefixList}"/></ds:CanonicalizationMethod>`
        : `<ds:CanonicalizationMethod Algorithm="${ALG.excC14n}"/>`) +
      `<ds:SignatureMethod Algorithm="${ALG.rsaSha256}"/>${references}</ds:SignedInfo>` +
      `<ds:SignatureValue/><ds:KeyInfo><wsse:SecurityTokenReference><wsse:Reference URI="#BST-1" ValueType="${TOKEN_TYPE.x509v3}"/></wsse:SecurityTokenReference></ds:KeyInfo>` +
      `</ds:Signature>\n    </wsse:Security>\n  </S:Header>\n  <S:Body wsu:Id="Body-1">${t.body}</S:Body>\n</S:Envelope>\n`;
    const file = path.join(dir, 'template.xml');
    fs.writeFileSync(file, template);
    return execFileSync('xmlsec1', [
      '--sign',
      '--privkey-pem', `${path.join(dir, 'key.pem')},${path.join(dir, 'cert.pem')}`,
      '--id-attr:Id', `${NS.wsse}:Security`,
      '--id-attr:Id', `${NS.wsse}:BinarySecurityToken`,
      '--id-attr:Id', `${NS.wsu}:Timestamp`,
      '--id-attr:Id', `${NS.soap11}:Body`,
      file,
    ]).toString();
  }

  /** Bodies whose canonical form is easy to get wrong: whitespace, escaping, namespaces, comments. */
  const corners: Record<string, string> = {
    'indentation, CR LF line ends and a character reference to CR': `<x:ping xmlns:x="urn:test">\r\n\t${customer}\r\n  <x:note>line one\r\nline two&#13;\n\t  end  </x:note>\n</x:ping>`,
    'escaped text and attribute values': `<x:ping xmlns:x="urn:test" a="tab&#9;nl&#10;&quot;&lt;&gt;&amp;'">${customer}<x:t>a &amp; b &lt; c &gt; d " ' &#x41;</x:t></x:ping>`,
    'CDATA and comments': `<x:ping xmlns:x="urn:test"><!-- before -->${customer}<x:t><![CDATA[<not> & markup ]]>after<!-- inside --></x:t></x:ping>`,
    'default namespaces, an undeclaration and unused or redundant declarations': `<ping xmlns="urn:test" xmlns:unused="urn:unused">${customer.replace('<informationCustomer>', '<informationCustomer xmlns="">')}<t xmlns="urn:test" xmlns:y="urn:y"><y:u xmlns:y="urn:y"/></t></ping>`,
    'attribute order, namespaced attributes, xml:lang and ancestor prefixes': `<x:ping xmlns:x="urn:test" xmlns:b="urn:b" xmlns:a="urn:a" z="1" b:a="3" a:y="2" xml:lang="nl" S:role="r">${customer}<x:e/><x:e></x:e></x:ping>`,
    'non-ASCII text': `<x:ping xmlns:x="urn:test">${customer}<x:name>Renée Ǆ — Ωμέγα 𝄞 ＆</x:name></x:ping>`,
  };

  it.each(Object.entries(corners))('accepts, as xml-crypto did, an xmlsec1 signature over a Body with %s', (_name, body) => {
    const xml = xmlsecSigned({ body });
    expect(xmlCryptoAccepts(xml)).toBe(true);
    expect(firstFinding(xml)).toBeUndefined();
    // And a signature the emulator's own signer (xml-crypto) makes.
    expect(firstFinding(signSoapEnvelope(soapEnvelope(body.replace(' S:role="r"', '')), gent, { created: app.clock.now() }))).toBeUndefined();
  });

  it('honours an InclusiveNamespaces PrefixList: a namespace declared on the Envelope is part of the Body digest', () => {
    // A QName in text content uses v:, declared on the Envelope only: exclusive C14N leaves it out unless listed.
    // (v, not a letter before s: xml-crypto orders namespace declarations with localeCompare, "S" after "q".)
    const signed = xmlsecSigned({
      envelopeNs: ' xmlns:v="urn:v"',
      body: `<x:ping xmlns:x="urn:test">${customer}<x:kind>v:Thing</x:kind></x:ping>`,
      bodyTransform: `<ds:Transform Algorithm="${ALG.excC14n}"><ec:InclusiveNamespaces xmlns:ec="${ALG.excC14n}" PrefixList="v wsse"/></ds:Transform>`,
    });
    expect(xmlCryptoAccepts(signed)).toBe(true);
    expect(firstFinding(signed)).toBeUndefined();
    // Rebinding q changes what the Body means, and its digest.
    const rebound = signed.replace('xmlns:v="urn:v"', 'xmlns:v="urn:other"');
    expect(xmlCryptoAccepts(rebound)).toBe(false);
    expect(firstFinding(rebound)).toEqual({ fault: 'FAILED_CHECK', reason: expect.stringMatching(/digest of #Body-1 does not match/) });

    // SignedInfo's own PrefixList (in its CanonicalizationMethod) pulls the header's namespaces into what is signed.
    const signedInfoList = xmlsecSigned({ body: `<x:ping xmlns:x="urn:test">${customer}</x:ping>`, signedInfoPrefixList: 'wsse wsu' });
    expect(xmlCryptoAccepts(signedInfoList)).toBe(true);
    expect(firstFinding(signedInfoList)).toBeUndefined();
  });

  it('applies the enveloped-signature transform to a reference that contains the Signature', () => {
    const signed = xmlsecSigned({ body: `<x:ping xmlns:x="urn:test">${customer}</x:ping>`, signSecurityHeader: true });
    expect(xmlCryptoAccepts(signed)).toBe(true);
    expect(firstFinding(signed)).toBeUndefined();
    // Something added to the header outside the other references is caught by the header's digest.
    const added = signed.replace('</wsse:Security>', '<wsse:Extra/></wsse:Security>');
    expect(xmlCryptoAccepts(added)).toBe(false);
    expect(firstFinding(added)).toEqual({ fault: 'FAILED_CHECK', reason: expect.stringMatching(/digest of #SEC-1 does not match/) });
  });

  it('refuses a SignedInfo changed after signing, even when its digests match the changed message', () => {
    const signed = signSoapEnvelope(soapEnvelope(`<x:ping xmlns:x="urn:test">${customer}<x:amount>10</x:amount></x:ping>`), gent, { created: app.clock.now() });
    const tampered = signed.replace('<x:amount>10</x:amount>', '<x:amount>10000</x:amount>');
    expect(firstFinding(tampered)).toEqual({ fault: 'FAILED_CHECK', reason: expect.stringMatching(/digest of #Body-.* does not match/) });

    // The attacker also puts the new Body's digest into SignedInfo: only the SignatureValue can tell.
    const body = childElements(parseDom(tampered).doc!.documentElement, NS.soap11, 'Body')[0];
    const digest = createHash('sha256').update(excC14n(body)).digest('base64');
    const bodyId = body.getAttributeNS(NS.wsu, 'Id');
    const forged = tampered.replace(new RegExp(`(<ds:Reference URI="#${bodyId}">[\\s\\S]*?<ds:DigestValue>)[^<]*`), `$1${digest}`);
    expect(forged).not.toBe(tampered);
    expect(xmlCryptoAccepts(forged)).toBe(false);
    expect(firstFinding(forged)).toEqual({ fault: 'FAILED_CHECK', reason: expect.stringMatching(/SignatureValue does not verify/) });
  });

  it('refuses a reference that canonicalizes twice (octets that would have to be parsed again) as UnsupportedAlgorithm', () => {
    const exc = `<ds:Transform Algorithm="${ALG.excC14n}"/>`;
    const twice = signSoapEnvelope(soapEnvelope(`<x:ping xmlns:x="urn:test">${customer}</x:ping>`), gent, { created: app.clock.now() }).replace(exc, exc + exc);
    expect(firstFinding(twice)).toEqual({ fault: 'UNSUPPORTED_ALGORITHM', reason: expect.stringMatching(/exclusive C14N must be its only transform/) });
  });
});
