import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as soap from 'soap';
import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, faultOf, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { issueCertificate, KeyAndCertificate, base64OfPem } from '../../src/security/certificates';
import { issueOrganisationCertificate, signSoapEnvelope } from '../../src/security';
import { wsuDateTime, SignOptions } from '../../src/security/sign';
import { NS, TOKEN_TYPE } from '../../src/security/namespaces';

/**
 * WS-Security X.509 on the new-style channel (issue #3, security.md §1.1 channel 3, §6.2 step 2a):
 * signatures made by other implementations (xmlsec1, the soap client) are accepted; tampered,
 * expired, wrapped, replayed, unregistered and SHA-1 ones are refused with the wsse fault codes.
 */
const PATH = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';
const NS_R09 = 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2';
const WSDL = 'R09-RetrieveTIGroupsService/v2/RetrieveTIGroupsV2.wsdl';
const MINUTE = 60_000;

function r09Body(ssin: string = SSIN.standard, ticket = 'wss-test', cbe = GENT.org.cbe_number): string {
  return (
    `<tx:retrieveTIGroupsRequest xmlns:tx="${NS_R09}">` +
    `<informationCustomer><ticket>${ticket}</ticket><timestampSent>2026-01-15T10:00:00+01:00</timestampSent>` +
    `<customerIdentification><cbeNumber>${cbe}</cbeNumber></customerIdentification></informationCustomer>` +
    `<legalContext>PCSA:SOCIAL_INQUIRY</legalContext>` +
    `<searchInformation><ssin>${ssin}</ssin><language>nl</language></searchInformation></tx:retrieveTIGroupsRequest>`
  );
}

describe('WS-Security X.509 on the new-style channel', () => {
  let emu: TestEmulator;
  let gent: KeyAndCertificate;
  let work: string;

  beforeAll(async () => {
    emu = await startEmulator();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-wss-'));
    // What a vendor does: download the organisation's test key and certificate from the admin API.
    const [certPem, keyPem] = await Promise.all(
      ['certificate', 'key'].map(async (what) => {
        const res = await fetch(`${emu.url}/_admin/organizations/${GENT.org.cbe_number}/${what}`);
        expect(res.status).toBe(200);
        return res.text();
      }),
    );
    gent = { certPem, keyPem };
  });
  afterAll(async () => {
    await emu.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  /** A request signed by our own signer, with the emulator's clock as Created. */
  function signed(options: SignOptions = {}, body = r09Body(), credentials = gent): string {
    return signSoapEnvelope(soapEnvelope(body), credentials, { created: emu.app.clock.now(), ...options });
  }

  const send = (xml: string, headers: Record<string, string> = {}) => post(`${emu.url}${PATH}`, xml, headers);

  /** The reply is a SOAP fault with this wsse code, HTTP 500, and no stack trace. */
  async function expectFault(xml: string, code: string, reason?: RegExp): Promise<string> {
    const res = await send(xml);
    expect(res.status).toBe(500);
    const fault = faultOf(res.body);
    expect(fault.code).toBe(code);
    expect(res.body).toContain(`xmlns:wsse="${NS.wsse}"`);
    expect(res.body).not.toMatch(/\n\s+at /);
    if (reason) expect(fault.string).toMatch(reason);
    return fault.string;
  }

  async function expectDataFound(xml: string, headers: Record<string, string> = {}): Promise<void> {
    const res = await send(xml, headers);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, WSDL);
    expect(childText(bodyRoot(res.body), 'status', 'value')).toBe('DATA_FOUND');
  }

  // ------------------------------------------------------------------ accepted

  it('accepts a request signed by xmlsec1 (Debian), another implementation', async () => {
    const now = emu.app.clock.now();
    const ref = (id: string) =>
      `<ds:Reference URI="#${id}"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>` +
      `<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue/></ds:Reference>`;
    const template =
      `<?xml version="1.0" encoding="UTF-8"?>` +
      `<S:Envelope xmlns:S="${NS.soap11}" xmlns:wsse="${NS.wsse}" xmlns:wsu="${NS.wsu}"><S:Header><wsse:Security S:mustUnderstand="1">` +
      `<wsse:BinarySecurityToken EncodingType="${TOKEN_TYPE.base64}" ValueType="${TOKEN_TYPE.x509v3}" wsu:Id="BST-1">${base64OfPem(gent.certPem)}</wsse:BinarySecurityToken>` +
      `<wsu:Timestamp wsu:Id="TS-1"><wsu:Created>${wsuDateTime(now)}</wsu:Created><wsu:Expires>${wsuDateTime(new Date(now.getTime() + 5 * MINUTE))}</wsu:Expires></wsu:Timestamp>` +
      `<ds:Signature xmlns:ds="${NS.ds}"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>` +
      `<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>${ref('BST-1')}${ref('TS-1')}${ref('Body-1')}</ds:SignedInfo>` +
      `<ds:SignatureValue/><ds:KeyInfo><wsse:SecurityTokenReference><wsse:Reference URI="#BST-1" ValueType="${TOKEN_TYPE.x509v3}"/></wsse:SecurityTokenReference></ds:KeyInfo>` +
      `</ds:Signature></wsse:Security></S:Header><S:Body wsu:Id="Body-1">${r09Body(SSIN.standard, 'xmlsec1')}</S:Body></S:Envelope>`;
    const files = { template: path.join(work, 'template.xml'), key: path.join(work, 'gent.key.pem'), cert: path.join(work, 'gent.cert.pem') };
    fs.writeFileSync(files.template, template);
    fs.writeFileSync(files.key, gent.keyPem);
    fs.writeFileSync(files.cert, gent.certPem);
    const xml = execFileSync('xmlsec1', [
      '--sign',
      '--privkey-pem', `${files.key},${files.cert}`,
      '--id-attr:Id', `${NS.wsse}:BinarySecurityToken`,
      '--id-attr:Id', `${NS.wsu}:Timestamp`,
      '--id-attr:Id', `${NS.soap11}:Body`,
      files.template,
    ]).toString();
    expect(xml).toMatch(/<ds:SignatureValue>[A-Za-z0-9+/=\s]{100,}<\/ds:SignatureValue>/);
    await expectDataFound(xml);
  });

  it("accepts the soap client's own WSSecurityCert signing (with a 5-minute Timestamp) on R09 v2", async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    const now = emu.app.clock.now();
    // WSSecurityCert's own Timestamp lasts 10 minutes, twice what KSZ allows: give it a 5-minute one.
    const timestamp =
      `<wsu:Timestamp><wsu:Created>${wsuDateTime(now)}</wsu:Created>` +
      `<wsu:Expires>${wsuDateTime(new Date(now.getTime() + 5 * MINUTE))}</wsu:Expires></wsu:Timestamp>`;
    client.setSecurity(new soap.WSSecurityCert(gent.keyPem, gent.certPem, '', { hasTimeStamp: false, appendElement: timestamp, additionalReferences: ['wsu:Timestamp'] }));
    const [result] = await client.retrieveTIAsync({
      informationCustomer: { ticket: 'soap-wss', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      searchInformation: { ssin: SSIN.standard, language: 'nl', history: false },
    });
    expect(result.status.value).toBe('DATA_FOUND');
    expect(result.searchInformation.ssin).toBe(SSIN.standard);
  });

  it("refuses the soap client's default WSSecurityCert Timestamp (10 minutes) with wsse:InvalidSecurity", async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.WSSecurityCert(gent.keyPem, gent.certPem, ''));
    const error = await client
      .retrieveTIAsync({
        informationCustomer: { ticket: 'soap-wss-10', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
        legalContext: 'PCSA:SOCIAL_INQUIRY',
        searchInformation: { ssin: SSIN.standard },
      })
      .then(() => undefined, (e: any) => e);
    expect(error?.response?.status).toBe(500);
    expect(error.root.Envelope.Body.Fault.faultcode).toBe('wsse:InvalidSecurity');
    expect(error.root.Envelope.Body.Fault.faultstring).toMatch(/valid for 600 s; at most 300 s/);
  });

  it('accepts our own signature (Body, Timestamp and token, RSA-SHA256) and acts as the certificate\'s organisation', async () => {
    await expectDataFound(signed());
    // A signed message needs no HTTP Basic; a wrong Basic header next to it is not looked at.
    await expectDataFound(signed({}, r09Body(SSIN.standard, 'with-basic')), basicAuth(GENT.credential.username, 'wrong'));
    const [row] = emu.app.journal.recent({ organisation: GENT.org.cbe_number, limit: 1 });
    expect(row.decision).toBe('ALLOW');
    expect(row.role).toBe('SOCIAL_WORKER');
  });

  it('acts in the role of the certificate registration', async () => {
    const admin = issueOrganisationCertificate(emu.app, GENT.org.cbe_number, { role: 'ADMIN_STAFF', store: false });
    const res = await send(signed({}, r09Body(SSIN.standard, 'admin-staff'), admin));
    expect(res.status).toBe(200);
    const [row] = emu.app.journal.recent({ organisation: GENT.org.cbe_number, limit: 1 });
    expect(row.role).toBe('ADMIN_STAFF');
  });

  it('still checks the customer: a certificate of Gent cannot ask as Liège (MSG00015)', async () => {
    const res = await send(signed({}, r09Body(SSIN.standard, 'as-liege', LIEGE.org.cbe_number)));
    expect(res.status).toBe(200);
    expect(childText(bodyRoot(res.body), 'status', 'code')).toBe('MSG00015');
  });

  // ------------------------------------------------------------------ refused

  it('refuses a tampered body with wsse:FailedCheck', async () => {
    const xml = signed().replace('<ticket>wss-test</ticket>', '<ticket>changed</ticket>');
    await expectFault(xml, 'wsse:FailedCheck', /digest of #Body-.* does not match/);
  });

  it('refuses a forged SignatureValue with wsse:FailedCheck', async () => {
    const xml = signed().replace(/<ds:SignatureValue>([^<]{10})/, (_m, start: string) => `<ds:SignatureValue>${start.split('').reverse().join('')}`);
    await expectFault(xml, 'wsse:FailedCheck', /SignatureValue does not verify/);
  });

  it('refuses an expired Timestamp, and one created in the future, with wsse:MessageExpired', async () => {
    const now = emu.app.clock.now().getTime();
    await expectFault(signed({ created: new Date(now - 10 * MINUTE), expires: new Date(now - 5 * MINUTE) }), 'wsse:MessageExpired', /expired at/);
    await expectFault(signed({ created: new Date(now + 10 * MINUTE) }), 'wsse:MessageExpired', /created in the future/);
  });

  it('tolerates the configured clock skew', async () => {
    const now = emu.app.clock.now().getTime();
    // Expired 30 s ago: inside the default 60 s skew.
    await expectDataFound(signed({ created: new Date(now - 4.5 * MINUTE), expires: new Date(now - 0.5 * MINUTE) }));
  });

  it('refuses a Timestamp valid for more than 5 minutes with wsse:InvalidSecurity', async () => {
    const now = emu.app.clock.now().getTime();
    await expectFault(signed({ created: new Date(now), expires: new Date(now + 6 * MINUTE) }), 'wsse:InvalidSecurity', /valid for 360 s/);
  });

  it('refuses an unsigned Timestamp, a missing Timestamp and an unsigned Body with wsse:InvalidSecurity', async () => {
    await expectFault(signed({ sign: { timestamp: false } }), 'wsse:InvalidSecurity', /does not cover the wsu:Timestamp/);
    await expectFault(signed({ sign: { body: false } }), 'wsse:InvalidSecurity', /does not cover the soap:Body/);
    const noTimestamp = signed().replace(/<wsu:Timestamp[\s\S]*<\/wsu:Timestamp>/, '');
    await expectFault(noTimestamp, 'wsse:InvalidSecurity', /0 wsu:Timestamp/);
  });

  describe('signature wrapping', () => {
    const bodyOf = (xml: string) => xml.match(/<soapenv:Body[\s\S]*<\/soapenv:Body>/)![0];
    const evilBody = `<soapenv:Body>${r09Body(SSIN.unknown, 'evil')}</soapenv:Body>`;

    it('refuses a signed Body moved into the Header while another Body is processed (wsse:FailedCheck)', async () => {
      const xml = signed();
      const wrapped = xml
        .replace(bodyOf(xml), evilBody)
        .replace('</wsse:Security>', `</wsse:Security><w:Wrapper xmlns:w="urn:attacker">${bodyOf(xml)}</w:Wrapper>`);
      await expectFault(wrapped, 'wsse:FailedCheck', /signs a Body that is not the Body of the Envelope/);
    });

    it('refuses a second Body in front of the signed one (wsse:FailedCheck)', async () => {
      const xml = signed();
      await expectFault(xml.replace(bodyOf(xml), evilBody + bodyOf(xml)), 'wsse:FailedCheck', /2 Body elements/);
    });

    it('refuses a duplicate Id (wsse:FailedCheck)', async () => {
      const xml = signed();
      const id = xml.match(/<soapenv:Body[^>]* wsu:Id="([^"]+)"/)![1];
      const duplicated = xml.replace('</wsse:Security>', `</wsse:Security><w:Other xmlns:w="urn:attacker" xmlns:wsu="${NS.wsu}" wsu:Id="${id}"/>`);
      await expectFault(duplicated, 'wsse:FailedCheck', /2 elements carry the Id/);
    });

    it('refuses a signed Timestamp moved out of the Security header (wsse:FailedCheck)', async () => {
      const xml = signed();
      const ts = xml.match(/<wsu:Timestamp[\s\S]*<\/wsu:Timestamp>/)![0];
      const now = emu.app.clock.now();
      const fresh = `<wsu:Timestamp><wsu:Created>${wsuDateTime(now)}</wsu:Created><wsu:Expires>${wsuDateTime(new Date(now.getTime() + MINUTE))}</wsu:Expires></wsu:Timestamp>`;
      const moved = xml.replace(ts, fresh).replace('</wsse:Security>', `</wsse:Security><w:Wrapper xmlns:w="urn:attacker" xmlns:wsu="${NS.wsu}">${ts}</w:Wrapper>`);
      await expectFault(moved, 'wsse:FailedCheck', /signs a Timestamp that is not the one of the wsse:Security header/);
    });
  });

  it('refuses a replayed message with wsse:InvalidSecurity', async () => {
    const xml = signed({}, r09Body(SSIN.standard, 'replay'));
    await expectDataFound(xml);
    await expectFault(xml, 'wsse:InvalidSecurity', /replay refused/);
  });

  it('refuses a certificate registered for no organisation with wsse:FailedAuthentication', async () => {
    const now = Date.now();
    const rogue = issueCertificate({ subject: [['CN', 'Not registered']], notBefore: new Date(now - 86_400_000), notAfter: new Date(now + 86_400_000) });
    await expectFault(signed({}, r09Body(), rogue), 'wsse:FailedAuthentication', /not registered for any organisation/);
  });

  it('refuses an expired certificate with wsse:FailedAuthentication', async () => {
    const now = emu.app.clock.now().getTime();
    const expired = issueOrganisationCertificate(emu.app, GENT.org.cbe_number, { notBefore: new Date(now - 2 * 86_400_000), notAfter: new Date(now - 86_400_000), store: false });
    await expectFault(signed({}, r09Body(), expired), 'wsse:FailedAuthentication', /certificate expired/);
  });

  it('refuses a certificate not yet valid at the emulator clock (PUT /_admin/clock) with wsse:FailedAuthentication', async () => {
    const put = await fetch(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2015-06-01T10:00:00Z' }) });
    expect(put.status).toBe(200);
    try {
      await expectFault(signed(), 'wsse:FailedAuthentication', /not valid before/);
    } finally {
      await fetch(`${emu.url}/_admin/clock`, { method: 'DELETE' });
    }
  });

  it('refuses SHA-1 with wsse:UnsupportedAlgorithm, and accepts it in legacy mode', async () => {
    await expectFault(signed({ algorithm: 'sha1' }), 'wsse:UnsupportedAlgorithm', /RSA-SHA1: SHA-1 is accepted only in legacy mode/);
    emu.app.config.allowSha1 = true;
    try {
      await expectDataFound(signed({ algorithm: 'sha1' }));
    } finally {
      emu.app.config.allowSha1 = false;
    }
  });

  // ------------------------------------------------------------------ accepted credentials per organisation

  it('an organisation accepting only x509 refuses HTTP Basic alone (401) and accepts a signed message', async () => {
    emu.app.directory.setAcceptedCredentials(GENT.org.cbe_number, 'x509');
    try {
      const res = await send(soapEnvelope(r09Body()), basicAuth(GENT.credential.username, GENT.credential.password));
      expect(res.status).toBe(401);
      expect(faultOf(res.body).string).toMatch(/accepts only WS-Security X.509/);
      await expectDataFound(signed());
    } finally {
      emu.app.directory.setAcceptedCredentials(GENT.org.cbe_number, 'both');
    }
  });

  it('an organisation accepting only basic refuses a signed message (wsse:FailedAuthentication)', async () => {
    emu.app.directory.setAcceptedCredentials(GENT.org.cbe_number, 'basic');
    try {
      await expectFault(signed(), 'wsse:FailedAuthentication', /accepts only HTTP Basic/);
      await expectDataFound(soapEnvelope(r09Body()), basicAuth(GENT.credential.username, GENT.credential.password));
    } finally {
      emu.app.directory.setAcceptedCredentials(GENT.org.cbe_number, 'both');
    }
  });

  // ------------------------------------------------------------------ lenient mode

  it('lenient mode lets a tampered message through and logs what failed', async () => {
    const warn = jest.spyOn(emu.app.log, 'warn');
    emu.app.config.securityMode = 'lenient';
    try {
      await expectDataFound(signed().replace('<ticket>wss-test</ticket>', '<ticket>changed</ticket>'));
      const logged = warn.mock.calls.map((c) => JSON.stringify(c)).join('\n');
      expect(logged).toMatch(/wsse:FailedCheck: Signature check failed/);
    } finally {
      emu.app.config.securityMode = 'strict';
      warn.mockRestore();
    }
  });

  // ------------------------------------------------------------------ admin and CLI

  it('GET /_admin/organizations says which credentials each organisation accepts and where its certificate is', async () => {
    const orgs = (await (await fetch(`${emu.url}/_admin/organizations`)).json()) as any[];
    const g = orgs.find((o) => o.cbeNumber === GENT.org.cbe_number);
    expect(g.certificate.accepts).toEqual(['basic', 'x509']);
    expect(g.certificate.subject).toContain(`serialNumber=${GENT.org.cbe_number}`);
    expect(g.certificate.fingerprintSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(g.certificate.certificateUrl).toBe(`${emu.url}/_admin/organizations/${GENT.org.cbe_number}/certificate`);
    expect(g.certificate.keyFile).toBeNull(); // in-memory emulator: nothing on disk
    expect(g.certificate.registered.map((c: any) => c.fingerprintSha256)).toContain(g.certificate.fingerprintSha256);
    const ca = await fetch(g.certificate.caCertificateUrl);
    expect(await ca.text()).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect((await fetch(`${emu.url}/_admin/organizations/0000000000/key`)).status).toBe(404);
  });

  it('the CLI `certs issue` issues a certificate that then works', async () => {
    const dataDir = path.join(work, 'data');
    // Run the real CLI from its TypeScript sources (transpiled on the fly, no build needed).
    const hook = path.join(work, 'ts-hook.js');
    fs.writeFileSync(
      hook,
      `const ts = require(${JSON.stringify(require.resolve('typescript'))}); const fs = require('fs');
       require.extensions['.ts'] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, 'utf8'), { fileName: f, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText, f);`,
    );
    const cli = path.join(__dirname, '../../src/cli.ts');
    const out = execFileSync(process.execPath, ['-r', hook, cli, 'certs', 'issue', '--org', LIEGE.org.cbe_number, '--role', 'SOCIAL_WORKER', '--data-dir', dataDir, '--population', '50']).toString();
    const certFile = out.match(/certificate: (\S+)/)![1];
    const keyFile = out.match(/private key: (\S+)/)![1];
    expect(certFile).toBe(path.join(dataDir, 'certs', `${LIEGE.org.cbe_number}.cert.pem`));
    const issued = { certPem: fs.readFileSync(certFile, 'utf8'), keyPem: fs.readFileSync(keyFile, 'utf8') };

    const other = await startEmulator({ dataDir, population: 50 });
    try {
      const res = await post(`${other.url}${PATH}`, signSoapEnvelope(soapEnvelope(r09Body(SSIN.standard, 'cli', LIEGE.org.cbe_number)), issued, { created: other.app.clock.now() }));
      expect(res.status).toBe(200);
      expect(childText(bodyRoot(res.body), 'informationCustomer', 'ticket')).toBe('cli');
      const orgs = (await (await fetch(`${other.url}/_admin/organizations`)).json()) as any[];
      expect(orgs.find((o) => o.cbeNumber === LIEGE.org.cbe_number).certificate.certificateFile).toBe(certFile);
    } finally {
      await other.close();
    }
  });
});
