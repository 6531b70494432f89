import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { AuthorizedUserFields, GENT_USER, Summary } from '../helpers/ssdn';
import { classicSender } from '../helpers/classic-service';
import { childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';
import { callValidated, statusOf } from '../helpers/newstyle';
import * as soap from 'soap';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/HealthInsurance';
const SERVICE = { serviceId: 'OCMWCPASHealthInsurance', version: '20070509' };
const REPLY_XSD = 'S09-OCMWCPASHealthInsurance/20070509/HealthInsuranceReply.xsd';
const userOf = (role: string): AuthorizedUserFields => {
  const u = users().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return { ...GENT_USER, UserID: u.user_id, Email: u.email };
};

const request = (ssin: string, kind: 'Assurability' | 'Indemnity', start: string, end: string) =>
  `<HealthInsuranceRequest xmlns="${NS}"><SSIN>${ssin}</SSIN><${kind}><Period><StartDate>${start}</StartDate><EndDate>${end}</EndDate></Period></${kind}></HealthInsuranceRequest>`;

const periods = (payload: XmlElement | undefined) =>
  childrenNamed(payload, 'Insurance').map((i) => [childText(i, 'Period', 'StartDate'), childText(i, 'Period', 'EndDate') ?? null, childText(i, 'InsuringOrganization'), childText(i, 'Mutuality'), childText(i, 'CT1'), childText(i, 'CT2')]);
/** Every text in an element's tree (the S08 reply's values, wherever its schema puts them). */
const texts = (el: XmlElement): string[] => el.children.flatMap((c) => (typeof c === 'string' ? [c.trim()] : texts(c)));
const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);

describe('S09 OCMWCPASHealthInsurance 20070509', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
  });
  afterAll(() => emu.close());

  const send = classicSender(() => emu, { ...SERVICE, replyRoot: 'HealthInsuranceReply', replyXsd: REPLY_XSD, ns: NS });

  it('gives the insurability periods that overlap the period, whole, oldest first', async () => {
    const { summary, payload } = await send(request(SSIN.standard, 'Assurability', '2024-01-01', '2026-12-31'));
    expect(summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
    expect(childText(payload, 'SSIN')).toBe(SSIN.standard);
    expect(periods(payload)).toEqual([
      ['2024-01-01', '2024-12-31', '100', '121', '110', '110'],
      ['2025-01-01', '2025-12-31', '100', '121', '111', '111'],
      ['2026-01-01', null, '100', '121', '111', '111'],
    ]);
  });

  it('agrees with S08 HealthCareInsuranceService on the same day', async () => {
    const client = await soap.createClientAsync(`${emu.url}/SOA4520/HealthCareInsuranceService/consult_01?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    for (const ssin of [SSIN.employed, SSIN.familyChild1, SSIN.deceased]) {
      const date = ssin === SSIN.deceased ? '2025-01-15' : '2026-11-16';
      const s08 = await callValidated(client, 'getInsuranceOrganizationInformations', {
        informationCustomer: { ticket: `S09-S08-${ssin}`, timestampSent: '2026-11-16T10:00:00Z', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
        legalContext: 'social inquiry and financial help',
        criterion: { ssin, temporalCriteria: { date } },
      }, 'S08-HealthCareInsuranceService/v1/HealthCareInsuranceV1.wsdl');
      expect(statusOf(s08)).toMatchObject({ value: 'DATA_FOUND' });
      const { payload } = await send(request(ssin, 'Assurability', date, date));
      const [insurance] = childrenNamed(payload, 'Insurance');
      const s08Texts = texts(s08);
      expect(s08Texts).toContain(childText(insurance, 'InsuringOrganization'));
      expect(s08Texts).toContain(childText(insurance, 'Mutuality'));
      expect(s08Texts).toContain(childText(insurance, 'CT1'));
    }
    const child = await send(request(SSIN.familyChild1, 'Assurability', '2026-01-01', '2026-01-31'));
    expect(childText(child.payload, 'Insurance', 'Holder')).toBe(SSIN.familyHead);
  });

  it('says with an INFORMATION detail when nothing is known in the period, for either operation', async () => {
    const after = await send(request(SSIN.deceased, 'Assurability', '2025-07-01', '2026-12-31'));
    expect(after.summary.ok).toBe('YES');
    expect(codes(after.summary)).toEqual(['INFORMATION 19009001']);
    expect(childrenNamed(after.payload, 'Insurance')).toEqual([]);
    const indemnity = await send(request(SSIN.standard, 'Indemnity', '2024-01-01', '2026-12-31'));
    expect(codes(indemnity.summary)).toEqual(['INFORMATION 19009002']);
    expect(childrenNamed(indemnity.payload, 'Indemnity')).toEqual([]);
  });

  it('gives the indemnity periods of the NIC (the S18 attests) that overlap the period, begun by today', async () => {
    const indemnities = (payload: XmlElement | undefined) =>
      childrenNamed(payload, 'Indemnity').map((i) => [childText(i, 'Period', 'StartDate'), childText(i, 'Period', 'EndDate') ?? null, childText(i, 'InsuringOrganization'), childText(i, 'Kind'), childText(i, 'Percentage'), childText(i, 'DailyGrossAmount')]);
    emu.app.clock.set(new Date('2026-11-20T10:00:00Z'));
    try {
      const both = await send(request(SSIN.incapacity, 'Indemnity', '2024-01-01', '2026-12-31'));
      expect(both.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
      expect(indemnities(both.payload)).toEqual([
        ['2025-11-17', '2026-11-16', '100', 'PRIMARY_INCAPACITY', '60.00', '50.77'],
        ['2026-11-17', null, '100', 'INVALIDITY', '55.00', '46.54'],
      ]);
      expect(childrenNamed(both.payload, 'Insurance')).toEqual([]);
      // The mutuality paying is the one of her insurability on those days.
      const insured = await send(request(SSIN.incapacity, 'Assurability', '2025-11-17', '2025-11-17'));
      expect(childText(childrenNamed(insured.payload, 'Insurance')[0], 'InsuringOrganization')).toBe('100');
      const before = await send(request(SSIN.incapacity, 'Indemnity', '2024-01-01', '2025-11-16'));
      expect(codes(before.summary)).toEqual(['INFORMATION 19009002']);
    } finally {
      emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
    }
    // On 2026-11-16 the invalidity has not begun yet.
    const today = await send(request(SSIN.incapacity, 'Indemnity', '2024-01-01', '2026-12-31'));
    expect(indemnities(today.payload).map((i) => i[3])).toEqual(['PRIMARY_INCAPACITY']);
  });

  it('refuses an EndDate before the StartDate, and Indemnity to administrative staff', async () => {
    const reversed = await send(request(SSIN.standard, 'Assurability', '2025-01-01', '2024-01-01'));
    expect(reversed.summary.ok).toBe('NO');
    expect(codes(reversed.summary)).toEqual(['ERROR 31000005']);
    const admin = await send(request(SSIN.standard, 'Indemnity', '2024-01-01', '2026-12-31'), userOf('ADMIN_STAFF'));
    expect(admin.summary.ok).toBe('NO');
    const adminAssurability = await send(request(SSIN.standard, 'Assurability', '2024-01-01', '2026-12-31'), userOf('ADMIN_STAFF'));
    expect(adminAssurability.summary.ok).toBe('YES');
  });
});
