import { integrateForGent, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const F05: Endpoint = { path: '/SOA4520/RentPremiumService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/RentPremiumService/v1', wsdl: 'F05-RentPremiumService/v1/RentPremiumServiceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/RentPremiumService' };
const OP = 'consultRentPremium';
const LEGAL = 'SOCIAL_INVESTIGATION_OF_PCSA';
const registrations = (root: XmlElement) => childrenNamed(child(root, 'waitingListRegistrations'), 'waitingListRegistration');

describe('F05 RentPremiumService (VMSW huurpremie, modelled)', () => {
  let emu: TestEmulator;
  let f05: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    // A population large enough to hold refused and deregistered candidates.
    emu = await startEmulator({ population: 2000 });
    f05 = await endpointClient(emu, F05);
  });
  afterAll(() => emu.close());

  it('publishes one operation with its SOAPAction', async () => {
    expect(Object.keys(f05.client.describe().RentPremiumService.RentPremiumService)).toEqual([OP]);
    const wsdl = await (await fetch(`${emu.url}${F05.path}?wsdl`)).text();
    expect(wsdl).toContain(`soapAction="http://kszbcss.fgov.be/RentPremiumService/${OP}"`);
  });

  it("answers social-tenant's registration with exactly the authorised data: on the list since 2019, entitled, last paid 2026-11-05", async () => {
    const root = await f05.call(OP, LEGAL, { criteria: { ssin: SSIN.socialTenant } });
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    const [r, ...rest] = registrations(root);
    expect(rest).toEqual([]);
    expect(elements(r).map((e) => e.local)).toEqual(['person', 'housingCompanyName', 'registrationDate', 'potentiallyEntitled', 'lastPayment']);
    expect(['ssin', 'lastName', 'firstName'].map((n) => childText(r, 'person', n))).toEqual([SSIN.socialTenant, 'Stevens', 'Martine']);
    expect(['housingCompanyName', 'registrationDate', 'potentiallyEntitled'].map((n) => childText(r, n))).toEqual(['Woonmaatschappij Leie en Schelde', '2019-05-06', 'true']);
    expect([childText(r, 'lastPayment', 'paymentDate'), childText(r, 'lastPayment', 'amount')]).toEqual(['2026-11-05', '181.40']);
  });

  it('answers a refused generated candidate with the reason and no payment, and a deregistered one with both dates', async () => {
    const refused = emu.app.db.prepare('SELECT ssin, refusal_reason FROM vmsw_rent_premium WHERE refusal_reason IS NOT NULL LIMIT 1').get() as { ssin: string; refusal_reason: string };
    integrateForGent(emu.app, refused.ssin);
    const [r] = registrations(await f05.call(OP, LEGAL, { criteria: { ssin: refused.ssin } }));
    expect([childText(r, 'potentiallyEntitled'), childText(r, 'refusalReason', 'code'), child(r, 'lastPayment')]).toEqual(['false', refused.refusal_reason, undefined]);
    expect(childText(r, 'refusalReason', 'description')!.length).toBeGreaterThan(10);
    const left = emu.app.db.prepare('SELECT ssin, registration_date, deregistration_date FROM vmsw_rent_premium WHERE deregistration_date IS NOT NULL LIMIT 1').get() as { ssin: string; registration_date: string; deregistration_date: string };
    integrateForGent(emu.app, left.ssin);
    const [d] = registrations(await f05.call(OP, LEGAL, { criteria: { ssin: left.ssin } }));
    expect([childText(d, 'registrationDate'), childText(d, 'deregistrationDate')]).toEqual([left.registration_date, left.deregistration_date]);
  });

  it('answers NO_DATA_FOUND for a person never on a waiting list', async () => {
    expect(statusOf(await f05.call(OP, LEGAL, { criteria: { ssin: SSIN.newcomer } }))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
  });

  it('refuses a Walloon OCMW (CPAS Liège, MSG00015), even for the person it integrated', async () => {
    const root = await f05.postBody(OP, LEGAL, `<criteria><ssin>${SSIN.jobseekerWallonia}</ssin></criteria>`, { cbe: LIEGE.org.cbe_number });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00015' });
  });

  it('lets administrative staff see the registration and refuses the general director (MSG00013)', async () => {
    const criteria = `<criteria><ssin>${SSIN.socialTenant}</ssin></criteria>`;
    expect(statusOf(await f05.postBody(OP, LEGAL, criteria, { role: 'ADMIN_STAFF' })).value).toBe('DATA_FOUND');
    expect(statusOf(await f05.postBody(OP, LEGAL, criteria, { role: 'GENERAL_DIRECTOR' }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
  });

  it('refuses an SSIN of the wrong shape (schema, MSG00008)', async () => {
    const root = await f05.postBody(OP, LEGAL, '<criteria><ssin>ABC</ssin></criteria>', { validate: false });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
  });
});
