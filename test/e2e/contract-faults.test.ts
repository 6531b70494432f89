import * as fs from 'fs';
import * as path from 'path';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, faultOf, post, soapEnvelope } from '../helpers/http';
import { CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, summaryOf } from '../helpers/ssdn';
import { extractWsdlSchema, validateAgainst, validateNewStyleBody } from '../helpers/xsd';
import { SSIN } from '../../fixtures/personas';
import { classicServices, newStyleServices } from '../../src/services/registry';
import type { ClassicService, NewStyleOperation, NewStyleService } from '../../src/services/types';
import { buildSample } from '../../src/explorer/samples';
import { SEND_XML_ACTION } from '../../src/soap/ssdn';
import { PROJECT_ROOT } from '../../src/paths';
import { child, childText, elements } from '../../src/xml/node';

/**
 * The contract rule of issue #10, for every service of the registry (new style and classic), so a
 * service added later is covered without a line here:
 * - every SOAP fault a service gives carries the fault detail its WSDL declares, valid against the
 *   published schema, or no detail at all when the WSDL declares none (TestConnectionService, the
 *   classic connector); authentication answers HTTP 401 with a fault without detail, before any
 *   service contract applies;
 * - every request the published schema accepts (the explorer's sample request of each operation,
 *   and the same with an SSIN whose check digits are wrong) is answered, or refused with a business
 *   code the documentation names (README.md, docs/services/<ID>.md, docs/security.md), and the
 *   reply is valid against the published schema;
 * - the requests that provoke refusals (an unknown body element, a malformed or missing head, bad
 *   credentials) get a fault or a reply of the same kinds.
 * Validation is xmllint's (libxml2-utils), independent of the emulator's own validator.
 */

const NEW = newStyleServices();
const CLASSIC = classicServices();
const label = (s: NewStyleService | ClassicService) => `${s.id} ${s.name} ${s.version}`;

/** XSD-valid SSINs (11 digits, check digits 00-97) that fail the check-digit test: the SSIN structure check. */
const BAD_CHECK_DIGITS = SSIN.standard.slice(0, 9) + String((Number(SSIN.standard.slice(9)) + 1) % 98).padStart(2, '0');
const SSDN_REQUEST_XSD = 'ssdn/Service/SSDNRequest.xsd';
const SSDN_REPLY_XSD = 'ssdn/Service/SSDNReply.xsd';

/**
 * Every code the documentation names for a service: the README's tables, its page, the security
 * page; for a contract with its own status codes (Cadnet's ownStatus), those its page names.
 */
function documentedCodes(id: string, statusCodes: readonly string[] = []): Set<string> {
  const files = ['README.md', `docs/services/${id}.md`, 'docs/security.md'].map((f) => path.join(PROJECT_ROOT, f)).filter((f) => fs.existsSync(f));
  const codes = new Set<string>();
  for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(/\b(?:[A-Z]{2,4}\d{5,6}|\d{8})\b/g)) codes.add(m[0]);
  const page = path.join(PROJECT_ROOT, `docs/services/${id}.md`);
  const pageText = fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : '';
  for (const code of statusCodes) if (new RegExp(`\\b${code}\\b`).test(pageText)) codes.add(code);
  return codes;
}

const MALFORMED_HEAD =
  '<informationCustomer><ticket>a-ticket-of-more-than-thirty-six-characters-which-no-contract-allows</ticket>' +
  '<timestampSent>yesterday</timestampSent><customerIdentification><cbeNumber>not-a-number</cbeNumber></customerIdentification></informationCustomer>';
const GOOD_HEAD = `<informationCustomer><ticket>contract-test</ticket><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>`;

describe('every fault is declared and valid, every valid request is answered with a documented code', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  afterEach(() => {
    emu.app.clock.reset();
    emu.app.reset();
  });

  // ------------------------------------------------------------------------------ new style

  describe.each(NEW.map((s): [string, NewStyleService] => [label(s), s]))('%s', (_label, service) => {
    const codes = documentedCodes(service.id, service.ownStatus?.codes);
    /** What a refusal's status says: NO_RESULT, or the contract's own refusal code (Cadnet). */
    const REFUSED_BY_SERVICE = service.ownStatus?.refusal ?? service.statusValues?.refusal ?? 'NO_RESULT';
    /** An operation may answer StatusOkType where its service's others answer CommonV3's status (X07's acknowledgement). */
    const refusedBy = (op?: NewStyleOperation) => op?.statusValues?.refusal ?? REFUSED_BY_SERVICE;
    const auth = () => {
      if (service.authentication === 'none') return {};
      const c = emu.app.directory.credentials(GENT.org.cbe_number).find((x) => x.role === 'SOCIAL_WORKER')!;
      return basicAuth(c.username, c.password);
    };
    const send = (document: string, op?: NewStyleOperation, headers = auth()) =>
      post(`${emu.url}${service.path}`, document, { ...(op ? { SOAPAction: op.soapAction } : {}), ...headers });

    /**
     * A reply to a new-style request: a declared, valid fault, or a valid reply whose status code is
     * documented. Returns the status value ('FAULT' for a fault).
     */
    function expectContractReply(res: { status: number; body: string }, what: string, op?: NewStyleOperation): string | undefined {
      const root = bodyRoot(res.body);
      if (root.local === 'Fault') {
        expectDeclaredFault(res, what, op);
        return 'FAULT';
      }
      expect([what, res.status]).toEqual([what, 200]);
      expect([what, root.ns, op ? root.local : 'a response']).toEqual([what, service.namespace, op ? op.responseElement : 'a response']);
      validateNewStyleBody(res.body, service.wsdl);
      const code = childText(root, 'status', 'code');
      // TestConnectionService answers without a status block.
      if (code !== undefined) expect([what, code, codes.has(code)]).toEqual([what, code, true]);
      return service.ownStatus ? code : childText(root, 'status', 'value');
    }

    /** A fault: the detail the WSDL declares (valid, with a documented reasonCode), or none where it declares none. */
    function expectDeclaredFault(res: { status: number; body: string }, what: string, op?: NewStyleOperation): void {
      const fault = faultOf(res.body);
      const declared = op?.faultElement ?? service.faultElement;
      if (!declared || res.status === 401) {
        expect([what, fault.detail?.local]).toEqual([what, undefined]);
        return;
      }
      expect([what, fault.detail?.ns, fault.detail?.local]).toEqual([what, service.namespace, declared]);
      const detailText = res.body.match(/<detail>([\s\S]*)<\/detail>/)![1];
      validateAgainst(detailText, extractWsdlSchema(service.wsdl));
      const messages = elements(fault.detail!).filter((e) => e.local === (service.faultListName ?? 'detail'));
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect([what, childText(m, 'reasonCode'), codes.has(childText(m, 'reasonCode') ?? '')]).toEqual([what, childText(m, 'reasonCode'), true]);
    }

    const unknownElement = (content: string) => soapEnvelope(`<x:noSuchRequest xmlns:x="${service.namespace}">${content}</x:noSuchRequest>`);

    test.each([
      ['an unknown body element with a readable head', unknownElement(GOOD_HEAD)],
      ['an unknown body element without any head', unknownElement('')],
      ['an unknown body element with a malformed head', unknownElement(MALFORMED_HEAD)],
      ['a request element in another namespace', soapEnvelope(`<x:${service.operations[0].requestElement} xmlns:x="urn:not-this-service">${GOOD_HEAD}</x:${service.operations[0].requestElement}>`)],
    ])('%s: a declared, valid fault (or none where the WSDL declares none)', async (what, document) => {
      const res = await send(document);
      expect([what, res.status]).toEqual([what, 500]);
      expectDeclaredFault(res, what);
    });

    describe.each(service.operations.map((op): [string, NewStyleOperation] => [op.name, op]))('%s', (_name, op) => {
      const sample = (ssin = SSIN.standard) => buildSample(emu.app, service, op.name, { ssin, cbe: GENT.org.cbe_number, role: 'SOCIAL_WORKER' }).document;

      test('the sample request is valid against the published schema and answered with a valid reply and a documented code', async () => {
        const document = sample();
        validateNewStyleBody(document, service.wsdl);
        expectContractReply(await send(document, op), 'sample', op);
      });

      test('an SSIN with wrong check digits (valid for the schema): a valid refusal with a documented code', async () => {
        const document = sample(BAD_CHECK_DIGITS);
        if (!document.includes(BAD_CHECK_DIGITS)) return; // the request names no person
        validateNewStyleBody(document, service.wsdl);
        expect(expectContractReply(await send(document, op), 'bad check digits', op)).toBe(refusedBy(op));
      });

      test('a malformed head, or none: a declared fault or a valid reply with a documented code', async () => {
        const document = sample();
        if (!document.includes('<informationCustomer>')) return; // the contract has no head (TestConnectionService)
        const head = /<informationCustomer>[\s\S]*<\/informationCustomer>/;
        for (const [what, replacement] of [['malformed head', MALFORMED_HEAD], ['no head', '']]) {
          expect([what, expectContractReply(await send(document.replace(head, replacement), op), what, op)]).toEqual([what, refusedBy(op)]);
        }
      });

      test('bad credentials: HTTP 401, a fault without detail', async () => {
        if (service.authentication === 'none') return;
        const res = await send(sample(), op, basicAuth(GENT.credential.username, 'not-the-password'));
        expect(res.status).toBe(401);
        expectDeclaredFault(res, 'bad credentials', op);
      });
    });
  });

  // ------------------------------------------------------------------------------ classic

  describe('the classic connector', () => {
    test('an unknown body element: a fault without detail (the connector WSDL declares none)', async () => {
      const res = await post(`${emu.url}${CONNECTOR}`, soapEnvelope('<c:noSuchElement xmlns:c="http://ksz-bcss.fgov.be/connectors/WebServiceConnector"/>'), { SOAPAction: SEND_XML_ACTION });
      expect(res.status).toBe(500);
      expect(faultOf(res.body).detail).toBeUndefined();
    });

    test('an xmlString that is no SSDN request: a valid SSDNReply with a documented code', async () => {
      const res = await post(`${emu.url}${CONNECTOR}`, sendXml('<not-ssdn/>'), { SOAPAction: SEND_XML_ACTION });
      expect(res.status).toBe(200);
      const { xml, root } = ssdnReplyOf(res.body);
      validateAgainst(xml, SSDN_REPLY_XSD);
      const codes = documentedCodes('');
      for (const d of summaryOf(child(child(root, 'ReplyContext'), 'ResultSummary')).details) expect([d.reasonCode, codes.has(d.reasonCode ?? '')]).toEqual([d.reasonCode, true]);
    });
  });

  describe.each(CLASSIC.map((s): [string, ClassicService] => [label(s), s]))('%s', (_label, service) => {
    const codes = documentedCodes(service.id);
    const replyPayload = new RegExp(`<ns3:${service.replyElement}[\\s\\S]*</ns3:${service.replyElement}>`);

    /** Sends an SSDN document; the SSDNReply and its payload must be valid, every ReasonCode documented. Returns the ServiceReply's ok. */
    async function expectContractReply(ssdn: string, what: string): Promise<string | undefined> {
      const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdn.replace(/^<\?xml[^>]*>\s*/, '')), { SOAPAction: SEND_XML_ACTION });
      expect([what, res.status]).toEqual([what, 200]);
      const { xml, root } = ssdnReplyOf(res.body);
      validateAgainst(xml, SSDN_REPLY_XSD);
      const payload = xml.match(replyPayload);
      if (payload) validateAgainst(payload[0], service.xsd[1]);
      const summaries = [summaryOf(child(child(root, 'ReplyContext'), 'ResultSummary')), ...serviceReplies(root).map((r) => r.summary)];
      for (const d of summaries.flatMap((s) => s.details)) expect([what, d.reasonCode, codes.has(d.reasonCode ?? '')]).toEqual([what, d.reasonCode, true]);
      return summaries[1]?.ok;
    }

    const payloadOf = (payload: string, user = GENT_USER) => ssdnRequest([{ serviceId: service.serviceId, version: service.version, payload }], user);

    test('an unknown request element in the ServiceRequest: a valid SSDNReply with a documented code', async () => {
      expect(await expectContractReply(payloadOf(`<x:NoSuchRequest xmlns:x="${service.namespace}"/>`), 'unknown request element')).toBe('NO');
      expect(await expectContractReply(payloadOf(`<x:${service.requestElement} xmlns:x="urn:not-this-service"/>`), 'request element in another namespace')).toBe('NO');
    });

    describe.each(service.operations.map((op): [string, string] => [op, op]))('%s', (_name, operation) => {
      const sample = (ssin = SSIN.standard) => buildSample(emu.app, service, operation, { ssin, cbe: GENT.org.cbe_number, role: 'SOCIAL_WORKER' });

      test('the sample request is valid against the published schemas and answered with a valid reply and documented codes', async () => {
        const { document, payload } = sample();
        validateAgainst(document, SSDN_REQUEST_XSD);
        validateAgainst(payload, service.xsd[0]);
        await expectContractReply(document, 'sample');
      });

      test('an SSIN with wrong check digits (valid for the schema): a valid refusal with a documented code', async () => {
        const { document, payload } = sample(BAD_CHECK_DIGITS);
        if (!payload.includes(BAD_CHECK_DIGITS)) return; // the request names no person
        validateAgainst(payload, service.xsd[0]);
        expect(await expectContractReply(document, 'bad check digits')).toBe('NO');
      });

      test('a malformed AuthorizedUser, or an unknown one: a valid SSDNReply with a documented code', async () => {
        const { document } = sample();
        const user = /<AuthorizedUser>[\s\S]*<\/AuthorizedUser>/;
        expect(await expectContractReply(document.replace(user, '<AuthorizedUser><UserID>not-a-user</UserID></AuthorizedUser>'), 'malformed AuthorizedUser')).toBe('NO');
        expect(await expectContractReply(document.replace(/<UserID>[^<]*<\/UserID>/, '<UserID>00000000097</UserID>'), 'unknown user')).toBe('NO');
      });
    });
  });
});
