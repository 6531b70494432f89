import * as soap from 'soap';
import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { post } from '../helpers/http';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, Summary } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { parseXml } from '../../src/xml/parse';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/ReferenceManagerFacade';
const COMMON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';
const SERVICE = { serviceId: 'ReferenceManager.consult', version: '20050525' };
const REPLY_XSD = 'R03-ReferenceManager/20050525/ReferenceManagerReply.xsd';

interface Criteria {
  ssin: string;
  start?: string;
  end?: string;
  /** [sector, ...qualityCodes] */
  combinations?: number[][];
  fetch?: string | null;
  requestor?: string;
}

/** A ReferenceManagerRequest as the PHP client writes it (QualityCodeRequestor, IntegratedPeriod, dates prefixed `common:`). */
function consult({ ssin, start = '2024-01-01', end = '2026-12-31', combinations = [], fetch = 'true', requestor = '2' }: Criteria): string {
  return (
    `<ReferenceManagerRequest xmlns="${NS}" xmlns:common="${COMMON_NS}"><ConsultOtherSectorsCriteria>` +
    `<QualityCodeRequestor>${requestor}</QualityCodeRequestor><RequestedSsin>${ssin}</RequestedSsin>` +
    `<IntegratedPeriod><common:StartDate>2025-03-01</common:StartDate><common:EndDate>2026-12-31</common:EndDate></IntegratedPeriod>` +
    `<RequestedPeriod><common:StartDate>${start}</common:StartDate><common:EndDate>${end}</common:EndDate></RequestedPeriod>` +
    combinations.map(([sector, ...codes]) => `<SectorQualityCodesCombination><Sector>${sector}</Sector>${codes.map((c) => `<QualityCodes>${c}</QualityCodes>`).join('')}</SectorQualityCodesCombination>`).join('') +
    (fetch === null ? '' : `<FetchDescriptions>${fetch}</FetchDescriptions>`) +
    `</ConsultOtherSectorsCriteria></ReferenceManagerRequest>`
  );
}

interface Consulted {
  summary: Summary;
  payload?: XmlElement;
  xml: string;
  /** sector/quality: periods as start..end */
  found: Record<string, string[]>;
}

const periodText = (p: XmlElement) => `${childText(p, 'StartDate') ?? ''}..${childText(p, 'EndDate') ?? ''}`;

function readReply(xml: string): Consulted {
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const [reply] = serviceReplies(parseXml(xml));
  expect(reply.serviceId).toBe(SERVICE.serviceId);
  expect(reply.version).toBe(SERVICE.version);
  const found: Record<string, string[]> = {};
  if (reply.payload) {
    expect(reply.payload.ns).toBe(NS);
    validateAgainst(xml.match(/<ns3:ReferenceManagerReply[\s\S]*<\/ns3:ReferenceManagerReply>/)![0], REPLY_XSD);
    for (const c of childrenNamed(child(reply.payload, 'ConsultOtherSectorsResult'), 'Consultation')) {
      found[`${childText(c, 'Sector')}/${childText(c, 'QualityCode')}`] = childrenNamed(c, 'Period').map(periodText);
    }
  }
  return { summary: reply.summary, payload: reply.payload, xml, found };
}

const adminStaff = users().find((u) => u.cbe_number === GENT.org.cbe_number && u.role === 'ADMIN_STAFF')!;
const ADMIN_USER: AuthorizedUserFields = { ...GENT_USER, UserID: adminStaff.user_id, Email: adminStaff.email };
const LIEGE_USER: AuthorizedUserFields = { ...GENT_USER, UserID: LIEGE.worker.user_id, Email: LIEGE.worker.email, OrgUnit: LIEGE.org.cbe_number };

describe('R03 ReferenceManager.consult', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    await fetch(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2026-11-22T10:00:00Z' }) });
  });
  afterAll(() => emu.close());

  async function call(criteria: Criteria, user: AuthorizedUserFields = GENT_USER): Promise<Consulted> {
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ ...SERVICE, payload: consult(criteria) }], user)));
    expect(res.status).toBe(200);
    return readReply(ssdnReplyOf(res.body).xml);
  }

  const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);
  const fieldsOf = (s: Summary) => s.details.flatMap((d) => d.information.map((i) => `${i.name}=${i.value ?? ''}`));

  it('is listed in /_admin/services as a public classic contract', async () => {
    const services = (await (await fetch(`${emu.url}/_admin/services`)).json()) as Record<string, unknown>[];
    expect(services.filter((s) => s.id === 'R03')).toEqual([
      expect.objectContaining({ name: 'ReferenceManager', style: 'classic', contract: 'public', serviceId: SERVICE.serviceId, version: SERVICE.version, operations: ['consult'] }),
    ]);
  });

  it('answers the soap client loading the connector WSDL: the family head is known at a mutuality and at RSZ', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ ...SERVICE, payload: consult({ ssin: SSIN.familyHead }) }]));
    const r = readReply(String(result));
    expect(r.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
    expect(r.found).toEqual({ '11/1': ['1998-01-20..'], '12/1': ['2003-02-01..2024-12-31'] });
    const [mutuality] = childrenNamed(child(r.payload, 'ConsultOtherSectorsResult'), 'Consultation');
    expect(elements(mutuality).map((e) => e.local)).toEqual([
      'Sector',
      'QualityCode',
      'Period',
      'SectorDescriptionNl',
      'SectorDescriptionFr',
      'QualityCodeDescriptionNl',
      'QualityCodeDescriptionFr',
    ]);
    expect(childText(mutuality, 'SectorDescriptionFr')).toBe('Mutualités');
    expect(childText(mutuality, 'QualityCodeDescriptionNl')).toBe('Gerechtigde');
  });

  it('never lists the caller’s own sector (the OCMW integration of Gent is not in the reply)', async () => {
    const r = await call({ ssin: SSIN.familyHead });
    expect(Object.keys(r.found).some((k) => k.startsWith('17/'))).toBe(false);
    expect(emu.app.repertory.find({ ssin: SSIN.familyHead, sector: 17 }).length).toBeGreaterThan(0);
  });

  it('declares each period date with its own prefix, as the PHP client that reads them by namespace index expects', async () => {
    const r = await call({ ssin: SSIN.familyHead });
    const period = r.xml.match(/<ns3:Period>([\s\S]*?)<\/ns3:Period>/g)!;
    expect(period[1]).toMatch(new RegExp(`^<ns3:Period><ns(\\d+):StartDate xmlns:ns\\1="${COMMON_NS}">2003-02-01</ns\\1:StartDate><ns(\\d+):EndDate xmlns:ns\\2="${COMMON_NS}">2024-12-31</ns\\2:EndDate></ns3:Period>$`));
    const prefixes = [...r.xml.matchAll(/<(ns\d+):(?:StartDate|EndDate) /g)].map((m) => m[1]);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('keeps the integrations that share a day with RequestedPeriod', async () => {
    expect((await call({ ssin: SSIN.familyHead, start: '2025-06-01', end: '2026-12-31' })).found).toEqual({ '11/1': ['1998-01-20..'] });
    expect((await call({ ssin: SSIN.familyHead, start: '2024-12-31', end: '2024-12-31' })).found).toEqual({ '11/1': ['1998-01-20..'], '12/1': ['2003-02-01..2024-12-31'] });
    const insertion = await call({ ssin: SSIN.insertionEnded, start: '2020-01-01', end: '2026-12-31' });
    expect(insertion.found).toEqual({ '11/1': ['2016-05-05..'], '18/2': ['2022-01-01..2025-03-31'] });
  });

  it('filters on SectorQualityCodesCombination (a sector, or a sector with some of its quality codes)', async () => {
    expect((await call({ ssin: SSIN.familyHead, combinations: [[12]] })).found).toEqual({ '12/1': ['2003-02-01..2024-12-31'] });
    expect((await call({ ssin: SSIN.familyHead, combinations: [[11, 2]] })).found).toEqual({});
    expect((await call({ ssin: SSIN.familyHead, combinations: [[11, 1, 2], [18]] })).found).toEqual({ '11/1': ['1998-01-20..'] });
    const empty = await call({ ssin: SSIN.familyHead, combinations: [[7]] });
    expect(empty.summary.ok).toBe('YES');
    expect(childrenNamed(child(empty.payload, 'ConsultOtherSectorsResult'), 'Consultation')).toHaveLength(0);
  });

  it('leaves the descriptions out when FetchDescriptions is false', async () => {
    const r = await call({ ssin: SSIN.insertionEnded, fetch: 'false' });
    const consultations = childrenNamed(child(r.payload, 'ConsultOtherSectorsResult'), 'Consultation');
    expect(consultations.map((c) => elements(c).map((e) => e.local))).toEqual([
      ['Sector', 'QualityCode', 'Period'],
      ['Sector', 'QualityCode', 'Period'],
    ]);
    const described = await call({ ssin: SSIN.insertionEnded });
    const rva = childrenNamed(child(described.payload, 'ConsultOtherSectorsResult'), 'Consultation')[1];
    expect(childText(rva, 'SectorDescriptionNl')).toBe('Rijksdienst voor Arbeidsvoorziening');
    expect(childText(rva, 'QualityCodeDescriptionFr')).toBe("Bénéficiaire d'allocations d'insertion");
  });

  it('answers each persona as documented', async () => {
    expect((await call({ ssin: SSIN.bis, start: '2023-01-01' })).found).toEqual({ '11/1': ['2022-06-01..'], '12/1': ['2023-04-01..2023-09-30'] });
    expect((await call({ ssin: SSIN.bis })).found).toEqual({ '11/1': ['2022-06-01..'] });
    expect((await call({ ssin: SSIN.employed })).found).toEqual({ '11/1': ['2005-12-01..'], '12/1': ['2019-04-01..'] });
    expect((await call({ ssin: SSIN.deceased, start: '2013-01-01' })).found).toEqual({ '11/1': ['1966-04-30..2025-06-14'], '5/1': ['2013-05-01..2025-06-14'] });

    const replaced = await call({ ssin: SSIN.replacedOld });
    expect(codes(replaced.summary)).toEqual(['ERROR 31000021']);
    expect(fieldsOf(replaced.summary)).toContain(`NewSSIN=${SSIN.replacedNew}`);
    expect(codes((await call({ ssin: SSIN.cancelled })).summary)).toEqual(['ERROR 31000022']);
    expect(codes((await call({ ssin: SSIN.unknown })).summary)).toEqual(['ERROR 31000020']);
  });

  it('refuses a person the caller has not integrated (finality): not-integrated, integration-expired, or another OCMW’s file', async () => {
    for (const ssin of [SSIN.notIntegrated, SSIN.integrationExpired]) {
      const r = await call({ ssin });
      expect(codes(r.summary)).toEqual(['ERROR 39000012']);
      expect(r.payload).toBeUndefined();
    }
    expect(codes((await call({ ssin: SSIN.familyHead }, LIEGE_USER)).summary)).toEqual(['ERROR 39000012']);
  });

  it('refuses administrative staff (their role has no row for this service)', async () => {
    expect(codes((await call({ ssin: SSIN.familyHead }, ADMIN_USER)).summary)).toEqual(['ERROR 39000013']);
  });

  it('checks the criteria: a period that ends before it starts, an out-of-range quality code, a missing FetchDescriptions', async () => {
    const backwards = await call({ ssin: SSIN.familyHead, start: '2026-01-01', end: '2025-01-01' });
    expect(codes(backwards.summary)).toEqual(['ERROR 31000005']);
    expect(fieldsOf(backwards.summary)).toEqual(['RequestedPeriod=2026-01-01/2025-01-01']);
    expect(codes((await call({ ssin: SSIN.familyHead, requestor: '903' })).summary)).toEqual(['ERROR 31000005']);
    expect(codes((await call({ ssin: SSIN.familyHead, fetch: null })).summary)).toEqual(['ERROR 31000007']);
  });

  it('journals the exchange as operation consult, with the person concerned', async () => {
    await call({ ssin: SSIN.employed });
    const [row] = emu.app.journal.recent({ ssin: SSIN.employed, limit: 1 });
    expect(row).toMatchObject({ operation: 'consult', decision: 'ALLOW' });
  });
});
