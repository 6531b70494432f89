import { startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { SOCTAR_NS } from '../../src/services/S/SocialRateInvestigationService/citizen';

const S15: Endpoint = {
  path: '/SOA4520/SocialRateInvestigationService/consult_01',
  ns: 'http://kszbcss.fgov.be/intf/SocialRateInvestigationService/v1',
  wsdl: 'S15-SocialRateInvestigationService/v1/SocialRateInvestigationV1.wsdl',
  actionBase: 'http://kszbcss.fgov.be/SocialRateInvestigationService',
};
const INVESTIGATION = 'Social Rate Investigation';
const TODAY = '2026-11-16';

const periods = (parent: XmlElement | undefined, name: string) => childrenNamed(parent, name).map((p) => [childText(p, 'start'), childText(p, 'end')]);
const cbss = (root: XmlElement) => path(root, 'result', 'cbss');
const flags = (root: XmlElement) => child(cbss(root), 'identifier')!.attrs;
const protectedPersons = (root: XmlElement) =>
  childrenNamed(cbss(root), 'protectedPerson').map((p) => ({ ssin: childText(p, 'ssin'), rights: childrenNamed(p, 'rightPeriod').map((r) => [r.attrs.organization, childText(r, 'start'), childText(r, 'end')]) }));
const citizen = (root: XmlElement) => path(root, 'result', 'soctar', 'CitizenCompleteStatus');
const matches = (root: XmlElement) =>
  childrenNamed(child(citizen(root), 'MatchList'), 'Match').map((m) => ({
    ssin: childText(m, 'ssin'),
    street: `${childText(m, 'streetName')} ${childText(m, 'houseNu')}`,
    product: childText(m, 'product'),
    eligibility: childText(m, 'eligibility'),
    startDate: childText(m, 'startDate'),
    updateDate: childText(m, 'updateDate'),
    endDate: childText(m, 'endDate'),
  }));

describe('S15 SocialRateInvestigationService', () => {
  let emu: TestEmulator;
  let s15: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    s15 = await endpointClient(emu, S15);
  });
  beforeEach(() => emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`)));
  afterEach(() => emu.app.faults.clear());
  afterAll(() => emu.close());

  const consult = (ssin: string, temporalCriteria?: string) => s15.call('consultExchangedData', INVESTIGATION, { criterion: { ssin, ...(temporalCriteria ? { temporalCriteria } : {}) } });

  it("gives the standard persona's leefloon as a protected person, her household's tariff and her two matched contracts", async () => {
    const root = await consult(SSIN.standard);
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    expect(childText(root, 'criterion', 'ssin')).toBe(SSIN.standard);
    expect(flags(root)).toEqual({ finalCustomer: 'true', householdHead: 'true', protectedPerson: 'true' });
    expect(protectedPersons(root)).toEqual([{ ssin: SSIN.standard, rights: [['17', '2025-01-01', undefined]] }]);
    const customer = child(cbss(root), 'finalCustomer');
    expect(periods(child(customer, 'hasRight'), 'globalRightPeriod')).toEqual([['2025-01-01', undefined]]);
    // FOD Economie's part: the household today, and both contracts at her domicile with the tariff,
    // told to the suppliers at the run of 2025-01-15.
    const c = citizen(root)!;
    expect(c.ns).toBe(SOCTAR_NS.ccs);
    expect(childText(c, 'HouseholdData', 'streetName')).toBe('Dampoortstraat');
    expect(child(c, 'HouseholdData')!.ns).toBe(SOCTAR_NS.ccs);
    expect(child(child(c, 'HouseholdData'), 'streetName')!.ns).toBe(SOCTAR_NS.hhd);
    expect(childrenNamed(child(c, 'HouseholdMembers'), 'HouseholdMember').map((m) => childText(m, 'ssin'))).toEqual([SSIN.standard]);
    expect(matches(root)).toEqual([
      { ssin: SSIN.standard, street: 'Dampoortstraat 87', product: 'E', eligibility: '0', startDate: '2025-01-01', updateDate: '2025-01-15', endDate: undefined },
      { ssin: SSIN.standard, street: 'Dampoortstraat 87', product: 'G', eligibility: '0', startDate: '2025-01-01', updateDate: '2025-01-15', endDate: undefined },
    ]);
    expect([childText(c, 'rnReferenceDate'), childText(c, 'supplierReferenceDate'), childText(c, 'bcssReferenceDate')]).toEqual(['2026-11-15', '2026-10-15', '2026-10-05']);
    expect(child(c, 'Status')).toBeUndefined();
  });

  it('extends a right to its whole quarter: a leefloon from 2025-03-01 gives the tariff from 2025-01-01', async () => {
    const root = await consult(SSIN.familyHead);
    const rights = protectedPersons(root).find((p) => p.ssin === SSIN.familyHead)!.rights;
    expect(rights[rights.length - 1]).toEqual(['17', '2025-03-01', undefined]);
    expect(periods(path(root, 'result', 'cbss', 'finalCustomer', 'hasRight'), 'globalRightPeriod')).toEqual([['2025-01-01', undefined]]);
  });

  it("shows a partner the household's head as final customer and protected person, not herself", async () => {
    const root = await consult(SSIN.familyPartner);
    expect(flags(root)).toEqual({ finalCustomer: 'false', householdHead: 'false', protectedPerson: 'false' });
    const head = child(cbss(root), 'householdHead')!;
    expect(childText(head, 'ssin')).toBe(SSIN.familyHead);
    expect(childrenNamed(head, 'member').map((m) => childText(m, 'ssin'))).toEqual([SSIN.familyHead]);
    expect(childText(cbss(root), 'finalCustomer', 'ssin')).toBe(SSIN.familyHead);
    expect(childrenNamed(child(citizen(root), 'HouseholdMembers'), 'HouseholdMember')).toHaveLength(4);
    expect(new Set(matches(root).map((m) => m.ssin))).toEqual(new Set([SSIN.familyHead]));
  });

  it('refuses the tariff on a contract away from the domicile (eligibility 1, no period), grants it at home', async () => {
    const root = await consult(SSIN.disabledAdult);
    expect(protectedPersons(root)).toEqual([{ ssin: SSIN.disabledAdult, rights: [['16', '2015-01-01', undefined]] }]);
    const byStreet = matches(root).map((m) => [m.street, m.product, m.eligibility, m.startDate]);
    expect(byStreet).toContainEqual(['Sint-Pietersnieuwstraat 140', 'E', '1', undefined]);
    expect(byStreet).toContainEqual(['Sint-Pietersnieuwstraat 31', 'E', '0', '2015-01-01']);
  });

  it("counts the GRAPA of the pension service (organization 5): self-employed-pre-2003's since his pension", async () => {
    const root = await consult(SSIN.selfEmployedPre2003);
    expect(protectedPersons(root)).toEqual([{ ssin: SSIN.selfEmployedPre2003, rights: [['5', '2015-03-01', undefined]] }]);
    expect(periods(path(root, 'result', 'cbss', 'finalCustomer', 'hasRight'), 'globalRightPeriod')).toEqual([['2015-01-01', undefined]]);
    // A pension alone opens no tariff.
    expect(statusOf(await consult(SSIN.pensioner)).value).toBe('NO_DATA_FOUND');
  });

  it('has not decided a quarter before its run on the 15th: the match has no eligibility yet', async () => {
    emu.app.clock.set(new Date('2025-01-10T10:00:00Z'));
    const before = await consult(SSIN.standard);
    expect(matches(before).map((m) => [m.eligibility, m.updateDate])).toEqual([[undefined, undefined], [undefined, undefined]]);
    expect(childText(citizen(before), 'supplierReferenceDate')).toBe('2024-10-15');
    emu.app.clock.set(new Date('2025-01-20T10:00:00Z'));
    const after = await consult(SSIN.standard);
    expect(matches(after).map((m) => [m.eligibility, m.updateDate])).toEqual([['0', '2025-01-15'], ['0', '2025-01-15']]);
  });

  it('looks at one quarter with temporalCriteria', async () => {
    expect(statusOf(await consult(SSIN.standard, '2024Q4'))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    const q = await consult(SSIN.standard, '2025Q1');
    expect(statusOf(q).value).toBe('DATA_FOUND');
    expect(childText(q, 'criterion', 'temporalCriteria')).toBe('2025Q1');
    // The deceased persona's household ended at his death: nothing after that quarter.
    expect(statusOf(await consult(SSIN.deceased, '2025Q2')).value).toBe('DATA_FOUND');
    expect(statusOf(await consult(SSIN.deceased, '2025Q4')).value).toBe('NO_DATA_FOUND');
  });

  it('refuses a quarter FOD Economie has not reached (NO_RESULT MSG00008 naming criterion/temporalCriteria)', async () => {
    const root = await consult(SSIN.standard, '2027Q1');
    expect(statusOf(root)).toEqual({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criterion/temporalCriteria', value: '2027Q1' }] });
    expect(child(root, 'result')).toBeUndefined();
  });

  it('answers NO_DATA_FOUND MSG00100 when no one in the households was protected', async () => {
    const root = await consult(SSIN.employed);
    expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(child(root, 'result')).toBeUndefined();
  });

  it('gives KSZ part alone for a BIS number: FOD Economie answers SSIN_NOT_FOUND', async () => {
    const root = await consult(SSIN.bis);
    expect(statusOf(root).value).toBe('DATA_FOUND');
    expect(protectedPersons(root)).toEqual([{ ssin: SSIN.bis, rights: [['17', '2022-05-16', '2023-12-31']] }]);
    expect(path(root, 'result', 'cbss', 'finalCustomer', 'nobody')).toBeDefined();
    const status = child(citizen(root), 'Status')!;
    expect([status.ns, childText(status, 'value')]).toEqual([SOCTAR_NS.ccs, 'SSIN_NOT_FOUND']);
    expect(child(status, 'value')!.ns).toBe(SOCTAR_NS.st);
    expect(child(citizen(root), 'HouseholdData')).toBeUndefined();
  });

  it('answers SERVICE_UNAVAILABLE in the soctar part under an injected PARTIAL fault, KSZ part intact', async () => {
    emu.app.faults.set([{ service: 'S15', kind: 'PARTIAL' }]);
    const root = await consult(SSIN.standard);
    expect(statusOf(root).value).toBe('DATA_FOUND');
    expect(protectedPersons(root)).toHaveLength(1);
    expect(childText(citizen(root), 'Status', 'value')).toBe('SERVICE_UNAVAILABLE');
    expect(child(citizen(root), 'MatchList')).toBeUndefined();
  });

  describe('authorizations', () => {
    const body = `<criterion><ssin>${SSIN.standard}</ssin></criterion>`;
    it('lets administrative staff deliver a paper attest, and nothing else', async () => {
      expect(statusOf(await s15.postBody('consultExchangedData', 'Paper Attest Delivery', body, { role: 'ADMIN_STAFF' })).value).toBe('DATA_FOUND');
      expect(statusOf(await s15.postBody('consultExchangedData', INVESTIGATION, body, { role: 'ADMIN_STAFF' }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    });
    it("refuses FOD Economie's and KSZ's own contexts to an OCMW", async () => {
      for (const context of ['Update Administrative data', 'CBSS Validation']) {
        expect(statusOf(await s15.postBody('consultExchangedData', context, body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
      }
    });
    it('refuses a person the OCMW has not integrated (MSG00012)', async () => {
      expect(statusOf(await consult(SSIN.notIntegrated))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    });
  });
});
