import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { childrenNamed, childText, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { credentials } from '../../fixtures/organisations';
import { PERSONA_EMPLOYERS } from '../../src/sources/rsz/personas';
import { POSTING_CLIENT } from '../../src/sources/rsz/limosa-personas';
import { isValidKbo } from '../../src/domain/kbo';
import { isValidNoss } from '../../src/sources/rsz/noss';
import { callValidated, statusOf } from '../helpers/newstyle';

const PATH = '/SOA4520/Dolsis2011Service/consult';
const NS = 'http://kszbcss.fgov.be/intf/Dolsis2011Service/v1';
const WSDL = 'S01-Dolsis2011Service/v1/Dolsis2011Service.wsdl';
const TODAY = '2026-11-16';
const E = PERSONA_EMPLOYERS;

function gentAuth(role: string): Record<string, string> {
  const c = credentials().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return basicAuth(c.username, c.password);
}

const security = (legalContext = 'SOCIAL_INVESTIGATION_OF_PCSA', role = 'Agent') => ({ service: 'WELFARE', legalContext, role });
const employmentsOf = (root: XmlElement) =>
  childrenNamed(path(root, 'result'), 'employment').map((e) => ({
    employer: childText(e, 'employer', 'name'),
    noss: childText(e, 'employer', 'nossRegistrationNbr'),
    begin: childText(e, 'beginDate'),
    end: childText(e, 'endDate'),
    type: childText(e, 'workerType'),
  }));

describe('S01-S06 Dolsis2011Service v1', () => {
  let emu: TestEmulator;
  let client: soap.Client;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  });
  afterAll(() => emu.close());

  let calls = 0;
  /** Calls an operation with the soap client built from the published WSDL; the raw reply is validated against our XSDs. */
  async function call(operation: string, criteria: unknown, securityContext: unknown = security()): Promise<XmlElement> {
    const ticket = `DOLSIS-TEST-${++calls}`;
    const root = await callValidated(client, operation, {
      informationCustomer: { ticket, timestampSent: `${TODAY}T10:00:00Z`, customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      securityContext,
      criteria,
    }, WSDL);
    expect(root.local).toBe(`${operation}Response`);
    expect(root.ns).toBe(NS);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe(ticket);
    expect(childText(root, 'securityContext', 'legalContext')).toBeDefined();
    return root;
  }

  /** Posts a hand-built request with another role's credential. */
  async function postAs(role: string, operation: string, criteriaXml: string, legalContext = 'SOCIAL_INVESTIGATION_OF_PCSA') {
    const body =
      `<d:${operation}Request xmlns:d="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<securityContext><service>WELFARE</service><legalContext>${legalContext}</legalContext><role>Agent</role></securityContext><criteria>${criteriaXml}</criteria></d:${operation}Request>`;
    const res = await post(`${emu.url}${PATH}`, soapEnvelope(body), { ...gentAuth(role), SOAPAction: `http://kszbcss.fgov.be/Dolsis2011Service/${operation}` });
    return bodyRoot(res.body);
  }

  it('publishes the seven operations, each with its SOAPAction', async () => {
    const ops = client.describe().Dolsis2011Service.Dolsis2011Service;
    expect(Object.keys(ops).sort()).toEqual([
      'findEmployersByWorker', 'findPostedWorkers', 'findPostingDocuments', 'getEmployerDetail', 'getEmploymentDetail', 'getPostedWorkerDetail', 'getPostingDocumentDetail',
    ]);
    const wsdl = await (await fetch(`${emu.url}${PATH}?wsdl`)).text();
    expect(wsdl).toContain('soapAction="http://kszbcss.fgov.be/Dolsis2011Service/getEmploymentDetail"');
    expect(wsdl).toContain(`location="${emu.url}${PATH}"`);
  });

  describe('findEmployersByWorker (S01)', () => {
    it('scope active: the employed persona works at Logistiek Gent BV, whose numbers are valid', async () => {
      const root = await call('findEmployersByWorker', { ssin: SSIN.employed, scope: 'active' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'result', 'person', 'ssin')).toBe(SSIN.employed);
      expect(employmentsOf(root)).toEqual([{ employer: 'Logistiek Gent BV', noss: E.logistiek.noss_number, begin: '2019-04-01', end: undefined, type: 'OTH' }]);
      const employment = path(root, 'result', 'employment')!;
      expect(childText(employment, 'jointCommittee')).toBe('200');
      expect(childText(employment, 'workingTimeRegime')).toBe('FULL_TIME');
      expect(isValidKbo(childText(employment, 'employer', 'cbeNumber')!)).toBe(true);
      expect(isValidNoss(E.logistiek.noss_number)).toBe(true);
    });

    it("shows standard's part-time job 2019-2023 as an ended employment, and nothing active", async () => {
      const active = await call('findEmployersByWorker', { ssin: SSIN.standard, scope: 'active' });
      expect(statusOf(active)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const period = await call('findEmployersByWorker', { ssin: SSIN.standard, scope: 'activeInPeriod', period: { beginDate: '2019-01-01' } });
      expect(employmentsOf(period)).toEqual([{ employer: 'Schoonmaak Vlaanderen NV', noss: E.schoonmaak.noss_number, begin: '2019-02-01', end: '2023-02-28', type: 'OTH' }]);
      const mutations = await call('findEmployersByWorker', { ssin: SSIN.standard, scope: 'mutations', period: { beginDate: '2024-01-01', endDate: '2024-12-31' } });
      expect(statusOf(mutations).value).toBe('NO_DATA_FOUND');
    });

    it('shows the student and interim periods of student-interim, the oldest first', async () => {
      const root = await call('findEmployersByWorker', { ssin: SSIN.studentInterim, scope: 'activeInPeriod', period: { beginDate: '2024-01-01', endDate: '2025-12-31' } });
      expect(employmentsOf(root).map((e) => [e.type, e.employer, e.begin, e.end])).toEqual([
        ['STU', 'Zomerbar De Kaai BV', '2024-07-01', '2024-08-31'],
        ['IVT', 'Interim Plus NV', '2024-10-07', '2024-12-20'],
        ['IVT', 'Interim Plus NV', '2025-02-03', '2025-05-30'],
        ['STU', 'Supermarkt Gent NV', '2025-07-01', '2025-08-31'],
      ]);
      const mutations = await call('findEmployersByWorker', { ssin: SSIN.studentInterim, scope: 'mutations', period: { beginDate: '2024-12-01', endDate: '2025-03-01' } });
      expect(employmentsOf(mutations).map((e) => e.begin)).toEqual(['2024-10-07', '2025-02-03']);
    });

    it('knows no employment of the deceased persona after his death', async () => {
      const after = await call('findEmployersByWorker', { ssin: SSIN.deceased, scope: 'activeInPeriod', period: { beginDate: '2025-06-15' } });
      expect(statusOf(after)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const career = await call('findEmployersByWorker', { ssin: SSIN.deceased, scope: 'activeInPeriod', period: { beginDate: '1980-01-01' } });
      expect(employmentsOf(career).map((e) => e.end)).toEqual(['2013-04-30']);
    });

    it('refuses a scope that needs a period without one, and the Dolsis role Monitoring', async () => {
      const noPeriod = await call('findEmployersByWorker', { ssin: SSIN.employed, scope: 'activeInPeriod' });
      expect(statusOf(noPeriod)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/period' }] });
      const monitoring = await call('findEmployersByWorker', { ssin: SSIN.employed, scope: 'active' }, security(undefined, 'Monitoring'));
      expect(statusOf(monitoring)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013', information: [{ name: 'securityContext/role', value: 'Monitoring' }] });
    });

    it('reads the legal context inside securityContext', async () => {
      const wrong = await call('findEmployersByWorker', { ssin: SSIN.employed, scope: 'active' }, security('PCSA:DEBT_RECOVERY'));
      expect(statusOf(wrong)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
      const director = await postAs('FINANCIAL_DIRECTOR', 'findEmployersByWorker', `<ssin>${SSIN.employed}</ssin><scope>active</scope>`, 'PCSA:DEBT_RECOVERY');
      expect(statusOf(director)).toMatchObject({ value: 'DATA_FOUND' });
    });
  });

  describe('getEmploymentDetail (S02)', () => {
    it('returns the employment and four DmfA quarters, the quarter asked and the three before it', async () => {
      const root = await call('getEmploymentDetail', { nossRegistrationNumber: E.logistiek.noss_number, ssin: SSIN.employed, quarter: '2025Q3', nbrOfQuarters: 4 });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'result', 'employer', 'cbeNumber')).toBe(E.logistiek.cbe_number);
      expect(employmentsOf(root).map((e) => e.begin)).toEqual(['2019-04-01']);
      const records = childrenNamed(path(root, 'result'), 'dmfaRecord');
      expect(records.map((r) => childText(r, 'quarter'))).toEqual(['2024Q4', '2025Q1', '2025Q2', '2025Q3']);
      expect(records.map((r) => [childText(r, 'workerCode'), childText(r, 'wageAmount'), childText(r, 'workingTimeFraction')])).toEqual(
        Array(4).fill(['495', '9450.00', '1.00']),
      );
      expect(childText(records[2], 'days')).toBe('65');
    });

    it('leaves out what the request does not ask for; half time for standard in 2022', async () => {
      const root = await call('getEmploymentDetail', { nossRegistrationNumber: E.schoonmaak.noss_number, ssin: SSIN.standard, quarter: '2022Q4', employmentRecords: false });
      expect(employmentsOf(root)).toEqual([]);
      expect(childrenNamed(path(root, 'result'), 'dmfaRecord').map((r) => [childText(r, 'wageAmount'), childText(r, 'workingTimeFraction')])).toEqual([['3600.00', '0.50']]);
    });

    it('gives the interim DmfA quarter under the interim agency, worker code 015', async () => {
      const root = await call('getEmploymentDetail', { nossRegistrationNumber: E.interim.noss_number, ssin: SSIN.studentInterim, quarter: '2025Q2' });
      expect(employmentsOf(root).map((e) => e.type)).toEqual(['IVT']);
      expect(childrenNamed(path(root, 'result'), 'dmfaRecord').map((r) => childText(r, 'workerCode'))).toEqual(['015']);
    });

    it('answers NO_DATA_FOUND for a quarter without DmfA, and gives no wages to administrative staff', async () => {
      const before = await call('getEmploymentDetail', { nossRegistrationNumber: E.logistiek.noss_number, ssin: SSIN.employed, quarter: '2018Q4' });
      expect(statusOf(before)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const admin = await postAs('ADMIN_STAFF', 'getEmploymentDetail', `<nossRegistrationNumber>${E.logistiek.noss_number}</nossRegistrationNumber><ssin>${SSIN.employed}</ssin><quarter>2025Q2</quarter>`);
      expect(statusOf(admin)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    });
  });

  describe('getEmployerDetail (S03)', () => {
    it('finds the same employer by NOSS, KBO and VAT number', async () => {
      const byNoss = await call('getEmployerDetail', { nossRegistrationNbr: E.logistiek.noss_number });
      expect(statusOf(byNoss)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(byNoss, 'result', 'name')).toBe('Logistiek Gent BV');
      expect(childText(byNoss, 'result', 'vatNumber')).toBe(`BE${E.logistiek.cbe_number}`);
      expect(childText(byNoss, 'result', 'address', 'municipality')).toBe('Gent');
      expect(childText(byNoss, 'result', 'naceCode')).toBe('52100');
      for (const criteria of [{ cbeNumber: E.logistiek.cbe_number }, { vatNumber: `BE${E.logistiek.cbe_number}` }]) {
        const root = await call('getEmployerDetail', criteria);
        expect(childText(root, 'result', 'nossRegistrationNbr')).toBe(E.logistiek.noss_number);
      }
    });

    it('finds a natural-person employer by the SSIN of the person, and the same row by its NOSS number', async () => {
      const bySsin = await call('getEmployerDetail', { ssin: SSIN.selfEmployed });
      expect(statusOf(bySsin)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect([childText(bySsin, 'result', 'name'), childText(bySsin, 'result', 'legalForm'), childText(bySsin, 'result', 'naturalPersonSsin')]).toEqual(['Bakkerij Demeulenaere', 'NP', SSIN.selfEmployed]);
      const byNoss = await call('getEmployerDetail', { nossRegistrationNbr: E.bakkerij.noss_number });
      expect(childText(byNoss, 'result', 'naturalPersonSsin')).toBe(SSIN.selfEmployed);
      expect(childText(byNoss, 'result', 'cbeNumber')).toBe(E.bakkerij.cbe_number);
      const company = await call('getEmployerDetail', { nossRegistrationNbr: E.logistiek.noss_number });
      expect(childText(company, 'result', 'naturalPersonSsin')).toBeUndefined();
      const employee = await call('getEmployerDetail', { ssin: SSIN.employed });
      expect(statusOf(employee)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });

    it('answers NO_DATA_FOUND for an unknown employer; administrative staff may look employers up', async () => {
      const unknown = await call('getEmployerDetail', { nossRegistrationNbr: '0000000097' });
      expect(statusOf(unknown)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const admin = await postAs('ADMIN_STAFF', 'getEmployerDetail', `<cbeNumber>${E.interim.cbe_number}</cbeNumber>`);
      expect(childText(admin, 'result', 'jointCommittee')).toBe('322');
    });
  });

  describe('findPostedWorkers and getPostedWorkerDetail (S05, Limosa)', () => {
    const limosaIds = (root: XmlElement) => childrenNamed(path(root, 'result'), 'postedWorker').map((p) => childText(p, 'limosaId'));

    it('finds the posted worker by SSIN, and the declarations for his Belgian client', async () => {
      const root = await call('findPostedWorkers', { ssin: SSIN.postedWorker });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(limosaIds(root)).toEqual(['LIMOSA-2024-0047311', 'LIMOSA-2026-0012876']);
      const first = path(root, 'result', 'postedWorker')!;
      expect(childText(first, 'foreignEmployer', 'countryCode')).toBe('139');
      expect(childText(first, 'belgianClient', 'cbeNumber')).toBe(POSTING_CLIENT.cbe);
      const recent = await call('findPostedWorkers', { ssin: SSIN.postedWorker, postingPeriod: { beginDate: '2026-01-01' } });
      expect(limosaIds(recent)).toEqual(['LIMOSA-2026-0012876']);
      const byClient = await call('findPostedWorkers', { cbeNumber: POSTING_CLIENT.cbe });
      expect(limosaIds(byClient)).toEqual(['LIMOSA-2024-0047311', 'LIMOSA-2026-0012876']);
      const employed = await call('findPostedWorkers', { ssin: SSIN.employed });
      expect(statusOf(employed)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });

    it("gives one declaration's detail only to a request about its worker", async () => {
      const root = await call('getPostedWorkerDetail', { ssin: SSIN.postedWorker, limosaId: 'LIMOSA-2026-0012876' });
      expect(childText(root, 'result', 'postingPeriod', 'endDate')).toBe('2027-03-01');
      expect(childText(root, 'result', 'workPlace', 'municipality')).toBe('Gent');
      const other = await call('getPostedWorkerDetail', { ssin: SSIN.employed, limosaId: 'LIMOSA-2026-0012876' });
      expect(statusOf(other)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });
  });

  describe('findPostingDocuments and getPostingDocumentDetail (S06)', () => {
    it('lists the A1 forms of the posted worker and gives one in detail', async () => {
      const root = await call('findPostingDocuments', { ssin: SSIN.postedWorker, period: { beginDate: '2024-01-01', endDate: '2024-12-31' } });
      expect(childrenNamed(path(root, 'result'), 'postingDocument').map((d) => [childText(d, 'documentId'), childText(d, 'form'), childText(d, 'status')])).toEqual([
        ['PL-A1-2024-118204', 'A1', 'VALID'],
      ]);
      const detail = await call('getPostingDocumentDetail', { ssin: SSIN.postedWorker, documentId: 'PL-A1-2026-004512' });
      expect(childText(detail, 'result', 'postingDocument', 'beginDate')).toBe('2026-03-02');
      expect(childText(detail, 'result', 'employerName')).toBe('Budowa Nowak Sp. z o.o.');
      const admin = await postAs('ADMIN_STAFF', 'findPostingDocuments', `<ssin>${SSIN.postedWorker}</ssin>`);
      expect(statusOf(admin)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    });
  });

  it('every employer in Dimona has a repertory row with valid KBO and NOSS numbers', () => {
    const rows = emu.app.db.prepare('SELECT DISTINCT e.employer_cbe, e.noss_number, r.cbe_number FROM rsz_employment e LEFT JOIN rsz_employer r ON r.noss_number = e.noss_number').all() as { employer_cbe: string; noss_number: string; cbe_number: string | null }[];
    expect(rows.length).toBeGreaterThan(6);
    for (const r of rows) {
      expect(r.cbe_number).toBe(r.employer_cbe);
      expect(isValidKbo(r.employer_cbe)).toBe(true);
      expect(isValidNoss(r.noss_number)).toBe(true);
    }
  });

  it('a DmfA quarter exists only inside a Dimona period of the same worker and employer', () => {
    const outside = emu.app.db.prepare(`
      SELECT d.* FROM rsz_dmfa d JOIN rsz_employment e ON e.id = d.employment_id
      WHERE e.ssin <> d.ssin OR e.noss_number <> d.noss_number
         OR e.begin_date > (substr(d.quarter, 1, 4) || '-' || printf('%02d', substr(d.quarter, 6, 1) * 3) || '-31')
         OR COALESCE(e.end_date, '9999-12-31') < (substr(d.quarter, 1, 4) || '-' || printf('%02d', substr(d.quarter, 6, 1) * 3 - 2) || '-01')`).all();
    expect(outside).toEqual([]);
    const orphans = emu.app.db.prepare('SELECT COUNT(*) AS n FROM rsz_dmfa d LEFT JOIN rsz_employment e ON e.id = d.employment_id WHERE e.id IS NULL').get() as { n: number };
    expect(orphans.n).toBe(0);
    expect((emu.app.db.prepare('SELECT COUNT(*) AS n FROM rsz_dmfa').get() as { n: number }).n).toBeGreaterThan(100);
  });
});
