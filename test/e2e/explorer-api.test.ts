import { startEmulator, TestEmulator, GENT } from '../helpers/emulator';
import { basicAuth, post } from '../helpers/http';
import { validateAgainst, validateNewStyleBody } from '../helpers/xsd';
import { SSIN } from '../../fixtures/personas';
import { SERVICES } from '../../src/services/registry';
import { CATALOG, coverage } from '../../src/explorer/catalog';
import { contractOf, serviceKey } from '../../src/explorer/model';
import { buildSample } from '../../src/explorer/samples';
import { sampleOfPattern } from '../../src/explorer/pattern';
import { servedCatalogRows } from '../../src/pipeline/channels';

/**
 * The explorer's JSON (what the page shows) and its sample requests: every operation of every
 * registered service gets a sample that xmllint finds valid against the service's own XSD.
 */
async function json<T = any>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as T };
}

const R09_V2 = 'R09-RetrieveTIGroupsService-v2';
const R09_PATH = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';

describe('explorer API', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  it('serves the page at / and its assets, no CDN', async () => {
    const res = await fetch(`${emu.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('#') && !u.startsWith('data:'));
    expect(assets.every((u) => u.startsWith('/'))).toBe(true);
    for (const asset of assets.filter((u) => u.startsWith('/_explorer/'))) expect((await fetch(`${emu.url}${asset}`)).status).toBe(200);
  });

  it('the catalog lists every registered service and counts the catalogue rows offered', async () => {
    expect(CATALOG).toHaveLength(85);
    const { body } = await json(`${emu.url}/_explorer/api/catalog`);
    expect(body.coverage).toEqual({ offered: coverage(servedCatalogRows()).offered, total: 85 });
    expect(body.coverage.offered).toBe(new Set(servedCatalogRows()).size);
    // A notification flow is a row too, served once it is routed and delivered.
    expect(body.rows.find((r: any) => r.id === 'N01').offered).toBe(true);
    expect(body.services.map((s: any) => s.key).sort()).toEqual(SERVICES.map(serviceKey).sort());
    const r09 = body.services.find((s: any) => s.key === R09_V2);
    expect(r09).toEqual(
      expect.objectContaining({ id: 'R09', family: 'R', source: 'RR', style: 'new', contract: 'public', version: 'v2', endpoint: `${emu.url}${R09_PATH}`, wsdl: `${emu.url}${R09_PATH}?wsdl` }),
    );
    expect(body.rows.filter((r: any) => !r.offered).length).toBe(CATALOG.length - body.coverage.offered);
  });

  it('a service page gives operations, contract files with their elements, and the element trees', async () => {
    const { body } = await json(`${emu.url}/_explorer/api/services/${R09_V2}`);
    expect(body.operations).toEqual([expect.objectContaining({ name: 'retrieveTI', soapAction: 'http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI' })]);
    expect(body.files.map((f: any) => f.path)).toEqual(expect.arrayContaining(['R09-RetrieveTIGroupsService/v2/RetrieveTIGroupsV2.wsdl', 'common/v3/CommonV3.xsd']));
    for (const f of body.files) expect((await fetch(f.url)).status).toBe(200);

    const op = body.operations[0];
    const tree = (await json(`${emu.url}/_explorer/api/services/${R09_V2}/tree?ns=${encodeURIComponent(op.request.ns)}&name=${op.request.name}`)).body;
    const search = tree.children.find((c: any) => c.name === 'searchInformation');
    const ssin = search.children.find((c: any) => c.name === 'ssin');
    expect(ssin).toEqual(expect.objectContaining({ min: 1, max: 1, ns: '' }));
    expect(ssin.simple.base).toBe('string');
    expect(tree.children.find((c: any) => c.name === 'informationCBSS')).toEqual(expect.objectContaining({ min: 0, max: 1 }));
  });

  it('a service page shows the code lists of its contract (P14: the modelled motivation and error codes); one without has none', async () => {
    const { body } = await json(`${emu.url}/_explorer/api/services/P14-PcsaAlertReaction-v1`);
    expect(body.codeLists.map((l: any) => [l.title, l.codes.length])).toEqual([['Motivation codes (MODELLED)', 6], ['Errors of a motivationResponse (MODELLED)', 6]]);
    expect(body.codeLists[1].codes[0]).toEqual({ code: 'PAR00001', meaning: expect.stringMatching(/Unknown alert/) });
    expect((await json(`${emu.url}/_explorer/api/services/${R09_V2}`)).body.codeLists).toEqual([]);
  });

  it('a classic service page shows its request element with qualified children', async () => {
    const key = serviceKey(SERVICES.find((s) => s.id === 'R02')!);
    const { body } = await json(`${emu.url}/_explorer/api/services/${key}`);
    expect(body.operations.map((o: any) => o.name)).toEqual(['REGISTER', 'UNREGISTER', 'LIST']);
    const tree = (await json(`${emu.url}/_explorer/api/services/${key}/tree?ns=${encodeURIComponent(body.operations[0].request.ns)}&name=ManageAccessRequest`)).body;
    const action = tree.children.find((c: any) => c.name === 'Action');
    expect(action.simple.enumeration).toEqual(['REGISTER', 'UNREGISTER', 'LIST']);
    expect(action.ns).toBe('http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess');
  });

  it('every operation of every registered service gets a sample request that is valid against its XSD (xmllint)', () => {
    for (const service of SERVICES) {
      for (const op of contractOf(service).operations) {
        const sample = buildSample(emu.app, service, op.name, { ssin: SSIN.standard, cbe: GENT.org.cbe_number, role: 'SOCIAL_WORKER' });
        try {
          if (service.style === 'new') validateNewStyleBody(sample.document, service.wsdl);
          else validateAgainst(sample.payload, service.xsd[0]);
        } catch (e) {
          throw new Error(`${service.id} ${service.name} ${op.name}: ${(e as Error).message}\n${sample.document}`);
        }
      }
    }
  });

  it('the sample of R09 answers DATA_FOUND for the standard persona through the real pipeline', async () => {
    const { body } = await json(`${emu.url}/_explorer/api/services/${R09_V2}/sample?operation=retrieveTI&ssin=${SSIN.standard}&org=${GENT.org.cbe_number}&role=SOCIAL_WORKER`);
    expect(body.check.ok).toBe(true);
    expect(body.send).toEqual(expect.objectContaining({ style: 'new', path: R09_PATH, basicAuth: { username: GENT.credential.username, password: GENT.credential.password } }));
    const res = await post(`${emu.url}${R09_PATH}`, body.document, basicAuth(body.send.basicAuth.username, body.send.basicAuth.password));
    expect(res.status).toBe(200);
    expect(res.body).toContain('<value>DATA_FOUND</value>');
  });

  it('validate answers the XPath of each error', async () => {
    const { body: sample } = await json(`${emu.url}/_explorer/api/services/${R09_V2}/sample?operation=retrieveTI`);
    const broken = sample.document.replace(/<ssin>\d+<\/ssin>/, '<ssin>12</ssin><colour>blue</colour>');
    const { body } = await json(`${emu.url}/_explorer/api/validate`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: broken });
    expect(body.ok).toBe(false);
    const xpaths = body.parts.flatMap((p: any) => p.errors.map((e: any) => e.xpath));
    expect(xpaths).toEqual(expect.arrayContaining([expect.stringMatching(/searchInformation\/ssin$/), expect.stringMatching(/searchInformation\/colour$/)]));
    expect((await json(`${emu.url}/_explorer/api/validate`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: sample.document })).body.ok).toBe(true);
  });

  it('the journal view finds an exchange by ticket, explains its refusal, and shows its request and reply', async () => {
    const { body: sample } = await json(`${emu.url}/_explorer/api/services/${R09_V2}/sample?operation=retrieveTI&ssin=${SSIN.notIntegrated}&org=${GENT.org.cbe_number}`);
    const res = await post(`${emu.url}${R09_PATH}`, sample.document, basicAuth(GENT.credential.username, GENT.credential.password));
    const ticket = res.body.match(/<ticketCBSS>([^<]+)<\/ticketCBSS>/)![1];
    const { body: rows } = await json(`${emu.url}/_explorer/api/journal?ticket=${ticket}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(expect.objectContaining({ decision: 'DENY', failed_step: 'finality', code: 'MSG00012', bodiesKept: true }));
    expect(rows[0].codeText.description).toBe('The SSIN is not sufficiently integrated for your organization');
    expect(rows[0].stepText).toMatch(/^Finality/);
    const { body: detail } = await json(`${emu.url}/_explorer/api/journal/${rows[0].id}`);
    expect(detail.request).toBe(sample.document);
    expect(detail.reply).toBe(res.body);

    const { body: newer } = await json(`${emu.url}/_explorer/api/journal?after=${rows[0].id}`);
    expect(newer).toEqual([]);
    const { body: denied } = await json(`${emu.url}/_explorer/api/journal?decision=DENY&ssin=${SSIN.notIntegrated}`);
    expect(denied.map((r: any) => r.ticket)).toContain(ticket);
  });

  it('writes a value for the usual XSD patterns', () => {
    for (const pattern of ['\\d{10}', '[0-9]{2}-[A-Z]{3}', '\\p{N}{11}', '(BE|NL)[0-9]{4}', '[\\da-fA-F]{8}-[\\da-fA-F]{4}', '[^0-9]{3}', 'x?y+z*']) {
      const value = sampleOfPattern(pattern);
      expect(value).toBeDefined();
      expect(new RegExp(`^(?:${pattern.replace(/\\p\{N\}/g, '\\d')})$`, 'u').test(value!)).toBe(true);
    }
  });
});
