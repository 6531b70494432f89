import { integrateForGent, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const S17: Endpoint = { path: '/SOA4520/Jobseeker/v1/consult', ns: 'http://kszbcss.fgov.be/intf/Jobseeker/v1', wsdl: 'S17-Jobseeker/v1/JobseekerV1.wsdl', actionBase: 'http://kszbcss.fgov.be/Jobseeker' };
const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';
/** The emulator's clock during these tests. */
const TODAY = '2026-11-16';

/** Each registration of a reply as [service, category, begin, end|null, municipality]. */
const registrations = (root: XmlElement) =>
  childrenNamed(child(root, 'result'), 'registration').map((r) => [
    childText(r, 'employmentService', 'code'),
    childText(r, 'category'),
    childText(r, 'period', 'beginDate'),
    childText(r, 'period', 'endDate') ?? null,
    childText(r, 'municipality'),
  ]);

describe('S17 Jobseeker', () => {
  let emu: TestEmulator;
  let s17: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    s17 = await endpointClient(emu, S17);
  });
  afterAll(() => emu.close());

  const consult = (ssin: string, period?: { beginDate: string; endDate: string }) => s17.call('consultRegistrations', LEGAL_CONTEXT, { criteria: { ssin, ...(period ? { period } : {}) } });

  it('answers jobseeker-flanders: VDAB since the first day of his RVA right, with the criteria echoed', async () => {
    const root = await consult(SSIN.jobseekerFlanders);
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    expect(childText(root, 'criteria', 'ssin')).toBe(SSIN.jobseekerFlanders);
    expect(childText(root, 'informationCBSS', 'ticketCBSS')).toMatch(/^[0-9a-f-]{36}$/);
    expect(childText(root, 'result', 'ssin')).toBe(SSIN.jobseekerFlanders);
    expect(registrations(root)).toEqual([['VDAB', 'UNEMPLOYED_WITH_BENEFITS', '2026-01-05', null, '44021']]);
    expect(childText(child(child(root, 'result'), 'registration'), 'employmentService', 'name')).toMatch(/Vlaamse Dienst voor Arbeidsbemiddeling/);
  });

  it('follows the RVA rights of standard and insertion-allowance-ended, and what came after', async () => {
    expect(registrations(await consult(SSIN.standard))).toEqual([['VDAB', 'UNEMPLOYED_WITH_BENEFITS', '2023-03-01', '2024-08-31', '44021']]);
    expect(registrations(await consult(SSIN.insertionEnded))).toEqual([
      ['VDAB', 'INSERTION_ALLOWANCE', '2022-01-01', '2025-03-31', '44021'],
      ['VDAB', 'WITHOUT_BENEFITS', '2025-04-01', null, '44021'],
    ]);
  });

  it('keeps to the period asked: the registrations that overlap it, NO_DATA_FOUND when none', async () => {
    const during = await consult(SSIN.insertionEnded, { beginDate: '2025-06-01', endDate: '2025-06-30' });
    expect(registrations(during)).toEqual([['VDAB', 'WITHOUT_BENEFITS', '2025-04-01', null, '44021']]);
    const before = await consult(SSIN.jobseekerFlanders, { beginDate: '2025-01-01', endDate: '2025-12-31' });
    expect(statusOf(before)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(child(before, 'result')).toBeUndefined();
  });

  it('does not show a registration before its first day (the clock)', async () => {
    // Integrated by Gent from 2020 for this test: his own integration starts only on 2026-02-01.
    integrateForGent(emu.app, SSIN.jobseekerFlanders);
    try {
      emu.app.clock.set(new Date('2026-01-04T10:00:00Z'));
      expect(statusOf(await consult(SSIN.jobseekerFlanders))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      emu.app.clock.set(new Date('2026-01-05T10:00:00Z'));
      expect(registrations(await consult(SSIN.jobseekerFlanders)).map((r) => r[2])).toEqual(['2026-01-05']);
    } finally {
      emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    }
  });

  it('answers CPAS Liège for jobseeker-wallonia (FOREM, professional insertion period) and refuses Gent', async () => {
    const liege = await s17.postBody('consultRegistrations', LEGAL_CONTEXT, `<criteria><ssin>${SSIN.jobseekerWallonia}</ssin></criteria>`, { cbe: LIEGE.org.cbe_number });
    expect(statusOf(liege)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    expect(registrations(liege)).toEqual([['FOREM', 'PROFESSIONAL_INSERTION_PERIOD', '2024-09-02', null, '62063']]);
    const gent = await consult(SSIN.jobseekerWallonia);
    expect(statusOf(gent)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
  });

  it('answers NO_DATA_FOUND for a person never registered', async () => {
    const root = await consult(SSIN.disabledAdult);
    expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
  });

  it('refuses administrative staff (no authorization row) and a period ending before it begins', async () => {
    const admin = await s17.postBody('consultRegistrations', LEGAL_CONTEXT, `<criteria><ssin>${SSIN.jobseekerFlanders}</ssin></criteria>`, { role: 'ADMIN_STAFF' });
    expect(statusOf(admin)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    expect(child(admin, 'result')).toBeUndefined();
    const reversed = await consult(SSIN.standard, { beginDate: '2025-01-01', endDate: '2024-01-01' });
    expect(statusOf(reversed)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/period', value: '2025-01-01..2024-01-01' }] });
  });
});
