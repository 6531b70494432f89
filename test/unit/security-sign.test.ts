import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AppContext, createAppContext } from '../../src/app';
import { resolveConfig } from '../../src/config';
import { envelopeXml } from '../../src/soap/envelope';
import { emulatorCredentials, signReplyIfEnabled, testCa } from '../../src/security';
import { certificateFacts, pemOfBase64 } from '../../src/security/certificates';
import { NS } from '../../src/security/namespaces';

/** Optional response signing (--sign-responses): replies verifiable by another implementation (xmlsec1). */
describe('response signing', () => {
  let app: AppContext;
  let dir: string;
  beforeAll(() => {
    app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 20, signResponses: true }));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-sign-'));
  });
  afterAll(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const reply = envelopeXml('<v2:pingResponse xmlns:v2="urn:test"><status><value>DATA_FOUND</value></status></v2:pingResponse>');

  function xmlsecVerify(xml: string): boolean {
    const file = path.join(dir, 'reply.xml');
    const cert = path.join(dir, 'emulator.cert.pem');
    fs.writeFileSync(file, xml);
    fs.writeFileSync(cert, emulatorCredentials(app).certPem);
    try {
      execFileSync('xmlsec1', [
        '--verify',
        '--pubkey-cert-pem', cert,
        '--id-attr:Id', `${NS.wsse}:BinarySecurityToken`,
        '--id-attr:Id', `${NS.wsu}:Timestamp`,
        '--id-attr:Id', `${NS.soap11}:Body`,
        file,
      ], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  }

  it('signs Body, Timestamp and token with the emulator key; xmlsec1 verifies it', () => {
    const signed = signReplyIfEnabled(app, reply);
    expect(signed).toMatch(/<soapenv:Header><wsse:Security/);
    expect(signed).toContain('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    expect((signed.match(/<ds:Reference /g) ?? []).length).toBe(3);
    expect(xmlsecVerify(signed)).toBe(true);
    expect(xmlsecVerify(signed.replace('DATA_FOUND', 'NO_RESULT'))).toBe(false);
  });

  it('carries the emulator certificate, issued by the test CA', () => {
    const token = signReplyIfEnabled(app, reply).match(/<wsse:BinarySecurityToken[^>]*>([^<]+)</)![1];
    const facts = certificateFacts(pemOfBase64(token));
    expect(facts.fingerprint).toBe(certificateFacts(emulatorCredentials(app).certPem).fingerprint);
    const openssl = execFileSync('openssl', ['x509', '-noout', '-issuer'], { input: pemOfBase64(token) }).toString();
    expect(openssl).toContain('KSZ-BCSS emulator test CA');
    expect(testCa(app).certPem).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('leaves replies unsigned when the option is off', () => {
    app.config.signResponses = false;
    try {
      expect(signReplyIfEnabled(app, reply)).toBe(reply);
    } finally {
      app.config.signResponses = true;
    }
  });
});
