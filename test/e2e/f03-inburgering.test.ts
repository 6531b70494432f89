import { LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const F03: Endpoint = { path: '/SOA4520/InburgeringService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/InburgeringService/v1', wsdl: 'F03-InburgeringService/v1/InburgeringServiceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/InburgeringService' };
const OP = 'consultIntegrationPath';
const LEGAL = 'SOCIAL_INVESTIGATION_OF_PCSA';

describe('F03 InburgeringService (KBI, modelled)', () => {
  let emu: TestEmulator;
  let f03: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    f03 = await endpointClient(emu, F03);
  });
  afterAll(() => emu.close());

  it('publishes one operation with its SOAPAction', async () => {
    expect(Object.keys(f03.client.describe().InburgeringService.InburgeringService)).toEqual([OP]);
    const wsdl = await (await fetch(`${emu.url}${F03.path}?wsdl`)).text();
    expect(wsdl).toContain(`soapAction="http://kszbcss.fgov.be/InburgeringService/${OP}"`);
  });

  it("answers the newcomer's whole path: registration, obligation, counselling, civic orientation, NT2 to A2, certificate", async () => {
    const root = await f03.call(OP, LEGAL, { criteria: { ssin: SSIN.newcomer } });
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    const path = child(root, 'integrationPath')!;
    expect([childText(path, 'registration', 'registrationDate'), childText(child(path, 'registration'), 'office', 'municipality')]).toEqual(['2023-10-02', 'Gent']);
    expect([childText(path, 'obligation', 'obligationStatus'), childText(path, 'pathStatus')]).toEqual(['OBLIGED', 'COMPLETED']);
    expect([childText(child(path, 'trajectoryCounselling'), 'period', 'beginDate'), childText(child(path, 'trajectoryCounselling'), 'period', 'endDate')]).toEqual(['2023-10-02', '2025-01-20']);
    const civic = childrenNamed(path, 'civicOrientation');
    expect(civic.map((c) => [childText(c, 'courseLanguage'), childText(c, 'result'), childText(c, 'testDate')])).toEqual([['Dari', 'PASSED', '2024-02-16']]);
    const nt2 = child(path, 'dutchAsSecondLanguage')!;
    expect(childrenNamed(nt2, 'dutchCourse').map((c) => [childText(c, 'targetLevel'), childText(c, 'result')])).toEqual([['A1', 'PASSED'], ['A2', 'PASSED']]);
    expect(childText(nt2, 'highestLevelAttained')).toBe('A2');
    expect([childText(path, 'integrationCertificate', 'issueDate'), childText(path, 'integrationCertificate', 'certificateNumber')]).toEqual(['2025-01-20', 'IA-2025-G-004187']);
  });

  it('answers NO_DATA_FOUND for a person the KBI does not know', async () => {
    const root = await f03.call(OP, LEGAL, { criteria: { ssin: SSIN.socialTenant } });
    expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(child(root, 'integrationPath')).toBeUndefined();
  });

  it('refuses a Walloon OCMW (CPAS Liège, MSG00015), even for the person it integrated', async () => {
    const root = await f03.postBody(OP, LEGAL, `<criteria><ssin>${SSIN.jobseekerWallonia}</ssin></criteria>`, { cbe: LIEGE.org.cbe_number });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00015' });
  });

  it('refuses a role no row names (general director, MSG00013) and another legal context', async () => {
    const criteria = `<criteria><ssin>${SSIN.newcomer}</ssin></criteria>`;
    expect(statusOf(await f03.postBody(OP, LEGAL, criteria, { role: 'GENERAL_DIRECTOR' }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    expect(statusOf(await f03.postBody(OP, 'DEBT_RECOVERY', criteria)).code).toBe('MSG00013');
  });

  it('refuses an SSIN of the wrong shape (schema, MSG00008) and one with a wrong check digit (MSG00011)', async () => {
    const shape = await f03.postBody(OP, LEGAL, '<criteria><ssin>12345</ssin></criteria>', { validate: false });
    expect(statusOf(shape)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    const wrong = `${SSIN.newcomer.slice(0, 9)}${String((Number(SSIN.newcomer.slice(9)) + 1) % 98).padStart(2, '0')}`;
    expect(statusOf(await f03.postBody(OP, LEGAL, `<criteria><ssin>${wrong}</ssin></criteria>`))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00011' });
  });
});
