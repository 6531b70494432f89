import { startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, text, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const V2: Endpoint = { path: '/SOA4520/HandiService/v2/consult', ns: 'http://kszbcss.fgov.be/intf/HandiService/v2', wsdl: 'S12-HandiService/v2/HandiV2.wsdl', actionBase: 'http://kszbcss.fgov.be/HandiService' };
const V1: Endpoint = { path: '/SOA4520/HandiService/consult_01', ns: 'http://kszbcss.fgov.be/intf/HandiService/v1', wsdl: 'S12-HandiService/v1/HandiV1.wsdl', actionBase: 'http://kszbcss.fgov.be/HandiService' };
/** The emulator's clock during these tests. */
const TODAY = '2026-11-16';
const ALL_PARTS = { evolutionOfRequest: true, handicapRecognitions: true, rights: true, socialCards: true };
const BOTH = { DGPH: true, VSB: true };

const result = (root: XmlElement, source: 'dgphResult' | 'vsbResult') => child(child(root, 'results'), source);
const resultStatus = (root: XmlElement, source: 'dgphResult' | 'vsbResult') => childText(result(root, source), 'status', 'value');

describe('S12 HandiService', () => {
  let emu: TestEmulator;
  let v2: Awaited<ReturnType<typeof endpointClient>>;
  let v1: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    v2 = await endpointClient(emu, V2);
    v1 = await endpointClient(emu, V1);
  });
  afterAll(() => emu.close());

  const filesByDate = (ssin: string, referenceDate = TODAY, parts: Record<string, boolean> = ALL_PARTS, sources: Record<string, boolean> = BOTH) =>
    v2.call('consultFilesByDate', 'social inquiry', { criteria: { ssin, handicapAuthenticSources: sources, referenceDate, parts } });

  describe('v2 consultFilesByDate', () => {
    it("answers disabled-adult's DGPH and VSB files at today's date, every part, with her address", async () => {
      const root = await filesByDate(SSIN.disabledAdult);
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'ssin')).toBe(SSIN.disabledAdult);
      expect(child(root, 'dataFilters')).toBeUndefined();
      const dgph = child(result(root, 'dgphResult'), 'file')!;
      expect(childText(dgph, 'addressHandicappedPerson', 'lastName')).toBe('Verschueren');
      expect(childText(child(dgph, 'addressHandicappedPerson'), 'address', 'cityCode')).toBe('44021');
      // Decided in 2014: nothing pending any more.
      expect(childText(dgph, 'evolutionOfRequest', 'legislation')).toBe('0');
      expect(childText(dgph, 'evolutionOfRequest', 'handicapRecognitionPending')).toBe('false');
      const recognitions = childrenNamed(child(dgph, 'handicapRecognitions'), 'handicapRecognition');
      expect(recognitions).toHaveLength(1);
      expect(childText(recognitions[0], 'recognitionStatus', 'startDateRecognition')).toBe('2014-04-01');
      expect(childText(recognitions[0], 'handicapRecognitionDetails', 'lowerLimbs50p')).toBe('true');
      expect(childText(child(recognitions[0], 'resultRecognitionAdult'), 'diminuationIndependence', 'totalPoints')).toBe('12');
      const rights = child(dgph, 'rights')!;
      expect(['legislation', 'categoryIVT', 'categoryIT', 'totalMonthAmount', 'monthAmount', 'partnerIncome'].map((n) => childText(rights, n))).toEqual(['3', 'B', '3', '1936.28', '1441.01', 'false']);
      expect(childrenNamed(child(dgph, 'socialCards'), 'socialCard').map((c) => childText(c, 'cardCategory'))).toEqual(['REDUCTIONCARD', 'PARKINGCARD']);
      const vsb = child(result(root, 'vsbResult'), 'file')!;
      expect(childText(vsb, 'rights', 'totalMonthAmount')).toBe('300.00');
      expect(childText(child(vsb, 'rights'), 'period', 'beginDate')).toBe('2019-01-01');
    });

    it('tells where a request stood on an earlier date: complete, not yet decided; VSB had no file then', async () => {
      const root = await filesByDate(SSIN.disabledAdult, '2014-08-01');
      expect(statusOf(root).value).toBe('DATA_FOUND');
      const dgph = child(result(root, 'dgphResult'), 'file')!;
      const evolution = child(dgph, 'evolutionOfRequest')!;
      expect(['legislation', 'requestDate', 'administrativePendingRequest', 'handicapRecognitionPending', 'fileCompletionDate'].map((n) => childText(evolution, n))).toEqual(['3', '2014-03-10', 'false', 'true', '2014-06-02']);
      expect(child(dgph, 'handicapRecognitions')).toBeUndefined();
      expect(child(dgph, 'rights')).toBeUndefined();
      expect([resultStatus(root, 'vsbResult'), childText(result(root, 'vsbResult'), 'status', 'code')]).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    });

    it('returns only the parts and the administrations asked', async () => {
      const root = await filesByDate(SSIN.disabledAdult, TODAY, { socialCards: true }, { VSB: true });
      expect(result(root, 'dgphResult')).toBeUndefined();
      // VSB keeps no social cards: nothing of what was asked.
      expect([resultStatus(root, 'vsbResult'), child(result(root, 'vsbResult'), 'file')]).toEqual(['NO_DATA_FOUND', undefined]);
      const dgphOnly = await filesByDate(SSIN.disabledAdult, TODAY, { rights: true }, { DGPH: true });
      const file = child(result(dgphOnly, 'dgphResult'), 'file')!;
      expect([child(file, 'rights') !== undefined, child(file, 'socialCards'), child(file, 'evolutionOfRequest')]).toEqual([true, undefined, undefined]);
    });

    it("shows a child's recognition on the three pillars, without an allowance from the DGPH", async () => {
      // Zeynep is integrated by Gent with her family (quality code 5).
      const root = await filesByDate(SSIN.largeFamilyChild3);
      const recognition = child(child(child(result(root, 'dgphResult'), 'file'), 'handicapRecognitions'), 'handicapRecognition')!;
      expect(childText(child(recognition, 'resultRecognitionChild'), 'pillars', 'pillarsTotal')).toBe('12');
      expect(child(child(result(root, 'dgphResult'), 'file'), 'rights')).toBeUndefined();
    });

    it('answers NO_DATA_FOUND when neither administration has a file', async () => {
      const root = await filesByDate(SSIN.pensioner);
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect([resultStatus(root, 'dgphResult'), resultStatus(root, 'vsbResult')]).toEqual(['NO_DATA_FOUND', 'NO_DATA_FOUND']);
    });

    it('lists the parts proportionality withheld in dataFilters (administrative staff)', async () => {
      const criteria = `<criteria><ssin>${SSIN.disabledAdult}</ssin><handicapAuthenticSources><DGPH>true</DGPH></handicapAuthenticSources><referenceDate>${TODAY}</referenceDate><parts><evolutionOfRequest>true</evolutionOfRequest><handicapRecognitions>true</handicapRecognitions><rights>true</rights><socialCards>true</socialCards></parts></criteria>`;
      const root = await v2.postBody('consultFilesByDate', 'social inquiry', criteria, { role: 'ADMIN_STAFF' });
      expect(statusOf(root).value).toBe('DATA_FOUND');
      expect(childrenNamed(child(root, 'dataFilters'), 'filteredElement').map(text)).toEqual(['handicapRecognitions', 'rights']);
      const file = child(result(root, 'dgphResult'), 'file')!;
      expect([child(file, 'rights'), child(file, 'handicapRecognitions')]).toEqual([undefined, undefined]);
      expect(child(file, 'socialCards')).toBeDefined();
    });

    it('refuses a request that asks no administration (HAN00022) or no part (HAN00023)', async () => {
      const noSource = await v2.postBody('consultFilesByDate', 'social inquiry', `<criteria><ssin>${SSIN.disabledAdult}</ssin><handicapAuthenticSources><DGPH>false</DGPH></handicapAuthenticSources><referenceDate>${TODAY}</referenceDate><parts><rights>true</rights></parts></criteria>`);
      expect(statusOf(noSource)).toMatchObject({ value: 'NO_RESULT', code: 'HAN00022' });
      const noPart = await v2.postBody('consultFilesByDate', 'social inquiry', `<criteria><ssin>${SSIN.disabledAdult}</ssin><handicapAuthenticSources><DGPH>true</DGPH></handicapAuthenticSources><referenceDate>${TODAY}</referenceDate><parts/></criteria>`);
      expect(statusOf(noPart)).toMatchObject({ value: 'NO_RESULT', code: 'HAN00023' });
    });

    it('refuses a role the authorization rows do not name, and a person Gent has not integrated', async () => {
      const criteria = `<criteria><ssin>${SSIN.disabledAdult}</ssin><handicapAuthenticSources><DGPH>true</DGPH></handicapAuthenticSources><referenceDate>${TODAY}</referenceDate><parts><rights>true</rights></parts></criteria>`;
      expect(statusOf(await v2.postBody('consultFilesByDate', 'social inquiry', criteria, { role: 'GENERAL_DIRECTOR' })).value).toBe('NO_RESULT');
      expect(statusOf(await filesByDate(SSIN.notIntegrated)).code).toBe('MSG00012');
    });
  });

  describe('v2 consultPayments', () => {
    const payments = (ssin: string, beginDate: string, endDate: string) => v2.call('consultPayments', 'social inquiry', { criteria: { ssin, handicapAuthenticSources: BOTH, period: { beginDate, endDate } } });

    it('answers the monthly payments of both administrations in the period, indexed each January', async () => {
      const root = await payments(SSIN.disabledAdult, '2025-11-01', '2026-10-31');
      const dgph = childrenNamed(child(result(root, 'dgphResult'), 'payments'), 'payment');
      expect(dgph.map((p) => childText(p, 'yearMonth'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
      expect([childText(dgph[0], 'amount'), childText(dgph[2], 'amount'), childText(dgph[2], 'cancelledPayment')]).toEqual(['1899.35', '1936.28', 'false']);
      const vsb = childrenNamed(child(result(root, 'vsbResult'), 'payments'), 'payment');
      expect(new Set(vsb.map((p) => childText(p, 'amount')))).toEqual(new Set(['300.00']));
      expect(vsb).toHaveLength(12);
    });

    it('refuses a period of more than 24 months (HAN00020) or one that runs backwards (HAN00021)', async () => {
      expect(statusOf(await payments(SSIN.disabledAdult, '2024-01-01', '2026-01-31')).code).toBe('HAN00020');
      expect(statusOf(await payments(SSIN.disabledAdult, '2026-05-01', '2026-01-31')).code).toBe('HAN00021');
    });
  });

  describe('v1 (the CPAS client)', () => {
    const wanted = (ssin: string, flags: Record<string, boolean>, startDate?: string) => ({
      wantedInformation: { ssin, informationAtReferenceDate: { referenceDate: TODAY, ...flags }, ...(startDate ? { paymentsAtPeriod: { startDate, endDate: TODAY } } : {}) },
    });
    const V1_FLAGS = { evolutionOfRequest: true, handicapRecognition: true, rights: true, socialCards: true };

    it('answers consultFile as the CPAS client asks it: every block, and the payments since a year and 11 months back', async () => {
      const root = await v1.call('consultFile', 'social inquiry', wanted(SSIN.disabledAdult, V1_FLAGS, '2024-12-16'));
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const file = child(root, 'file')!;
      expect(childText(file, 'ssin')).toBe(SSIN.disabledAdult);
      expect(childText(file, 'handicapRecognition', 'dateOfDecision')).toBe('2014-09-15');
      expect(childText(file, 'rights', 'categoryIVT')).toBe('B');
      expect(childrenNamed(file, 'socialCards').map((c) => childText(c, 'cardType'))).toEqual(['REDUCTIONCARD', 'PARKINGCARD']);
      const paid = childrenNamed(file, 'payments');
      expect(paid).toHaveLength(24);
      expect([childText(paid[0], 'yearMonth'), childText(paid[0], 'amount'), childText(paid[23], 'yearMonth')]).toEqual(['2024-12', '1862.11', '2026-11']);
    });

    it('keeps every block, with noDataReason "not requested", "not authorized" or "no data in db"', async () => {
      const some = await v1.call('consultFile', 'social inquiry', wanted(SSIN.disabledAdult, { evolutionOfRequest: true, handicapRecognition: false, rights: false, socialCards: true }));
      const file = child(some, 'file')!;
      expect(['handicapRecognition', 'rights', 'payments'].map((b) => childText(file, b, 'noDataReason'))).toEqual(['not requested', 'not requested', 'not requested']);
      expect(childText(file, 'socialCards', 'noDataReason')).toBeUndefined();

      const child3 = await v1.call('consultFile', 'social inquiry', wanted(SSIN.largeFamilyChild3, V1_FLAGS, '2025-01-01'));
      expect(['rights', 'socialCards', 'payments'].map((b) => childText(child(child3, 'file'), b, 'noDataReason'))).toEqual(['no data in db', 'no data in db', 'no data in db']);

      const xml = `<wantedInformation><ssin>${SSIN.disabledAdult}</ssin><informationAtReferenceDate><referenceDate>${TODAY}</referenceDate><evolutionOfRequest>true</evolutionOfRequest><handicapRecognition>true</handicapRecognition><rights>true</rights><socialCards>true</socialCards></informationAtReferenceDate></wantedInformation>`;
      const staff = await v1.postBody('consultFile', 'social inquiry', xml, { role: 'ADMIN_STAFF' });
      expect(['handicapRecognition', 'rights'].map((b) => childText(child(staff, 'file'), b, 'noDataReason'))).toEqual(['not authorized', 'not authorized']);
    });

    it('answers NO_DATA_FOUND for a person the DGPH does not know, and refuses a legal context outside its enumeration', async () => {
      expect(statusOf(await v1.call('consultFile', 'social inquiry', wanted(SSIN.pensioner, V1_FLAGS))).value).toBe('NO_DATA_FOUND');
      const xml = `<wantedInformation><ssin>${SSIN.disabledAdult}</ssin><informationAtReferenceDate><referenceDate>${TODAY}</referenceDate><evolutionOfRequest>true</evolutionOfRequest><handicapRecognition>true</handicapRecognition><rights>true</rights><socialCards>true</socialCards></informationAtReferenceDate></wantedInformation>`;
      const refused = await v1.postBody('consultFile', 'SOCIAL_INVESTIGATION_OF_PCSA', xml, { validate: false });
      expect(statusOf(refused)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'legalContext', value: 'SOCIAL_INVESTIGATION_OF_PCSA' }] });
    });

    it('answers consultRightsAndPayments with one file per right in the period and its payments', async () => {
      const root = await v1.call('consultRightsAndPayments', 'social inquiry', { criteria: { ssin: SSIN.disabledAdult, period: { beginDate: '2025-06-01', endDate: '2026-05-31' } } });
      const files = childrenNamed(root, 'file');
      expect(files.map((f) => childText(f, 'rights', 'totalMonthAmount'))).toEqual(['1899.35', '1936.28']);
      expect(files.map((f) => childrenNamed(f, 'payments').length)).toEqual([7, 5]);
      expect(childText(files[0], 'evolutionOfRequest', 'noDataReason')).toBe('not requested');
    });
  });
});
