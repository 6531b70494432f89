import { integrateForGent, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { OPERATIONS } from '../../src/services/F/VestaService/operations';

const F02: Endpoint = { path: '/SOA4520/VestaService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/VestaService/v1', wsdl: 'F02-VestaService/v1/VestaServiceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/VestaService' };
const LEGAL = 'SOCIAL_INVESTIGATION_OF_PCSA';
const files = (root: XmlElement) => childrenNamed(child(root, 'careFiles'), 'careFile');

describe('F02 VestaService (VESTA family and home care, modelled)', () => {
  let emu: TestEmulator;
  let f02: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    // A population large enough that every VESTA service has generated files.
    emu = await startEmulator({ population: 2000 });
    f02 = await endpointClient(emu, F02);
  });
  afterAll(() => emu.close());

  it('publishes one operation per VESTA service served, each with its SOAPAction', async () => {
    const names = ['consultFamilyCare', 'consultCleaningHelp', 'consultOddJobHelp', 'consultSittingService', 'consultPersonalAssistanceBudget'];
    expect(Object.keys(f02.client.describe().VestaService.VestaService)).toEqual(names);
    const wsdl = await (await fetch(`${emu.url}${F02.path}?wsdl`)).text();
    for (const name of names) expect(wsdl).toContain(`soapAction="http://kszbcss.fgov.be/VestaService/${name}"`);
  });

  it("answers disabled-adult's family care and cleaning help, each operation its own service", async () => {
    const family = await f02.call('consultFamilyCare', LEGAL, { criteria: { ssin: SSIN.disabledAdult } });
    expect(statusOf(family)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    const [care] = files(family);
    expect(files(family)).toHaveLength(1);
    expect(['careService', 'fileNumber', 'careStatus', 'plannedHoursPerMonth', 'hourlyContribution'].map((n) => childText(care, n))).toEqual(['FAMILY_CARE', 'GZ-2022-018734', 'ACTIVE', '16', '6.85']);
    expect([childText(care, 'careProvider', 'name'), childText(care, 'period', 'beginDate'), childText(care, 'period', 'endDate')]).toEqual(['Thuiszorg Leie en Schelde vzw', '2022-03-14', undefined]);
    expect(childText(care, 'careProvider', 'cbeNumber')).toMatch(/^0\d{9}$/);
    const cleaning = await f02.call('consultCleaningHelp', LEGAL, { criteria: { ssin: SSIN.disabledAdult } });
    expect(files(cleaning).map((f) => [childText(f, 'careService'), childText(f, 'period', 'beginDate')])).toEqual([['CLEANING_HELP', '2023-09-04']]);
    for (const op of ['consultOddJobHelp', 'consultSittingService', 'consultPersonalAssistanceBudget']) {
      expect([op, statusOf(await f02.call(op, LEGAL, { criteria: { ssin: SSIN.disabledAdult } })).code]).toEqual([op, 'MSG00100']);
    }
  });

  it("shows the pensioner's closed odd-job file with its reason, and keeps to the period asked", async () => {
    const odd = await f02.call('consultOddJobHelp', LEGAL, { criteria: { ssin: SSIN.pensioner } });
    const [file] = files(odd);
    expect(['careStatus', 'lastCareDate', 'closingReason'].map((n) => childText(file, n))).toEqual(['CLOSED', '2024-05-17', 'Work done (garden and small repairs)']);
    expect(childText(file, 'period', 'endDate')).toBe('2024-05-31');
    const in2025 = await f02.call('consultOddJobHelp', LEGAL, { criteria: { ssin: SSIN.pensioner, period: { beginDate: '2025-01-01', endDate: '2025-12-31' } } });
    expect(statusOf(in2025)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    const family2021 = await f02.call('consultFamilyCare', LEGAL, { criteria: { ssin: SSIN.disabledAdult, period: { beginDate: '2021-01-01', endDate: '2021-12-31' } } });
    expect(statusOf(family2021).value).toBe('NO_DATA_FOUND');
  });

  it('answers a generated Flemish person of every service served, with a yearly budget only for the assistance budget', async () => {
    for (const op of OPERATIONS) {
      const row = emu.app.db.prepare(`SELECT ssin FROM vesta_care_file WHERE care_service = ? AND ssin NOT IN ('${Object.values(SSIN).join("','")}') LIMIT 1`).get(op.service) as { ssin: string };
      expect([op.service, row !== undefined]).toEqual([op.service, true]);
      integrateForGent(emu.app, row.ssin);
      const root = await f02.call(op.name, LEGAL, { criteria: { ssin: row.ssin } });
      expect([op.name, statusOf(root).value]).toEqual([op.name, 'DATA_FOUND']);
      for (const f of files(root)) {
        expect(childText(f, 'careService')).toBe(op.service);
        const budget = op.service === 'PERSONAL_ASSISTANCE_BUDGET';
        expect([op.name, child(f, 'yearlyBudget') !== undefined, child(f, 'plannedHoursPerMonth') !== undefined]).toEqual([op.name, budget, !budget]);
      }
    }
  });

  it('refuses a Walloon OCMW (CPAS Liège, MSG00015), even for the person it integrated', async () => {
    const root = await f02.postBody('consultFamilyCare', LEGAL, `<criteria><ssin>${SSIN.jobseekerWallonia}</ssin></criteria>`, { cbe: LIEGE.org.cbe_number });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00015' });
    expect(child(root, 'careFiles')).toBeUndefined();
  });

  it('refuses a role no row names (financial director, MSG00013), and lets administrative staff see the files', async () => {
    const criteria = `<criteria><ssin>${SSIN.disabledAdult}</ssin></criteria>`;
    expect(statusOf(await f02.postBody('consultFamilyCare', LEGAL, criteria, { role: 'FINANCIAL_DIRECTOR' }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    expect(statusOf(await f02.postBody('consultFamilyCare', LEGAL, criteria, { role: 'ADMIN_STAFF' })).value).toBe('DATA_FOUND');
    expect(statusOf(await f02.postBody('consultFamilyCare', 'DEBT_RECOVERY', criteria)).code).toBe('MSG00013');
  });

  it('refuses a period that ends before it begins, naming it (MSG00008)', async () => {
    const root = await f02.postBody('consultCleaningHelp', LEGAL, `<criteria><ssin>${SSIN.pensioner}</ssin><period><beginDate>2026-06-01</beginDate><endDate>2026-01-01</endDate></period></criteria>`);
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/period', value: '2026-06-01/2026-01-01' }] });
  });
});
