import { integrateForGent, startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import type { Incapacity, Insurability } from '../../src/sources/nic';

const S18: Endpoint = { path: '/SOA4520/HdiIndemnityAllowance/v1/consult', ns: 'http://kszbcss.fgov.be/intf/HdiIndemnityAllowance/v1', wsdl: 'S18-HdiIndemnityAllowance/v1/HdiIndemnityAllowanceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/HdiIndemnityAllowance' };
const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';
/** The emulator's clock during these tests: after the invalidity of the incapacity persona began. */
const TODAY = '2026-11-20';

/** Each attest of a reply as [kind, insurer, mutuality, begin, end|null, wage, percentage, daily]. */
const attests = (root: XmlElement) =>
  childrenNamed(child(root, 'result'), 'attest').map((a) => [
    childText(a, 'kind'),
    childText(a, 'insuringOrganization'),
    childText(a, 'mutuality'),
    childText(a, 'period', 'beginDate'),
    childText(a, 'period', 'endDate') ?? null,
    childText(a, 'referenceDailyWage'),
    childText(a, 'indemnityPercentage'),
    childText(a, 'dailyGrossIndemnity'),
  ]);

describe('S18 HdiIndemnityAllowance', () => {
  let emu: TestEmulator;
  let s18: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    s18 = await endpointClient(emu, S18);
  });
  afterAll(() => emu.close());

  const consult = (ssin: string, period?: { beginDate: string; endDate: string }) => s18.call('consultAttest', LEGAL_CONTEXT, { criteria: { ssin, ...(period ? { period } : {}) } });

  it("answers the incapacity persona's primary incapacity and invalidity at CM, with the criteria echoed", async () => {
    const root = await consult(SSIN.incapacity);
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    expect(childText(root, 'criteria', 'ssin')).toBe(SSIN.incapacity);
    expect(childText(root, 'result', 'ssin')).toBe(SSIN.incapacity);
    expect(attests(root)).toEqual([
      ['PRIMARY_INCAPACITY', '100', '121', '2025-11-17', '2026-11-16', '84.62', '60.00', '50.77'],
      ['INVALIDITY', '100', '121', '2026-11-17', null, '84.62', '55.00', '46.54'],
    ]);
  });

  it('keeps to the period asked and to what has begun by today', async () => {
    expect(attests(await consult(SSIN.incapacity, { beginDate: '2026-01-01', endDate: '2026-01-31' })).map((a) => a[0])).toEqual(['PRIMARY_INCAPACITY']);
    const before = await consult(SSIN.incapacity, { beginDate: '2025-01-01', endDate: '2025-11-16' });
    expect(statusOf(before)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(child(before, 'result')).toBeUndefined();
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
    try {
      expect(attests(await consult(SSIN.incapacity)).map((a) => a[0])).toEqual(['PRIMARY_INCAPACITY']);
    } finally {
      emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    }
  });

  it('agrees with the NIC insurability: a generated attest is paid by the insurer of its first day', async () => {
    const db = emu.app.db;
    const generated = db.prepare("SELECT * FROM nic_incapacity WHERE ssin <> ? AND begin_date <= ? ORDER BY id LIMIT 1").get(SSIN.incapacity, TODAY) as Incapacity | undefined;
    expect(generated).toBeDefined();
    integrateForGent(emu.app, generated!.ssin);
    const root = await consult(generated!.ssin);
    expect(statusOf(root).value).toBe('DATA_FOUND');
    const first = attests(root)[0];
    const insured = db.prepare('SELECT * FROM nic_insurability WHERE ssin = ? AND begin_date <= ? AND (end_date IS NULL OR end_date >= ?)').get(generated!.ssin, first[3], first[3]) as Insurability;
    expect([first[1], first[2]]).toEqual([insured.insuring_organization, insured.mutuality]);
  });

  it('answers NO_DATA_FOUND for a person without incapacity', async () => {
    expect(statusOf(await consult(SSIN.standard))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
  });

  it('lets the financial director see the attests for debt recovery, refuses administrative staff', async () => {
    const director = await s18.postBody('consultAttest', 'PCSA:DEBT_RECOVERY', `<criteria><ssin>${SSIN.incapacity}</ssin></criteria>`, { role: 'FINANCIAL_DIRECTOR' });
    expect(statusOf(director).value).toBe('DATA_FOUND');
    const admin = await s18.postBody('consultAttest', LEGAL_CONTEXT, `<criteria><ssin>${SSIN.incapacity}</ssin></criteria>`, { role: 'ADMIN_STAFF' });
    expect(statusOf(admin)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    expect(child(admin, 'result')).toBeUndefined();
  });

  it('refuses a period that ends before it begins, and a person Gent has not integrated', async () => {
    const reversed = await consult(SSIN.incapacity, { beginDate: '2026-01-01', endDate: '2025-01-01' });
    expect(statusOf(reversed)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/period', value: '2026-01-01..2025-01-01' }] });
    expect(statusOf(await consult(SSIN.notIntegrated))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
  });
});
