import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as soap from 'soap';
import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { post } from '../helpers/http';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, Summary } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { classicSender } from '../helpers/classic-service';
import { parseXml } from '../../src/xml/parse';
import { childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';

const NS = 'http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationRequest';
const COM = 'http://www.smals.be/XSD/OCMW_CPAS/HeatingAllocationDataTypes';
const SERVICE = { serviceId: 'OCMWCPASHeatingAllocation', version: '20090409' };
const REPLY_XSD = 'P11-OCMWCPASHeatingAllocation/20090409/HeatingAllocationReply.xsd';

interface Invoice {
  ssin?: string;
  category?: number;
  amount?: number;
  quantity?: number;
  housings?: number;
  delivered?: string;
  fuel?: number;
  kbo?: string;
}

/** An AllocationRequest as the CPAS client's sample builds it: ns1 on the request elements, com on the Invoice's children. */
const request = (i: Invoice = {}) => {
  const o = { ssin: SSIN.heatingAllowance, category: 2, amount: 10000000, quantity: 1000, housings: 1, delivered: '2026-11-06', fuel: 1, kbo: GENT.org.cbe_number, ...i };
  return (
    `<ns1:AllocationRequest xmlns:ns1="${NS}" xmlns:com="${COM}"><ns1:ComputeAllocation>` +
    `<ns1:PrimaryBeneficiary><ns1:SSIN>${o.ssin}</ns1:SSIN><ns1:Category>${o.category}</ns1:Category></ns1:PrimaryBeneficiary>` +
    `<ns1:Invoice><com:Amount>${o.amount}</com:Amount><com:Quantity>${o.quantity}</com:Quantity><com:HousingNumber>${o.housings}</com:HousingNumber>` +
    `<com:DeliveryDate>${o.delivered}</com:DeliveryDate><com:UnitFuel>${o.fuel}</com:UnitFuel></ns1:Invoice>` +
    `</ns1:ComputeAllocation><ns1:OCMW_CPAS><ns1:KboBceNumber>${o.kbo}</ns1:KboBceNumber></ns1:OCMW_CPAS></ns1:AllocationRequest>`
  );
};

const userOf = (role: string, cbe = GENT.org.cbe_number): AuthorizedUserFields => {
  const u = users().find((x) => x.cbe_number === cbe && x.role === role)!;
  return { ...GENT_USER, UserID: u.user_id, Email: u.email, OrgUnit: cbe };
};
const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);
const decision = (p: XmlElement | undefined) => [childText(p, 'Decision', 'Result'), childText(p, 'Decision', 'ReasonCode') ?? null];
const allocation = (p: XmlElement | undefined) =>
  ['HousingLitres', 'PricePerLitre', 'AllowancePerLitre', 'LitresTakenIntoAccount', 'MaximumLitres', 'RemainingLitres', 'FlatAmount', 'AllowanceAmount'].map((n) => childText(p, 'Allocation', n) ?? null);

describe('P11 OCMWCPASHeatingAllocation 20090409', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
  });
  afterAll(() => emu.close());

  const send = classicSender(() => emu, { ...SERVICE, replyRoot: 'AllocationReply', replyXsd: REPLY_XSD, ns: NS });

  it('answers the SSDN envelope of the published connector WSDL: a granted bulk invoice under the ceiling', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ ...SERVICE, payload: request() }]));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    expect(xml).toContain(`<ns3:AllocationReply xmlns:ns3="${NS}">`);
    validateAgainst(xml.match(/<ns3:AllocationReply[\s\S]*<\/ns3:AllocationReply>/)![0], REPLY_XSD);
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
    expect(decision(reply.payload)).toEqual(['GRANTED', null]);
    expect(allocation(reply.payload)).toEqual(['1000', '1.0000', '0.17', '1000', '2000', '1000', 'false', '170.00']);
    expect(['IncomeYear', 'TaxableIncome', 'Dependants', 'Ceiling'].map((n) => childText(reply.payload, 'HouseholdIncome', n))).toEqual(['2025', '19406.00', '1', '30909.55']);
  });

  it('keeps the litres of the heating period per household, across requests and OCMW members of the household', async () => {
    const first = await send(request({ quantity: 1200, amount: 12000000 }));
    expect(allocation(first.payload)[5]).toBe('800');
    // The son, at the same address, shares the household's limit (category 3: no income check).
    const second = await send(request({ ssin: SSIN.heatingAllowanceChild, category: 3, quantity: 1000, delivered: '2026-11-10' }));
    expect(decision(second.payload)).toEqual(['GRANTED', null]);
    expect(allocation(second.payload)).toEqual(['1000', '1.0000', '0.17', '800', '2000', '0', 'false', '136.00']);
    const third = await send(request({ quantity: 100, amount: 1000000 }));
    expect(third.summary.ok).toBe('YES');
    expect(codes(third.summary)).toEqual(['INFORMATION 19011002']);
    expect(decision(third.payload)).toEqual(['REFUSED', '19011002']);
    // A new heating period starts again (a delivery of the next year, within 60 days of it).
    emu.app.clock.set(new Date('2027-01-20T10:00:00Z'));
    const next = await send(request({ delivered: '2027-01-15' }));
    expect(decision(next.payload)).toEqual(['GRANTED', null]);
    // POST /_admin/reset forgets every decision.
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
    expect((await post(`${emu.url}/_admin/reset`, '')).status).toBeLessThan(300);
    expect(decision((await send(request({ quantity: 100, amount: 1000000 }))).payload)).toEqual(['GRANTED', null]);
  });

  it('applies the price brackets, the housing share, the pump flat amount once, and the 1,500 litres of older or pump deliveries', async () => {
    const cheap = await send(request({ amount: 9000000 }));
    expect(allocation(cheap.payload).slice(1, 3)).toEqual(['0.9000', '0.14']);
    const dear = await send(request({ amount: 12000000, delivered: '2026-11-07' }));
    expect(allocation(dear.payload).slice(1, 3)).toEqual(['1.2000', '0.20']);
    emu.app.reset();
    const shared = await send(request({ housings: 4 }));
    expect(allocation(shared.payload)).toEqual(['250', '1.0000', '0.17', '250', '2000', '1750', 'false', '42.50']);
    emu.app.reset();
    const pump = await send(request({ fuel: 2, quantity: 150, amount: 1650000 }));
    expect(allocation(pump.payload)).toEqual(['150', '1.1000', null, '150', '1500', '1350', 'true', '456.00']);
    const again = await send(request({ fuel: 4, quantity: 100, amount: 1100000 }));
    expect(decision(again.payload)).toEqual(['REFUSED', '19011005']);
  });

  it('refuses a late invoice, category 1 without increased intervention and an income above the ceiling', async () => {
    const late = await send(request({ delivered: '2026-09-16' }));
    expect(codes(late.summary)).toEqual(['INFORMATION 19011001']);
    expect(decision(late.payload)).toEqual(['REFUSED', '19011001']);
    expect(childText(late.payload, 'Allocation', 'AllowanceAmount')).toBeUndefined();
    expect(decision((await send(request({ delivered: '2026-09-17' }))).payload)).toEqual(['GRANTED', null]);
    expect(decision((await send(request({ category: 1 }))).payload)).toEqual(['REFUSED', '19011004']);
    const rich = await send(request({ ssin: SSIN.employed }));
    expect(decision(rich.payload)).toEqual(['REFUSED', '19011003']);
    expect(['TaxableIncome', 'Dependants', 'Ceiling'].map((n) => childText(rich.payload, 'HouseholdIncome', n))).toEqual(['32860.00', '0', '26081.11']);
    const bim = await send(request({ ssin: SSIN.standard, category: 1 }));
    expect(decision(bim.payload)).toEqual(['GRANTED', null]);
  });

  it('refuses bad requests the classic way: missing fields, bad values, another OCMW\'s number, roles, integration', async () => {
    const missing = await send(request().replace(/<com:Quantity>.*<\/com:Quantity>/, ''));
    expect(missing.summary.ok).toBe('NO');
    expect(codes(missing.summary)).toEqual(['ERROR 31000007']);
    const fuel = await send(request({ fuel: 9 }));
    expect(codes(fuel.summary)).toEqual(['ERROR 31000005']);
    const future = await send(request({ delivered: '2026-11-20' }));
    expect(codes(future.summary)).toEqual(['ERROR 31000005']);
    const other = await send(request({ kbo: LIEGE.org.cbe_number }));
    expect(codes(other.summary)).toEqual(['ERROR 31000005']);
    const ssin = await send(request({ ssin: '12345678901' }));
    expect(ssin.summary.ok).toBe('NO');
    expect(codes(await send(request(), userOf('ADMIN_STAFF')).then((r) => r.summary))).toEqual(['ERROR 39000013']);
    const liege = await send(request({ kbo: LIEGE.org.cbe_number }), userOf('SOCIAL_WORKER', LIEGE.org.cbe_number));
    expect(codes(liege.summary)).toEqual(['ERROR 39000012']);
    expect(missing.payload).toBeUndefined();
  });
});

describe('P11: the decisions survive a restart', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-p11-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('still counts the litres granted before the emulator was closed and reopened on the same data directory', async () => {
    const send = async (emu: TestEmulator, payload: string) => {
      emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
      const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ ...SERVICE, payload }])));
      return serviceReplies(parseXml(ssdnReplyOf(res.body).xml))[0];
    };
    const first = await startEmulator({ dataDir: dir, population: 100 });
    try {
      expect(decision((await send(first, request({ quantity: 1900, amount: 19000000 }))).payload)).toEqual(['GRANTED', null]);
    } finally {
      await first.close();
    }
    const again = await startEmulator({ dataDir: dir, population: 100 });
    try {
      const reply = await send(again, request({ quantity: 500, amount: 5000000, delivered: '2026-11-08' }));
      expect(allocation(reply.payload).slice(3, 6)).toEqual(['100', '2000', '0']);
    } finally {
      await again.close();
    }
  });
});
