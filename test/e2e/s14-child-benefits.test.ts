import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { authOf, Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { faultOf, post, soapEnvelope } from '../helpers/http';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const CB: Endpoint = { path: '/SOA4520/ChildBenefitsService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/ChildBenefitsService/v1', wsdl: 'S14-ChildBenefitsService/v1/ChildBenefitsV1.wsdl', actionBase: 'http://kszbcss.fgov.be/child-benefits' };
const CADAF: Endpoint = { path: '/SOA4520/FamilyAllowancesService/consultFamilyAllowances', ns: 'http://kszbcss.fgov.be/intf/FamilyAllowancesConsult', wsdl: 'S14-FamilyAllowancesConsult/v1/FamilyAllowancesConsultation.wsdl', actionBase: 'http://kszbcss.fgov.be/FamilyAllowancesConsultationService',
  roots: { familyAllowancesConsult: { request: 'consultFamilyAllowancesRequest', response: 'consultFamilyAllowancesResponse' } },
};
const TODAY = '2026-11-16';
const LEGAL = 'SOCIAL_INVESTIGATION_OF_PCSA';

async function putFaults(emu: TestEmulator, body: unknown): Promise<{ status: number; body: { error?: string } }> {
  const res = await fetch(`${emu.url}/_admin/faults`, { method: 'PUT', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  return { status: res.status, body: await res.json() };
}

/** The results by source: status value and the files. */
function bySource(root: XmlElement): Record<string, { status: string; code: string; files: XmlElement[] }> {
  const out: Record<string, { status: string; code: string; files: XmlElement[] }> = {};
  for (const r of childrenNamed(child(root, 'results'), 'resultByAuthenticSource')) {
    out[r.attrs.authenticSource] = { status: childText(r, 'status', 'value')!, code: childText(r, 'status', 'code')!, files: childrenNamed(child(r, 'files'), 'file') };
  }
  return out;
}
const children = (file: XmlElement) => childrenNamed(child(file, 'children'), 'child');

describe('S14 ChildBenefitsService and FamilyAllowancesConsult (Cadaf)', () => {
  let emu: TestEmulator;
  let cb: Awaited<ReturnType<typeof endpointClient>>;
  let cadaf: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    cb = await endpointClient(emu, CB);
    cadaf = await endpointClient(emu, CADAF);
  });
  afterAll(() => emu.close());
  afterEach(() => emu.app.faults.clear());

  const files = (ssin: string, beginMonth: string, endMonth?: string, sources?: string[]) =>
    cb.call('consultFilesBySsin', LEGAL, { criteria: { ssin, period: { beginMonth, endMonth }, ...(sources ? { authenticSources: { authenticSource: sources } } : {}) } });

  describe('consultFilesBySsin', () => {
    it("follows the large family from the federal system to Brussels and then to Flanders, one result per source", async () => {
      const root = await files(SSIN.largeFamilyHead, '2018-01', '2026-11');
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const r = bySource(root);
      expect(Object.keys(r)).toEqual(['FEDERAL', 'BRUSSELS', 'FLANDERS', 'WALLONIA', 'EASTBELGIUM']);
      expect([r.WALLONIA.status, r.WALLONIA.code, r.EASTBELGIUM.status]).toEqual(['NO_DATA_FOUND', 'MSG00100', 'NO_DATA_FOUND']);
      // Federal until Brussels paid its own (2020): the entitled person is the father; three children then.
      const [federal] = r.FEDERAL.files;
      expect(childText(federal, 'entitledPersonSsin')).toBe(SSIN.largeFamilyHead);
      expect(children(federal).map((c) => childText(c, 'ssin'))).toEqual([SSIN.largeFamilyChild1, SSIN.largeFamilyChild2, SSIN.largeFamilyChild3]);
      // Brussels from 2020 to the move: the four children, a file number, no entitled person.
      const [brussels] = r.BRUSSELS.files;
      expect([childText(brussels, 'childBenefitsFund', 'enterpriseNumber') !== undefined, childText(brussels, 'fileNumber') !== undefined, childText(brussels, 'entitledPersonSsin')]).toEqual([true, true, undefined]);
      expect(children(brussels)).toHaveLength(4);
      const can = children(brussels).find((c) => childText(c, 'ssin') === SSIN.largeFamilyChild4)!;
      expect([childText(can, 'bonuses', 'bonus', 'category', 'code'), childText(can, 'bonuses', 'bonus', 'paymentDate')]).toEqual(['BIRTH', '2020-09-01']);
      // Flanders since the move: one file per child, no file number, every period linked to the mother.
      expect(r.FLANDERS.files).toHaveLength(4);
      for (const f of r.FLANDERS.files) {
        expect([children(f).length, childText(f, 'fileNumber')]).toEqual([1, undefined]);
        for (const p of childrenNamed(child(children(f)[0], 'paymentPeriods'), 'paymentPeriod')) expect(childText(p, 'beneficiaries', 'beneficiary')).toBe(SSIN.largeFamilyPartner);
      }
      const zeynep = r.FLANDERS.files.map((f) => children(f)[0]).find((c) => childText(c, 'ssin') === SSIN.largeFamilyChild3)!;
      const categories = childrenNamed(child(zeynep, 'paymentPeriods'), 'paymentPeriod').map((p) => `${childText(p, 'category', 'code')} ${childText(p, 'beginMonth')}`);
      expect(categories).toEqual(['BASIC 2022-09', 'SPECIAL_CARE 2022-09', 'SOCIAL 2022-09']);
    });

    it('asks only the sources named, and only the months asked', async () => {
      const flemish = await files(SSIN.familyHead, '2024-01', '2024-12', ['FLANDERS']);
      expect(Object.keys(bySource(flemish))).toEqual(['FLANDERS']);
      expect(bySource(flemish).FLANDERS.files).toHaveLength(2);
      const walloon = await files(SSIN.familyHead, '2024-01', '2024-12', ['WALLONIA']);
      expect(statusOf(walloon)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      // Before 2019 the family's children were paid by the federal system only.
      const before = await files(SSIN.familyPartner, '2015-01', '2018-12');
      expect(Object.entries(bySource(before)).filter(([, v]) => v.status === 'DATA_FOUND').map(([k]) => k)).toEqual(['FEDERAL']);
    });

    it('answers INCOMPLETE_DATA CHB00001 when a source does not answer (an injected PARTIAL fault), once per count', async () => {
      const put = await putFaults(emu, { rules: [{ service: 'S14', ssin: SSIN.largeFamilyHead, kind: 'PARTIAL', count: 1 }] });
      expect(put.status).toBe(200);
      const partial = await files(SSIN.largeFamilyHead, '2022-01', '2026-11');
      expect(statusOf(partial)).toMatchObject({ value: 'INCOMPLETE_DATA', code: 'CHB00001' });
      const r = bySource(partial);
      expect([r.FLANDERS.status, r.FLANDERS.code, r.FLANDERS.files.length, r.BRUSSELS.status]).toEqual(['TECHNICAL_ERROR', 'MSG00020', 0, 'DATA_FOUND']);
      expect(statusOf(await files(SSIN.largeFamilyHead, '2022-01', '2026-11')).value).toBe('DATA_FOUND');
    });

    it('answers a SOAP fault (MSG00020) when the only source asked does not answer', async () => {
      emu.app.faults.set([{ service: 'S14', kind: 'PARTIAL' }]);
      const body = `<t:consultFilesBySsinRequest xmlns:t="${CB.ns}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer><legalContext>${LEGAL}</legalContext><criteria><ssin>${SSIN.largeFamilyHead}</ssin><period><beginMonth>2024-01</beginMonth></period><authenticSources><authenticSource>FLANDERS</authenticSource></authenticSources></criteria></t:consultFilesBySsinRequest>`;
      const res = await post(`${emu.url}${CB.path}`, soapEnvelope(body), { ...authOf('SOCIAL_WORKER'), SOAPAction: `${CB.actionBase}/consultFilesBySsin` });
      expect(res.status).toBe(500);
      const fault = faultOf(res.body);
      expect([fault.detail?.local, childText(fault.detail, 'detail', 'reasonCode')]).toEqual(['consultFilesBySsinFault', 'MSG00020']);
    });

    it('refuses a period that ends before it begins, and a person Gent has not integrated', async () => {
      const backwards = await cb.postBody('consultFilesBySsin', LEGAL, `<criteria><ssin>${SSIN.familyHead}</ssin><period><beginMonth>2025-05</beginMonth><endMonth>2025-01</endMonth></period></criteria>`);
      expect(statusOf(backwards)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/period/endMonth', value: '2025-01' }] });
      expect(statusOf(await files(SSIN.notIntegrated, '2024-01')).code).toBe('MSG00012');
    });
  });

  describe('the fault rules (PUT/GET/DELETE /_admin/faults)', () => {
    const put = (body: unknown) => putFaults(emu, body);

    it('keeps valid rules, and refuses the others with a message naming what is wrong', async () => {
      expect((await put({ rules: [{ kind: 'PARTIAL', probability: 0.5 }] })).status).toBe(200);
      const listed = await fetch(`${emu.url}/_admin/faults`).then((r) => r.json());
      expect(listed).toEqual({ rules: [{ kind: 'PARTIAL', probability: 0.5 }] });
      const bad = await put({ rules: [{ kind: 'PARTIAL', count: 0 }] });
      expect([bad.status, bad.body.error]).toEqual([400, 'rules[0]: count must be a whole number from 1']);
      const unserved = await put({ rules: [{ kind: 'DELAY' }] });
      expect([unserved.status, unserved.body.error]).toEqual([400, 'rules[0]: kind DELAY is not served yet (served: PARTIAL)']);
      expect((await put({ rules: [{ kind: 'PARTIAL', colour: 'red' }] })).status).toBe(400);
      // A refused PUT leaves the rules in force as they were.
      expect(await fetch(`${emu.url}/_admin/faults`).then((r) => r.json())).toEqual(listed);
      await fetch(`${emu.url}/_admin/faults`, { method: 'DELETE' });
      expect(await fetch(`${emu.url}/_admin/faults`).then((r) => r.json())).toEqual({ rules: [] });
    });
  });

  describe('familyAllowancesConsult (Cadaf)', () => {
    it("answers the large family's dossiers with the entitled person, the recipient and the children, without a legalContext", async () => {
      const root = await cadaf.call('familyAllowancesConsult', 'PCSA:SOCIAL_INQUIRY', { ssin: SSIN.largeFamilyHead, searchPeriod: { beginDate: '2018-01', endDate: '2026-11' } });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(child(root, 'legalContext')).toBeUndefined();
      const dossiers = childrenNamed(root, 'cadafDossier');
      expect(dossiers.map((d) => childText(d, 'cadafID', 'cbfFundID'))).toEqual(['001', '201', '101', '101', '101', '101']);
      for (const d of dossiers) {
        expect(childText(child(d, 'actorList'), 'entitledPerson', 'ssin')).toBe(SSIN.largeFamilyHead);
        const recipient = child(child(child(d, 'actorList'), 'recipientList'), 'recipient')!;
        expect([childText(recipient, 'ssin'), childText(recipient, 'type')]).toEqual([SSIN.largeFamilyPartner, '1']);
      }
      const brussels = child(dossiers[1], 'actorList')!;
      expect(childrenNamed(child(brussels, 'beneficiaryChildList'), 'beneficiaryChild')).toHaveLength(4);
      expect(childText(child(child(brussels, 'recipientList'), 'recipient'), 'paymentPeriod', 'endDate')).toBe('2022-08-31');
      expect(childText(child(child(brussels, 'recipientList'), 'recipient'), 'birthBonus', 'paymentDate')).toBe('2020-09-01');
    });

    it('refuses in its own shape (no legalContext) a person Gent has not integrated, and answers NO_DATA_FOUND for a person without a dossier', async () => {
      const refused = await cadaf.postBody('familyAllowancesConsult', 'PCSA:SOCIAL_INQUIRY', `<ssin>${SSIN.notIntegrated}</ssin><searchPeriod><beginDate>2024-01</beginDate></searchPeriod>`);
      expect([statusOf(refused).code, child(refused, 'legalContext')]).toEqual(['MSG00012', undefined]);
      const none = await cadaf.call('familyAllowancesConsult', 'PCSA:SOCIAL_INQUIRY', { ssin: SSIN.pensioner, searchPeriod: { beginDate: '2024-01' } });
      expect([statusOf(none).value, childrenNamed(none, 'cadafDossier')]).toEqual(['NO_DATA_FOUND', []]);
    });
  });
});
