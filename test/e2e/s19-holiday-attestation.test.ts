import { startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const S19: Endpoint = { path: '/SOA4520/HolidayAttestationService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/HolidayAttestationService/v1', wsdl: 'S19-HolidayAttestationService/v1/HolidayAttestationServiceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/HolidayAttestationService' };
const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';
/** The emulator's clock during these tests. */
const TODAY = '2026-11-16';
const FIELDS = ['attestNumber', 'holidayYear', 'referenceYear', 'creationDate', 'fullTimePartTime', 'daysWorked', 'grossWages', 'legalHolidayDays', 'singleGrossHolidayPay', 'doubleGrossHolidayPay', 'totalGrossHolidayPay', 'paymentDate'];

const attestations = (root: XmlElement) => childrenNamed(child(root, 'result'), 'holidayAttestation').map((a) => Object.fromEntries(FIELDS.map((f) => [f, childText(a, f)])));

describe('S19 HolidayAttestationService', () => {
  let emu: TestEmulator;
  let s19: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    s19 = await endpointClient(emu, S19);
  });
  afterAll(() => emu.close());

  const consult = (ssin: string, holidayYear?: string) => s19.call('consultHolidayAttestations', LEGAL_CONTEXT, { criteria: { ssin, ...(holidayYear ? { holidayYear } : {}) } });

  it("gives jobseeker-flanders's 2026 holiday pay from his 2025 blue-collar work, with the criteria echoed", async () => {
    const root = await consult(SSIN.jobseekerFlanders, '2026');
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    expect(childText(root, 'criteria', 'holidayYear')).toBe('2026');
    expect(childText(root, 'result', 'ssin')).toBe(SSIN.jobseekerFlanders);
    expect(attestations(root)).toEqual([
      {
        attestNumber: `2026${SSIN.jobseekerFlanders}`, holidayYear: '2026', referenceYear: '2025', creationDate: '2026-04-30', fullTimePartTime: 'FULL_TIME',
        // 4 × 8,700 of DmfA wages; 15.38 % of 108 %: 8 % single, 7.38 % double.
        daysWorked: '261', grossWages: '34800.00', legalHolidayDays: '20', singleGrossHolidayPay: '3006.72', doubleGrossHolidayPay: '2773.70', totalGrossHolidayPay: '5780.42', paymentDate: '2026-05-15',
      },
    ]);
  });

  it('gives every holiday year without a year asked, the oldest first; fewer days for a part year', async () => {
    const all = attestations(await consult(SSIN.jobseekerFlanders));
    expect(all.map((a) => a.holidayYear)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    // Hired on 2019-03-01: 219 days in 2019, round(20 × 219 / 260) = 17 holiday days.
    expect([all[0].daysWorked, all[0].legalHolidayDays]).toEqual(['219', '17']);
    const pensioner = attestations(await consult(SSIN.pensioner));
    expect(pensioner.map((a) => [a.holidayYear, a.daysWorked, a.legalHolidayDays, a.singleGrossHolidayPay, a.doubleGrossHolidayPay])).toEqual([
      ['2019', '261', '20', '2592.00', '2391.12'],
      ['2020', '64', '5', '648.00', '597.78'],
    ]);
  });

  it('says PART_TIME for part-time work, and counts only blue-collar (015) quarters', async () => {
    const standard = attestations(await consult(SSIN.standard, '2022'));
    expect(standard.map((a) => [a.fullTimePartTime, a.daysWorked, a.grossWages, a.legalHolidayDays])).toEqual([['PART_TIME', '131', '14400.00', '10']]);
    // 2024: a student job (840) in the summer, interim (015) from October: only the interim counts.
    const student = attestations(await consult(SSIN.studentInterim, '2025'));
    expect(student.map((a) => [a.daysWorked, a.grossWages, a.legalHolidayDays])).toEqual([['54', '4891.30', '4']]);
  });

  it('answers NO_DATA_FOUND for a white-collar worker, a year without blue-collar work and an attest not made yet', async () => {
    expect(statusOf(await consult(SSIN.employed))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(statusOf(await consult(SSIN.pensioner, '2021'))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    emu.app.clock.set(new Date('2026-04-29T10:00:00Z'));
    try {
      const early = await consult(SSIN.jobseekerFlanders);
      expect(attestations(early).map((a) => a.holidayYear).pop()).toBe('2025');
    } finally {
      emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    }
  });

  it('lets the financial director see the attests for debt recovery, refuses administrative staff', async () => {
    const director = await s19.postBody('consultHolidayAttestations', 'PCSA:DEBT_RECOVERY', `<criteria><ssin>${SSIN.largeFamilyHead}</ssin></criteria>`, { role: 'FINANCIAL_DIRECTOR' });
    expect(attestations(director).map((a) => a.holidayYear)).toEqual(['2023', '2024', '2025', '2026']);
    const admin = await s19.postBody('consultHolidayAttestations', LEGAL_CONTEXT, `<criteria><ssin>${SSIN.largeFamilyHead}</ssin></criteria>`, { role: 'ADMIN_STAFF' });
    expect(statusOf(admin)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    expect(child(admin, 'result')).toBeUndefined();
  });

  it('refuses a holiday year the schema accepts but the service does not, and an unknown SSIN', async () => {
    const old = await s19.postBody('consultHolidayAttestations', LEGAL_CONTEXT, `<criteria><ssin>${SSIN.standard}</ssin><holidayYear>1899</holidayYear></criteria>`);
    expect(statusOf(old)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/holidayYear', value: '1899' }] });
    expect(statusOf(await consult(SSIN.unknown))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00005' });
  });
});
