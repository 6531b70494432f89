import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator, integrateForGent } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { credentials } from '../../fixtures/organisations';
import { callValidated, statusOf } from '../helpers/newstyle';
import { quarterOf } from '../../src/domain/quarters';

interface Span {
  ssin: string;
  begin_date: string;
  end_date: string | null;
}

const V2 = { path: '/SOA4520/SelfEmployedService/v2/consult', ns: 'http://kszbcss.fgov.be/intf/SelfEmployedService/v2', wsdl: 'S07-SelfEmployedService/v2/SelfEmployedServiceV2.wsdl' };
const V1 = { path: '/SOA4520/SelfEmployedService/pull', ns: 'http://kszbcss.fgov.be/intf/SelfEmployedService/v1', wsdl: 'S07-SelfEmployedService/v1/SelfEmployedServiceV1.wsdl' };
type Version = typeof V2;
/** The emulator's clock during these tests. */
const TODAY = '2026-11-16';

function gentAuth(role: string): Record<string, string> {
  const c = credentials().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return basicAuth(c.username, c.password);
}

const periodsOf = (career: XmlElement | undefined) =>
  childrenNamed(career, 'careerPeriod').map((p) => [childText(p, 'period', 'beginDate'), childText(p, 'period', 'endDate') ?? null, childText(p, 'periodType'), childText(p, 'occupation'), childText(p, 'equivalenceReason') ?? null]);
const contributionsOf = (block: XmlElement | undefined) =>
  childrenNamed(block, 'contribution').map((c) => [childText(c, 'quarter'), childText(c, 'paymentStatus'), childText(c, 'paymentDate') ?? null, childText(c, 'outstandingAmount') ?? null]);

describe('S07 SelfEmployedService', () => {
  let emu: TestEmulator;
  const clients = new Map<Version, soap.Client>();

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    for (const v of [V2, V1]) {
      const client = await soap.createClientAsync(`${emu.url}${v.path}?wsdl`);
      client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
      clients.set(v, client);
    }
  });
  afterAll(() => emu.close());

  /** Calls an operation through the soap client of the published WSDL; the raw reply is validated against our XSD. */
  let calls = 0;
  async function call(v: Version, operation: string, criteria: Record<string, unknown>): Promise<XmlElement> {
    const ticket = `S07-TEST-${++calls}`;
    const root = await callValidated(clients.get(v)!, operation, {
      informationCustomer: { ticket, timestampSent: `${TODAY}T10:00:00Z`, customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      criteria,
    }, v.wsdl);
    expect(root.local).toBe(`${operation}Response`);
    expect(root.ns).toBe(v.ns);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe(ticket);
    expect(childText(root, 'criteria', 'ssin')).toBe(criteria.ssin);
    return root;
  }

  /** Posts a hand-built request (other roles, or input the soap client would not send). */
  async function postBody(v: Version, operation: string, criteriaXml: string, opts: { role?: string; legalContext?: string } = {}) {
    const body =
      `<se:${operation}Request xmlns:se="${v.ns}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${opts.legalContext ?? 'PCSA:SOCIAL_INQUIRY'}</legalContext><criteria>${criteriaXml}</criteria></se:${operation}Request>`;
    const res = await post(`${emu.url}${v.path}`, soapEnvelope(body), { ...gentAuth(opts.role ?? 'SOCIAL_WORKER'), SOAPAction: `http://kszbcss.fgov.be/SelfEmployedService/${operation}` });
    return { status: res.status, body: res.body, root: bodyRoot(res.body) };
  }

  describe('the published contracts', () => {
    it('v2 offers consultCareer and consultContributions, v1 also consultCareerAndContributions, each with its SOAPAction', async () => {
      expect(Object.keys(clients.get(V2)!.describe().SelfEmployedService.SelfEmployedService).sort()).toEqual(['consultCareer', 'consultContributions']);
      expect(Object.keys(clients.get(V1)!.describe().SelfEmployedService.SelfEmployedService).sort()).toEqual(['consultCareer', 'consultCareerAndContributions', 'consultContributions']);
      const wsdl = await (await fetch(`${emu.url}${V1.path}?wsdl`)).text();
      expect(wsdl).toContain('soapAction="http://kszbcss.fgov.be/SelfEmployedService/consultCareerAndContributions"');
      expect(wsdl).toContain(`location="${emu.url}${V1.path}"`);
    });
  });

  describe('v2 consultCareer', () => {
    it('returns the whole career without a period: activities and the assimilated sickness period, the running one without an end', async () => {
      const root = await call(V2, 'consultCareer', { ssin: SSIN.selfEmployed });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'ssin')).toBe(SSIN.selfEmployed);
      expect(periodsOf(child(root, 'career'))).toEqual([
        ['2011-03-01', '2019-09-30', 'ACTIVITY', 'MAIN_OCCUPATION', null],
        ['2019-10-01', '2020-03-31', 'EQUIVALENT_PERIOD', 'MAIN_OCCUPATION', 'SICKNESS'],
        ['2020-04-01', null, 'ACTIVITY', 'MAIN_OCCUPATION', null],
      ]);
      expect(childText(root, 'career', 'careerPeriod', 'socialInsuranceFund', 'name')).toBe('Liantis');
    });

    it('keeps the periods that overlap the asked one, whole', async () => {
      const root = await call(V2, 'consultCareer', { ssin: SSIN.selfEmployed, period: { beginDate: '2019-01-01', endDate: '2019-12-31' } });
      expect(periodsOf(child(root, 'career')).map((p) => p[0])).toEqual(['2011-03-01', '2019-10-01']);
    });

    it('knows the pre-2003 career back to 1974, and nothing of the deceased persona after his death', async () => {
      const old = await call(V2, 'consultCareer', { ssin: SSIN.selfEmployedPre2003 });
      expect(periodsOf(child(old, 'career')).map((p) => [p[0], p[1]])).toEqual([['1974-09-01', '1995-12-31'], ['1996-01-01', '1996-06-30'], ['1996-07-01', '2015-02-28']]);
      const deceased = await call(V2, 'consultCareer', { ssin: SSIN.deceased });
      expect(periodsOf(child(deceased, 'career')).map((p) => [p[1], p[3]])).toEqual([['2013-04-30', 'MAIN_OCCUPATION'], ['2025-06-14', 'COMPLEMENTARY_OCCUPATION']]);
      const after = await call(V2, 'consultCareer', { ssin: SSIN.deceased, period: { beginDate: '2025-07-01' } });
      expect(statusOf(after)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect(child(after, 'career')).toBeUndefined();
    });

    it('answers NO_DATA_FOUND SES00100 for a person RSVZ knows no career of', async () => {
      const root = await call(V2, 'consultCareer', { ssin: SSIN.employed });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'SES00100' });
      expect(child(root, 'career')).toBeUndefined();
    });

    it('refuses an end before the begin with MSG00008 naming the period', async () => {
      const res = await postBody(V2, 'consultCareer', `<ssin>${SSIN.selfEmployed}</ssin><period><beginDate>2020-01-01</beginDate><endDate>2019-01-01</endDate></period>`);
      validateNewStyleBody(res.body, V2.wsdl);
      expect(statusOf(res.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/period' }] });
    });
  });

  describe('v2 consultContributions', () => {
    it('lists the quarters up to the current one with an open end: the last two unpaid (arrears)', async () => {
      const root = await call(V2, 'consultContributions', { ssin: SSIN.selfEmployed, period: { beginQuarter: '2025Q4' } });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const rows = contributionsOf(child(root, 'contributions'));
      expect(rows.map((r) => [r[0], r[1]])).toEqual([['2025Q4', 'PAID'], ['2026Q1', 'PAID'], ['2026Q2', 'UNPAID'], ['2026Q3', 'UNPAID']]);
      const unpaid = childrenNamed(child(root, 'contributions'), 'contribution')[3];
      expect(childText(unpaid, 'outstandingAmount')).toBe(childText(unpaid, 'amount'));
      expect(childText(unpaid, 'paymentDate')).toBeUndefined();
    });

    it('shows a late payment, and no contribution for assimilated quarters', async () => {
      const root = await call(V2, 'consultContributions', { ssin: SSIN.selfEmployed, period: { beginQuarter: '2019Q3', endQuarter: '2020Q2' } });
      expect(contributionsOf(child(root, 'contributions'))).toEqual([
        ['2019Q3', 'PAID', '2019-09-18', null],
        ['2020Q2', 'PAID_LATE', '2020-09-14', null],
      ]);
    });

    it('has no quarters before 2003 and none after a pension', async () => {
      const early = await call(V2, 'consultContributions', { ssin: SSIN.selfEmployedPre2003, period: { beginQuarter: '1990Q1', endQuarter: '2002Q4' } });
      expect(statusOf(early)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const late = await call(V2, 'consultContributions', { ssin: SSIN.selfEmployedPre2003, period: { beginQuarter: '2015Q1' } });
      expect(contributionsOf(child(late, 'contributions')).map((r) => r[0])).toEqual(['2015Q1']);
    });

    it('gives the financial director the contributions under PCSA:DEBT_RECOVERY, not the career; administrative staff the career only', async () => {
      const q = `<ssin>${SSIN.selfEmployed}</ssin><period><beginQuarter>2026Q1</beginQuarter></period>`;
      const fin = await postBody(V2, 'consultContributions', q, { role: 'FINANCIAL_DIRECTOR', legalContext: 'PCSA:DEBT_RECOVERY' });
      expect(statusOf(fin.root)).toMatchObject({ value: 'DATA_FOUND' });
      const finCareer = await postBody(V2, 'consultCareer', `<ssin>${SSIN.selfEmployed}</ssin>`, { role: 'FINANCIAL_DIRECTOR', legalContext: 'PCSA:DEBT_RECOVERY' });
      expect(statusOf(finCareer.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
      const admin = await postBody(V2, 'consultContributions', q, { role: 'ADMIN_STAFF' });
      expect(statusOf(admin.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
      const adminCareer = await postBody(V2, 'consultCareer', `<ssin>${SSIN.selfEmployed}</ssin>`, { role: 'ADMIN_STAFF' });
      expect(statusOf(adminCareer.root)).toMatchObject({ value: 'DATA_FOUND' });
    });
  });

  describe('v1', () => {
    it('consultCareer answers the career in result', async () => {
      const root = await call(V1, 'consultCareer', { ssin: SSIN.selfEmployed, period: { beginDate: '2020-01-01' } });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'result', 'ssin')).toBe(SSIN.selfEmployed);
      expect(periodsOf(path(root, 'result', 'career')).map((p) => p[0])).toEqual(['2019-10-01', '2020-04-01']);
    });

    it('consultContributions needs a closed quarter period and answers the contributions in result', async () => {
      const root = await call(V1, 'consultContributions', { ssin: SSIN.selfEmployed, period: { beginQuarter: '2026Q1', endQuarter: '2026Q4' } });
      expect(contributionsOf(path(root, 'result', 'contributions')).map((r) => r[1])).toEqual(['PAID', 'UNPAID', 'UNPAID']);
      const open = await postBody(V1, 'consultContributions', `<ssin>${SSIN.selfEmployed}</ssin><period><beginQuarter>2026Q1</beginQuarter></period>`);
      expect(statusOf(open.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    });

    it('consultCareerAndContributions answers both in results, each over its own period', async () => {
      const root = await call(V1, 'consultCareerAndContributions', {
        ssin: SSIN.selfEmployed,
        careerPeriod: { beginDate: '2011-01-01', endDate: '2011-12-31' },
        contributionPeriod: { beginQuarter: '2011Q1', endQuarter: '2011Q2' },
      });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(periodsOf(path(root, 'results', 'career')).map((p) => p[0])).toEqual(['2011-03-01']);
      expect(contributionsOf(path(root, 'results', 'contributions')).map((r) => r[0])).toEqual(['2011Q1', '2011Q2']);
      const none = await call(V1, 'consultCareerAndContributions', {
        ssin: SSIN.employed,
        careerPeriod: { beginDate: '2011-01-01' },
        contributionPeriod: { beginQuarter: '2011Q1', endQuarter: '2011Q2' },
      });
      expect(statusOf(none)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'SES00100' });
      expect(child(none, 'results')).toBeUndefined();
    });

    it('refuses a legalContext outside its enumeration (schema: MSG00008)', async () => {
      const res = await postBody(V1, 'consultCareer', `<ssin>${SSIN.selfEmployed}</ssin><period><beginDate>2020-01-01</beginDate></period>`, { legalContext: 'SOCIAL_INVESTIGATION_OF_PCSA' });
      expect(statusOf(res.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    });
  });

  describe('generated population', () => {
    it('makes about 8% of adults self-employed, never in main occupation in a quarter with a full-time job, with valid replies', async () => {
      const db = emu.app.db;
      const adults = (db.prepare("SELECT COUNT(*) AS n FROM rr_person WHERE household_id >= 1000 AND status = 'ACTIVE' AND birth_date <= '2007-12-31'").get() as { n: number }).n;
      const personas = new Set<string>(Object.values(SSIN));
      const people = (db.prepare('SELECT DISTINCT ssin FROM rsvz_career_period').all() as { ssin: string }[]).map((r) => r.ssin).filter((s) => !personas.has(s));
      expect(people.length / adults).toBeGreaterThan(0.05);
      expect(people.length / adults).toBeLessThan(0.11);

      // A main-occupation activity and a full-time job (Dimona) never share a quarter.
      const main = db.prepare("SELECT ssin, begin_date, end_date FROM rsvz_career_period WHERE occupation = 'MAIN_OCCUPATION' AND period_type = 'ACTIVITY'").all() as Span[];
      const jobs = db.prepare("SELECT ssin, begin_date, end_date FROM rsz_employment WHERE ssin = ? AND work_regime = 'FULL_TIME'");
      const last = (s: Span) => quarterOf(s.end_date ?? TODAY);
      let compared = 0;
      for (const p of main.filter((m) => !personas.has(m.ssin))) {
        for (const j of jobs.all(p.ssin) as Span[]) {
          compared++;
          const shared = quarterOf(p.begin_date) <= last(j) && quarterOf(j.begin_date) <= last(p);
          expect({ period: p, job: j, shared }).toEqual({ period: p, job: j, shared: false });
        }
      }
      expect(compared).toBeGreaterThan(0);

      for (const ssin of people.slice(0, 15)) {
        integrateForGent(emu.app, ssin);
        const career = await postBody(V2, 'consultCareer', `<ssin>${ssin}</ssin>`);
        validateNewStyleBody(career.body, V2.wsdl);
        expect(statusOf(career.root).value).toBe('DATA_FOUND');
        const contributions = await postBody(V1, 'consultCareerAndContributions', `<ssin>${ssin}</ssin><careerPeriod><beginDate>1956-01-01</beginDate></careerPeriod><contributionPeriod><beginQuarter>2003Q1</beginQuarter><endQuarter>2025Q4</endQuarter></contributionPeriod>`);
        validateNewStyleBody(contributions.body, V1.wsdl);
        expect(statusOf(contributions.root).value).toBe('DATA_FOUND');
      }
    });
  });
});
