import * as http from 'http';
import { gzipSync } from 'zlib';
import { startEmulator, TestEmulator, GENT } from '../helpers/emulator';
import { basicAuth, bodyRoot, faultOf, post, soapEnvelope } from '../helpers/http';
import { CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, summaryOf } from '../helpers/ssdn';
import { child, text } from '../../src/xml/node';
import { validateAgainst } from '../helpers/xsd';

const R01 = '/SOA4520/TestConnectionServiceService/sendTestMessage';
const R09 = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';
const R01_NS = 'http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1';

/** Every kind of bad input gets a KSZ-shaped answer, never a stack trace, and the emulator keeps serving. */
describe('bad input on both channels', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator({ bodyLimit: 64 * 1024 })));
  afterAll(() => emu.close());

  /** A POST whose body the test writes itself (chunked: no Content-Length). */
  const rawPost = (path: string, write: (req: http.ClientRequest) => void) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${emu.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      // The server may answer and close before the whole body is written.
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'EPIPE' || (e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
      write(req);
    });

  const stillServes = async () => {
    const res = await post(`${emu.url}${R01}`, soapEnvelope(`<t:sendTestMessageRequest xmlns:t="${R01_NS}"><echo>alive</echo></t:sendTestMessageRequest>`));
    expect(res.status).toBe(200);
  };

  const cases: [string, string, string][] = [
    ['malformed XML', R01, '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><x></soapenv:Body>'],
    ['an external entity', R01, '<?xml version="1.0"?><!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]><e>&x;</e>'],
    ['an entity-expansion bomb', CONNECTOR, '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>'],
    ['a document that is not a SOAP envelope', R01, '<hello/>'],
    ['an envelope without Body', R01, '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header/></s:Envelope>'],
    ['an empty body', CONNECTOR, ''],
  ];

  it.each(cases)('answers %s with a soapenv:Client fault', async (_name, path, body) => {
    const res = await post(`${emu.url}${path}`, body);
    expect(res.status).toBe(500);
    const fault = faultOf(res.body);
    expect(fault.code).toBe('soapenv:Client');
    expect(res.body).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
    await stillServes();
  });

  it('answers a SOAP 1.2 envelope with VersionMismatch', async () => {
    const res = await post(`${emu.url}${R01}`, `<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body><t:sendTestMessageRequest xmlns:t="${R01_NS}"><echo>x</echo></t:sendTestMessageRequest></e:Body></e:Envelope>`, { 'Content-Type': 'application/soap+xml' });
    expect(faultOf(res.body).code).toBe('soapenv:VersionMismatch');
  });

  it('answers a body over the limit with HTTP 413 and a fault', async () => {
    const res = await post(`${emu.url}${R01}`, soapEnvelope(`<t:sendTestMessageRequest xmlns:t="${R01_NS}"><echo>${'x'.repeat(70 * 1024)}</echo></t:sendTestMessageRequest>`));
    expect(res.status).toBe(413);
    expect(faultOf(res.body).string).toMatch(/limit/);
    await stillServes();
  });

  it('answers a chunked body that grows over the limit with HTTP 413 (no Content-Length to go by)', async () => {
    const big = soapEnvelope(`<t:sendTestMessageRequest xmlns:t="${R01_NS}"><echo>${'x'.repeat(70 * 1024)}</echo></t:sendTestMessageRequest>`);
    const reply = await rawPost(R01, (req) => {
      for (let i = 0; i < big.length; i += 8192) req.write(big.slice(i, i + 8192));
      req.end();
    });
    expect(reply.status).toBe(413);
    expect(faultOf(reply.body).string).toMatch(/limit/);
    await stillServes();
  });

  it('reads compressed bodies and bodies in another charset (the Express route behind the fast path)', async () => {
    const echo = (body: string) => text(child(bodyRoot(body), 'echo'));
    const envelope = soapEnvelope(`<t:sendTestMessageRequest xmlns:t="${R01_NS}"><echo>café zeker</echo></t:sendTestMessageRequest>`).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const latin1 = await fetch(`${emu.url}${R01}`, { method: 'POST', body: Buffer.from(envelope, 'latin1'), headers: { 'Content-Type': 'text/xml; charset=ISO-8859-1' } });
    expect(latin1.status).toBe(200);
    expect(echo(await latin1.text())).toBe('café zeker');
    const gzipped = await fetch(`${emu.url}${R01}`, {
      method: 'POST',
      body: gzipSync(Buffer.from(envelope.replace('ISO-8859-1', 'UTF-8'), 'utf8')),
      headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Content-Encoding': 'gzip' },
    });
    expect(gzipped.status).toBe(200);
    expect(echo(await gzipped.text())).toBe('café zeker');
  });

  it('answers an unknown path with a 404 fault naming the admin list', async () => {
    const res = await post(`${emu.url}/SOA4520/NoSuchService/v1/consult`, soapEnvelope('<x/>'));
    expect(res.status).toBe(404);
    expect(faultOf(res.body).string).toMatch(/_admin\/services/);
  });

  it('answers an unknown body element (or the right name in a wrong namespace) with the CBSSFault its WSDL declares, MSG00004', async () => {
    const R09_NS = 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2';
    for (const body of [`<t:noSuchRequest xmlns:t="${R09_NS}"/>`, `<t:retrieveTIGroupsRequest xmlns:t="urn:wrong"/>`]) {
      const res = await post(`${emu.url}${R09}`, soapEnvelope(body));
      const fault = faultOf(res.body);
      expect(fault.code).toBe('soapenv:Client');
      expect(fault.detail?.local).toBe('retrieveTIGroupsFault');
      expect(res.body).toContain('<reasonCode>MSG00004</reasonCode>');
    }
  });

  it('gives TestConnectionService faults no detail, as its WSDL declares no fault', async () => {
    for (const body of [`<t:noSuchRequest xmlns:t="${R01_NS}"/>`, `<t:sendTestMessageRequest xmlns:t="urn:wrong"><echo>x</echo></t:sendTestMessageRequest>`]) {
      const res = await post(`${emu.url}${R01}`, soapEnvelope(body));
      const fault = faultOf(res.body);
      expect(fault.code).toBe('soapenv:Client');
      expect(fault.string).toMatch(/Unknown body element/);
      expect(fault.detail).toBeUndefined();
    }
  });

  it('answers a new-style call without or with wrong credentials with HTTP 401', async () => {
    const req = soapEnvelope(`<v2:retrieveTIGroupsRequest xmlns:v2="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2"/>`);
    const none = await post(`${emu.url}${R09}`, req);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    const wrong = await post(`${emu.url}${R09}`, req, basicAuth(GENT.credential.username, 'not-the-password'));
    expect(wrong.status).toBe(401);
  });

  it('accepts the SSDN document escaped or in CDATA, and answers an unknown ServiceId in its ServiceReply', async () => {
    for (const mode of ['escaped', 'cdata'] as const) {
      const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: 'NoSuchService', version: '20990101', payload: '<x xmlns="urn:x"/>' }]), mode));
      expect(res.status).toBe(200);
      const { xml, root } = ssdnReplyOf(res.body);
      validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
      const context = summaryOf(child(child(root, 'ReplyContext'), 'ResultSummary'));
      expect(context).toMatchObject({ ok: 'NO', returnCode: '10000' });
      expect(context.details[0].reasonCode).toBe('30000001');
      const [reply] = serviceReplies(root);
      expect(reply.summary.ok).toBe('NO');
      expect(reply.summary.details[0].information.map((i) => i.name)).toEqual(['ServiceId', 'Version']);
      expect(reply.serviceId).toBe('NoSuchService');
      expect(reply.payload).toBeUndefined();
    }
  });

  it('uses the prefixes real replies use: ns1 in ReplyContext, ns2 in ServiceReply', async () => {
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: 'X', version: '20000101', payload: '' }])));
    const { xml } = ssdnReplyOf(res.body);
    expect(xml).toMatch(/<ReplyContext><ns1:ResultSummary xmlns:ns1="http:\/\/www\.ksz-bcss\.fgov\.be\/XSD\/SSDN\/Common"/);
    expect(xml).toMatch(/<ServiceReply><ns2:ResultSummary xmlns:ns2="http:\/\/www\.ksz-bcss\.fgov\.be\/XSD\/SSDN\/Common"/);
    expect(xml).toMatch(/<Ticket>[A-Z0-9]{15}<\/Ticket>/);
    expect(xml).toMatch(/<TimeReceive>\d{8}T\d{6}<\/TimeReceive>/);
  });

  it('refuses an unknown AuthorizedUser on every ServiceRequest with 39000015, echoing the user', async () => {
    for (const user of [{ ...GENT_USER, UserID: '00000000097' }, { ...GENT_USER, OrgUnit: '0123456749' }, { ...GENT_USER, MatrixID: '12' }, { ...GENT_USER, Email: 'x@y.z' }]) {
      const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: 'A', version: '20050930', payload: '' }, { serviceId: 'B', version: '20050930', payload: '' }], user)));
      const { root } = ssdnReplyOf(res.body);
      const replies = serviceReplies(root);
      expect(replies).toHaveLength(2);
      for (const r of replies) expect(r.summary.details[0].reasonCode).toBe('39000015');
      expect(child(child(root, 'ReplyContext'), 'AuthorizedUser')).toBeDefined();
    }
  });

  it('answers an SSDN document that is not well-formed in the SSDNReply, not with a fault', async () => {
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml('<SSDNRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service"><RequestContext>'));
    expect(res.status).toBe(200);
    const { root } = ssdnReplyOf(res.body);
    const context = summaryOf(child(child(root, 'ReplyContext'), 'ResultSummary'));
    expect(context.ok).toBe('NO');
    expect(context.details[0].diagnostic).toMatch(/well-formed/);
  });

  it('answers an xmlString in the wrong namespace with a fault', async () => {
    const res = await post(`${emu.url}${CONNECTOR}`, soapEnvelope('<xmlString xmlns="urn:wrong">x</xmlString>'));
    expect(faultOf(res.body).code).toBe('soapenv:Client');
    expect(bodyRoot(res.body).local).toBe('Fault');
  });

  it('journals refused exchanges too', async () => {
    await post(`${emu.url}${R09}`, soapEnvelope('<x/>'));
    const journal = (await (await fetch(`${emu.url}/_admin/journal?service=R09`)).json()) as { decision: string; http_status: number }[];
    expect(journal.length).toBeGreaterThan(0);
    expect(journal.some((j) => j.decision !== 'ALLOW')).toBe(true);
  });
});
