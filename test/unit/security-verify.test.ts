import { AppContext, createAppContext } from '../../src/app';
import { resolveConfig } from '../../src/config';
import { readEnvelope } from '../../src/soap/envelope';
import { Findings, SecurityFinding } from '../../src/security/faults';
import { verifySignedMessage } from '../../src/security/verify';
import { organisationCredentials, signSoapEnvelope } from '../../src/security';
import { KeyAndCertificate } from '../../src/security/certificates';
import { SignOptions } from '../../src/security/sign';
import { soapEnvelope } from '../helpers/http';
import { GENT } from '../helpers/emulator';
import { firstSecurityFinding } from '../helpers/security';

/** The checks of src/security/verify.ts one by one, without HTTP. */
describe('WS-Security verification', () => {
  let app: AppContext;
  let gent: KeyAndCertificate;
  const body = `<x:ping xmlns:x="urn:test"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer></x:ping>`;

  beforeAll(() => {
    app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 20 }));
    gent = organisationCredentials(app, GENT.org.cbe_number)!;
  });
  afterAll(() => app.close());

  const sign = (options: SignOptions = {}) => signSoapEnvelope(soapEnvelope(body), gent, { created: app.clock.now(), ...options });

  const firstFinding = (xml: string) => firstSecurityFinding(app, xml);

  /** Lenient mode: every failed check. */
  function allFindings(xml: string): SecurityFinding[] {
    const findings = new Findings(false);
    verifySignedMessage(app, xml, readEnvelope(xml, { maxBytes: 1e6, maxDepth: 200 }), findings);
    return findings.list;
  }

  it('passes a correctly signed message and identifies the organisation', () => {
    const xml = sign();
    const result = verifySignedMessage(app, xml, readEnvelope(xml, { maxBytes: 1e6, maxDepth: 200 }), new Findings(true));
    expect(result.organisation?.cbe_number).toBe(GENT.org.cbe_number);
    expect(result.registration?.role).toBe('SOCIAL_WORKER');
  });

  it('checks that the Body the handler reads is the Body that was verified, without refusing character references', () => {
    const withRefs = signSoapEnvelope(soapEnvelope(body.replace('</x:ping>', '<name>Ren&#233; &#x41;</name></x:ping>')), gent, { created: app.clock.now() });
    expect(firstFinding(withRefs)).toBeUndefined();
    // The pipeline's parser and xmldom disagreeing about the Body is refused.
    const xml = sign();
    const message = readEnvelope(xml, { maxBytes: 1e6, maxDepth: 200 });
    message.bodyRoot = { ...message.bodyRoot, local: 'other' };
    expect(() => verifySignedMessage(app, xml, message, new Findings(true))).toThrow(/differs from the Body that was checked/);
  });

  it('refuses inclusive C14N and other digest methods as UnsupportedAlgorithm, before the signature check', () => {
    const inclusive = sign().replace(
      /<ds:CanonicalizationMethod Algorithm="[^"]+"/,
      '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"',
    );
    expect(firstFinding(inclusive)).toEqual({ fault: 'UNSUPPORTED_ALGORITHM', reason: expect.stringMatching(/only exclusive C14N/) });
    const sha512 = sign().replace(/xmlenc#sha256/, 'xmlenc#sha512');
    expect(firstFinding(sha512)?.fault).toBe('UNSUPPORTED_ALGORITHM');
  });

  it('refuses a token that is not an X.509 v3 certificate, and a reference that is not "#id"', () => {
    const valueType = sign().replace(/ValueType="[^"]*#X509v3"/, 'ValueType="urn:other"');
    expect(firstFinding(valueType)).toEqual({ fault: 'INVALID_SECURITY', reason: expect.stringMatching(/ValueType/) });
    const wholeDocument = sign().replace(/<ds:Reference URI="#Body-[^"]+"/, '<ds:Reference URI=""');
    expect(firstFinding(wholeDocument)).toEqual({ fault: 'INVALID_SECURITY', reason: expect.stringMatching(/must point at an element by its Id/) });
  });

  it('reads a Timestamp without time zone as UTC, and refuses one without Expires', () => {
    const now = app.clock.now();
    const local = sign({ created: now }).replace(/(<wsu:Created>[^<]+)Z</, '$1<');
    // The Created text changed, so the digest breaks, but the window itself is accepted.
    expect(allFindings(local).map((f) => f.fault)).toEqual(['FAILED_CHECK']);
    const noExpires = sign().replace(/<wsu:Expires>[^<]+<\/wsu:Expires>/, '');
    expect(allFindings(noExpires).map((f) => f.fault)).toEqual(['FAILED_CHECK', 'INVALID_SECURITY']);
  });

  it('lenient mode collects every failed check instead of stopping at the first', () => {
    const now = app.clock.now().getTime();
    const xml = sign({ algorithm: 'sha1', created: new Date(now - 20 * 60_000), expires: new Date(now - 15 * 60_000) }).replace('urn:test', 'urn:changed');
    const faults = allFindings(xml).map((f) => f.fault);
    expect(faults).toEqual(expect.arrayContaining(['UNSUPPORTED_ALGORITHM', 'FAILED_CHECK', 'MESSAGE_EXPIRED']));
  });
});
