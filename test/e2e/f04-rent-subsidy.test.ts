import { integrateForGent, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const F04: Endpoint = { path: '/SOA4520/RentSubsidyService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/RentSubsidyService/v1', wsdl: 'F04-RentSubsidyService/v1/RentSubsidyServiceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/RentSubsidyService' };
const OP = 'consultRentSubsidy';
const LEGAL = 'SOCIAL_INVESTIGATION_OF_PCSA';
const files = (root: XmlElement) => childrenNamed(child(root, 'rentSubsidyFiles'), 'rentSubsidyFile');

describe('F04 RentSubsidyService (VMSW huursubsidie, modelled)', () => {
  let emu: TestEmulator;
  let f04: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    // A population large enough to hold granted files with a partner.
    emu = await startEmulator({ population: 2000 });
    f04 = await endpointClient(emu, F04);
  });
  afterAll(() => emu.close());

  it('publishes one operation with its SOAPAction', async () => {
    expect(Object.keys(f04.client.describe().RentSubsidyService.RentSubsidyService)).toEqual([OP]);
    const wsdl = await (await fetch(`${emu.url}${F04.path}?wsdl`)).text();
    expect(wsdl).toContain(`soapAction="http://kszbcss.fgov.be/RentSubsidyService/${OP}"`);
  });

  it("answers social-tenant's refused file with exactly the authorised data: person, partner, company, number, status, reason", async () => {
    const root = await f04.call(OP, LEGAL, { criteria: { ssin: SSIN.socialTenant } });
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    const [file, ...rest] = files(root);
    expect(rest).toEqual([]);
    expect(elements(file).map((e) => e.local)).toEqual(['person', 'partner', 'housingCompanyName', 'fileNumber', 'fileStatus', 'refusalReason']);
    expect(['ssin', 'lastName', 'firstName'].map((n) => childText(file, 'person', n))).toEqual([SSIN.socialTenant, 'Stevens', 'Martine']);
    expect(['ssin', 'lastName', 'firstName'].map((n) => childText(file, 'partner', n))).toEqual([SSIN.socialTenantPartner, 'Lauwers', 'Dirk']);
    expect(['housingCompanyName', 'fileNumber', 'fileStatus'].map((n) => childText(file, n))).toEqual(['Woonmaatschappij Leie en Schelde', 'HS-2025-004512', 'REFUSED']);
    expect([childText(file, 'refusalReason', 'code'), childText(file, 'refusalReason', 'description')]).toEqual(['DWELLING_QUALITY', 'The dwelling does not meet the quality standards.']);
    expect(child(file, 'lastPayment')).toBeUndefined();
  });

  it('finds a granted generated file with its last payment, from the partner side too', async () => {
    const row = emu.app.db.prepare(`SELECT ssin, partner_ssin FROM vmsw_rent_subsidy WHERE file_status = 'GRANTED' AND partner_ssin IS NOT NULL LIMIT 1`).get() as { ssin: string; partner_ssin: string };
    expect(row).toBeDefined();
    for (const ssin of [row.ssin, row.partner_ssin]) {
      integrateForGent(emu.app, ssin);
      const [file] = files(await f04.call(OP, LEGAL, { criteria: { ssin } }));
      expect([childText(file, 'person', 'ssin'), childText(file, 'partner', 'ssin'), childText(file, 'fileStatus')]).toEqual([row.ssin, row.partner_ssin, 'GRANTED']);
      expect(childText(file, 'partner', 'lastName')).toBe(emu.app.persons.find(row.partner_ssin)!.lastName);
      expect(childText(file, 'lastPayment', 'paymentDate')).toBe('2026-11-05');
      expect(childText(file, 'lastPayment', 'amount')).toMatch(/^\d+\.\d{2}$/);
      expect(child(file, 'refusalReason')).toBeUndefined();
    }
  });

  it('answers NO_DATA_FOUND for a person without a rent-subsidy file', async () => {
    expect(statusOf(await f04.call(OP, LEGAL, { criteria: { ssin: SSIN.newcomer } }))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
  });

  it('refuses a Walloon OCMW (CPAS Liège, MSG00015), even for the person it integrated', async () => {
    const root = await f04.postBody(OP, LEGAL, `<criteria><ssin>${SSIN.jobseekerWallonia}</ssin></criteria>`, { cbe: LIEGE.org.cbe_number });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00015' });
  });

  it('lets administrative staff see the file and refuses the general director (MSG00013)', async () => {
    const criteria = `<criteria><ssin>${SSIN.socialTenant}</ssin></criteria>`;
    expect(statusOf(await f04.postBody(OP, LEGAL, criteria, { role: 'ADMIN_STAFF' })).value).toBe('DATA_FOUND');
    expect(statusOf(await f04.postBody(OP, LEGAL, criteria, { role: 'GENERAL_DIRECTOR' }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
  });

  it('refuses a request without criteria (schema, MSG00008)', async () => {
    const root = await f04.postBody(OP, LEGAL, '', { validate: false });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
  });
});
