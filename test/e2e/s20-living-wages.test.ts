import * as soap from 'soap';
import { GENT, LIEGE, startEmulator, TestEmulator, integrateForGent } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { credentials, MUNICIPALITIES, ocmwCbe } from '../../fixtures/organisations';
import type { LivingWagePeriod } from '../../src/sources/podmi';
import { callValidated, statusOf } from '../helpers/newstyle';

const PATH = '/SOA4520/LivingWagesService/v2/consult';
const NS = 'http://kszbcss.fgov.be/intf/LivingWagesService/v2';
const WSDL = 'S20-LivingWagesService/v2/LivingWagesV2.wsdl';
/** The emulator's clock during these tests: every running period is known up to this day. */
const TODAY = '2026-11-16';

const cbeOf = (nis: string) => ocmwCbe(MUNICIPALITIES.find((m) => m.nis === nis)!);
const GENT_CBE = cbeOf('44021');
const ANTWERPEN_CBE = cbeOf('11002');
const BRUSSEL_CBE = cbeOf('21004');

/** HTTP Basic of OCMW Gent's credential for a role (E<KBO> social worker, -admin, -findir, -batch). */
function gentAuth(role: string): Record<string, string> {
  const c = credentials().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return basicAuth(c.username, c.password);
}


const periodsOf = (el: XmlElement | undefined) => childrenNamed(el, 'livingWagePeriod').map((p) => [childText(p, 'beginDate'), childText(p, 'endDate')]);

describe('S20 LivingWagesService v2', () => {
  let emu: TestEmulator;
  let client: soap.Client;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  });
  afterAll(() => emu.close());

  /** Calls an operation through the soap client built from the published WSDL, validates the raw reply against our XSD, returns its body root. */
  let calls = 0;
  async function call(operation: string, ssin: string, period: { beginDate: string; endDate?: string }, legalContext = 'SOCIAL_INVESTIGATION_OF_PCSA'): Promise<XmlElement> {
    const ticket = `S20-TEST-${++calls}`;
    const root = await callValidated(client, operation, {
      informationCustomer: { ticket, timestampSent: `${TODAY}T10:00:00Z`, customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext,
      criteria: { ssin, period },
    }, WSDL);
    expect(root.local).toBe(`${operation}Response`);
    expect(root.ns).toBe(NS);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe(ticket);
    expect(childText(root, 'criteria', 'ssin')).toBe(ssin);
    return root;
  }

  /** Posts a hand-built request (other credentials, or input the soap client would not send). */
  async function postBody(operation: string, criteriaXml: string, opts: { auth?: Record<string, string>; cbe?: string; legalContext?: string } = {}) {
    const body =
      `<lw:${operation}Request xmlns:lw="${NS}"><informationCustomer><customerIdentification><cbeNumber>${opts.cbe ?? GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${opts.legalContext ?? 'SOCIAL_INVESTIGATION_OF_PCSA'}</legalContext><criteria>${criteriaXml}</criteria></lw:${operation}Request>`;
    const res = await post(`${emu.url}${PATH}`, soapEnvelope(body), { ...(opts.auth ?? gentAuth('SOCIAL_WORKER')), SOAPAction: `http://kszbcss.fgov.be/LivingWagesService/${operation}` });
    return { status: res.status, body: res.body, root: bodyRoot(res.body) };
  }
  const criteria = (ssin: string, begin: string, end?: string) => `<ssin>${ssin}</ssin><period><beginDate>${begin}</beginDate>${end ? `<endDate>${end}</endDate>` : ''}</period>`;

  describe('the published contract', () => {
    it('offers the five operations, each with its SOAPAction', async () => {
      const ops = client.describe().LivingWagesService.LivingWagesService;
      expect(Object.keys(ops).sort()).toEqual([
        'getLivingWagePeriods',
        'getLivingWagePeriodsFlanders',
        'getLivingWagePeriodsPerPCSA',
        'getLivingWagePeriodsPerPCSAFlanders',
        'getLivingWages',
      ]);
      const res = await fetch(`${emu.url}${PATH}?wsdl`);
      const wsdl = await res.text();
      expect(wsdl).toContain('soapAction="http://kszbcss.fgov.be/LivingWagesService/getLivingWagePeriodsPerPCSAFlanders"');
      expect(wsdl).toContain(`location="${emu.url}${PATH}"`);
    });
  });

  describe('getLivingWagePeriods', () => {
    it('returns the leefloon of the standard persona from her integration on, a running period known up to today', async () => {
      const root = await call('getLivingWagePeriods', SSIN.standard, { beginDate: '2024-01-01' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'criteria', 'period', 'beginDate')).toBe('2024-01-01');
      expect(periodsOf(root)).toEqual([['2025-01-01', TODAY]]);
    });

    it('returns a period that ended: the deceased persona until his death', async () => {
      const root = await call('getLivingWagePeriods', SSIN.deceased, { beginDate: '2024-01-01', endDate: '2025-12-31' });
      expect(periodsOf(root)).toEqual([['2024-07-01', '2025-06-14']]);
      const after = await call('getLivingWagePeriods', SSIN.deceased, { beginDate: '2025-06-15' });
      expect(statusOf(after)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect(child(after, 'livingWagePeriod')).toBeUndefined();
    });

    it('returns the periods that overlap the requested one, whole, the oldest first', async () => {
      const all = await call('getLivingWagePeriods', SSIN.familyHead, { beginDate: '2005-01-01' });
      expect(periodsOf(all)).toEqual([['2007-09-01', '2009-05-31'], ['2025-03-01', TODAY]]);
      const early = await call('getLivingWagePeriods', SSIN.familyHead, { beginDate: '2009-01-01', endDate: '2010-12-31' });
      expect(periodsOf(early)).toEqual([['2007-09-01', '2009-05-31']]);
    });

    it('answers NO_DATA_FOUND MSG00100 before the first period and for a person without a living wage', async () => {
      const before = await call('getLivingWagePeriods', SSIN.standard, { beginDate: '2020-01-01', endDate: '2024-12-31' });
      expect(statusOf(before)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const employed = await call('getLivingWagePeriods', SSIN.employed, { beginDate: '2015-01-01' });
      expect(statusOf(employed)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const partner = await call('getLivingWagePeriods', SSIN.familyPartner, { beginDate: '2015-01-01' });
      expect(statusOf(partner)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });

    it('does not know a period that has not begun yet on the emulator clock', async () => {
      emu.app.clock.set(new Date('2025-02-15T10:00:00Z'));
      try {
        // Kevin Dubois's leefloon starts on 2025-04-15; on 2025-02-15 he is not integrated yet either (MSG00012),
        // so ask about the standard persona, whose period runs: known up to that day.
        const root = await call('getLivingWagePeriods', SSIN.standard, { beginDate: '2024-01-01' });
        expect(periodsOf(root)).toEqual([['2025-01-01', '2025-02-15']]);
      } finally {
        emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
      }
    });
  });

  describe('getLivingWagePeriodsPerPCSA', () => {
    it('groups the periods by the OCMW that granted them, in the order of their first period', async () => {
      const root = await call('getLivingWagePeriodsPerPCSA', SSIN.familyHead, { beginDate: '2005-01-01' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const groups = childrenNamed(root, 'livingWagePeriodsPerPCSA');
      expect(groups.map((g) => [childText(g, 'pcsaCbeNumber'), periodsOf(g)])).toEqual([
        [ANTWERPEN_CBE, [['2007-09-01', '2009-05-31']]],
        [GENT_CBE, [['2025-03-01', TODAY]]],
      ]);
    });
  });

  describe('getLivingWages', () => {
    it('gives the OCMW and the category of each period: the equivalent leefloon of the bis-person from OCMW Brussel', async () => {
      const root = await call('getLivingWages', SSIN.bis, { beginDate: '2022-01-01' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const wages = childrenNamed(root, 'livingWages');
      expect(wages.map((w) => [childText(w, 'pcsaCbeNumber'), childText(w, 'category'), periodsOf(w)])).toEqual([
        [BRUSSEL_CBE, 'EQUIVALENT_LIVING_WAGE', [['2022-05-16', '2023-12-31']]],
      ]);
    });

    it('gives the leefloon of the standard persona as LIVING_WAGE from OCMW Gent', async () => {
      const root = await call('getLivingWages', SSIN.standard, { beginDate: '2024-01-01' });
      const wages = childrenNamed(root, 'livingWages');
      expect(wages.map((w) => [childText(w, 'pcsaCbeNumber'), childText(w, 'category'), periodsOf(w)])).toEqual([[GENT_CBE, 'LIVING_WAGE', [['2025-01-01', TODAY]]]]);
    });
  });

  describe('the Flanders operations', () => {
    it('keep the periods of Flemish OCMWs: Antwerpen and Gent', async () => {
      const periods = await call('getLivingWagePeriodsFlanders', SSIN.familyHead, { beginDate: '2005-01-01' });
      expect(statusOf(periods)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(periodsOf(periods)).toEqual([['2007-09-01', '2009-05-31'], ['2025-03-01', TODAY]]);
      const perPcsa = await call('getLivingWagePeriodsPerPCSAFlanders', SSIN.familyHead, { beginDate: '2005-01-01' });
      expect(childrenNamed(perPcsa, 'livingWagePeriodsPerPCSA').map((g) => childText(g, 'pcsaCbeNumber'))).toEqual([ANTWERPEN_CBE, GENT_CBE]);
    });

    it('leave out a period granted in Brussels', async () => {
      const federal = await call('getLivingWagePeriods', SSIN.bis, { beginDate: '2022-01-01' });
      expect(periodsOf(federal)).toEqual([['2022-05-16', '2023-12-31']]);
      for (const operation of ['getLivingWagePeriodsFlanders', 'getLivingWagePeriodsPerPCSAFlanders']) {
        const root = await call(operation, SSIN.bis, { beginDate: '2022-01-01' });
        expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
        expect(child(root, 'livingWagePeriod') ?? child(root, 'livingWagePeriodsPerPCSA')).toBeUndefined();
      }
    });

    it('leave out a period granted by a Walloon OCMW (a generated person)', async () => {
      const walloon = emu.app.db
        .prepare("SELECT * FROM podmi_living_wage WHERE region = 'WALLONIA' AND ssin NOT IN (SELECT ssin FROM podmi_living_wage WHERE region <> 'WALLONIA') LIMIT 1")
        .get() as LivingWagePeriod | undefined;
      expect(walloon).toBeDefined();
      integrateForGent(emu.app, walloon!.ssin);
      const federal = await call('getLivingWagePeriodsPerPCSA', walloon!.ssin, { beginDate: '2000-01-01' });
      expect(childrenNamed(federal, 'livingWagePeriodsPerPCSA').map((g) => childText(g, 'pcsaCbeNumber'))).toContain(walloon!.ocmw_cbe);
      const flanders = await call('getLivingWagePeriodsPerPCSAFlanders', walloon!.ssin, { beginDate: '2000-01-01' });
      expect(statusOf(flanders)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });
  });

  describe('refusals', () => {
    it('refuses a person the caller has not integrated with MSG00012, whatever POD MI knows (every operation)', async () => {
      for (const operation of ['getLivingWagePeriods', 'getLivingWagePeriodsPerPCSA', 'getLivingWages', 'getLivingWagePeriodsFlanders', 'getLivingWagePeriodsPerPCSAFlanders']) {
        const root = await call(operation, SSIN.notIntegrated, { beginDate: '2024-01-01' });
        expect(statusOf(root)).toMatchObject({
          value: 'NO_RESULT',
          code: 'MSG00012',
          information: [
            { name: 'details', value: 'The SSIN is not integrated for the given PCSA' },
            { name: 'ssin', value: SSIN.notIntegrated },
            { name: 'cbeNumber', value: GENT.org.cbe_number },
          ],
        });
      }
    });

    it("refuses another OCMW's leefloon beneficiary: Liège has not integrated the standard persona", async () => {
      const liege = credentials().find((c) => c.cbe_number === LIEGE.org.cbe_number && c.role === 'SOCIAL_WORKER')!;
      const res = await postBody('getLivingWagePeriods', criteria(SSIN.standard, '2024-01-01'), { auth: basicAuth(liege.username, liege.password), cbe: LIEGE.org.cbe_number });
      expect(statusOf(res.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
      validateNewStyleBody(res.body, WSDL);
    });

    it('refuses the expired integration with MSG00012', async () => {
      const root = await call('getLivingWages', SSIN.integrationExpired, { beginDate: '2024-01-01' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    });

    it('refuses an unknown SSIN with MSG00005, bad check digits with MSG00011, a replaced one with MSG00006 and newSSIN', async () => {
      const unknown = await call('getLivingWagePeriods', SSIN.unknown, { beginDate: '2024-01-01' });
      expect(statusOf(unknown)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00005', information: [{ name: 'ssin', value: SSIN.unknown }] });
      const badDigits = SSIN.standard.slice(0, 9) + String((Number(SSIN.standard.slice(9)) + 1) % 100).padStart(2, '0');
      const structure = await call('getLivingWagePeriods', badDigits, { beginDate: '2024-01-01' });
      expect(statusOf(structure)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00011' });
      const replaced = await call('getLivingWagePeriods', SSIN.replacedOld, { beginDate: '2024-01-01' });
      expect(statusOf(replaced)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00006', information: [{ name: 'newSSIN', value: SSIN.replacedNew }] });
      const cancelled = await call('getLivingWagePeriods', SSIN.cancelled, { beginDate: '2024-01-01' });
      expect(statusOf(cancelled)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00007' });
    });

    it('refuses an endDate before the beginDate with MSG00008 naming the period, before the SSIN checks', async () => {
      const root = await call('getLivingWagePeriods', SSIN.standard, { beginDate: '2025-06-01', endDate: '2025-01-01' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/period' }] });
      // The replaced SSIN would give MSG00006: the criteria come first.
      const replaced = await postBody('getLivingWages', criteria(SSIN.replacedOld, '2025-06-01', '2025-01-01'));
      expect(statusOf(replaced.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    });

    it('refuses a malformed date and a missing period with MSG00008 (schema), never a stack trace', async () => {
      const date = await postBody('getLivingWagePeriods', criteria(SSIN.standard, '2025-02-30'));
      expect(date.status).toBe(200);
      expect(statusOf(date.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
      expect(statusOf(date.root).information[0].name).toMatch(/beginDate/);
      const missing = await postBody('getLivingWagePeriodsPerPCSA', `<ssin>${SSIN.standard}</ssin>`);
      expect(statusOf(missing.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
      expect(statusOf(missing.root).information[0].name).toMatch(/period/);
      expect(missing.body).not.toMatch(/at .*\.ts:\d+/);
    });

    it('refuses administrative staff (no row) and a wrong legal context with MSG00013', async () => {
      const admin = await postBody('getLivingWagePeriods', criteria(SSIN.standard, '2024-01-01'), { auth: gentAuth('ADMIN_STAFF') });
      expect(statusOf(admin.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013', information: [{ name: 'role', value: 'ADMIN_STAFF' }] });
      validateNewStyleBody(admin.body, WSDL);
      const context = await call('getLivingWagePeriods', SSIN.standard, { beginDate: '2024-01-01' }, 'PCSA:DEBT_RECOVERY');
      expect(statusOf(context)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013', information: [{ name: 'legalContext', value: 'PCSA:DEBT_RECOVERY' }] });
    });

    it('lets the financial director see who paid what for recovery, but not the plain periods', async () => {
      const findir = gentAuth('FINANCIAL_DIRECTOR');
      const wages = await postBody('getLivingWages', criteria(SSIN.standard, '2024-01-01'), { auth: findir, legalContext: 'PCSA:DEBT_RECOVERY' });
      expect(statusOf(wages.root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      validateNewStyleBody(wages.body, WSDL);
      const perPcsa = await postBody('getLivingWagePeriodsPerPCSA', criteria(SSIN.standard, '2024-01-01'), { auth: findir, legalContext: 'PCSA:DEBT_RECOVERY' });
      expect(statusOf(perPcsa.root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const periods = await postBody('getLivingWagePeriods', criteria(SSIN.standard, '2024-01-01'), { auth: findir, legalContext: 'PCSA:DEBT_RECOVERY' });
      expect(statusOf(periods.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
      const inquiry = await postBody('getLivingWages', criteria(SSIN.standard, '2024-01-01'), { auth: findir });
      expect(statusOf(inquiry.root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013', information: [{ name: 'role', value: 'FINANCIAL_DIRECTOR' }] });
    });

    it('lets a batch program consult like a social worker', async () => {
      const res = await postBody('getLivingWagePeriodsFlanders', criteria(SSIN.standard, '2024-01-01'), { auth: gentAuth('PROGRAM') });
      expect(statusOf(res.root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    });

    it('answers HTTP 401 without credentials, and a fault naming livingWagesFault for an unknown body element', async () => {
      const noAuth = await post(`${emu.url}${PATH}`, soapEnvelope(`<lw:getLivingWagePeriodsRequest xmlns:lw="${NS}"/>`));
      expect(noAuth.status).toBe(401);
      const unknown = await postBody('getLivingWageAmounts', criteria(SSIN.standard, '2024-01-01'));
      expect(unknown.status).toBe(500);
      expect(unknown.root.local).toBe('Fault');
      expect(unknown.body).toContain('livingWagesFault');
      expect(unknown.body).toContain('MSG00004');
    });
  });

  describe('generated population', () => {
    it('answers every operation with a valid reply, and a leefloon integration comes with a living wage from that OCMW', async () => {
      const personas = new Set<string>(Object.values(SSIN));
      const people = (emu.app.db.prepare('SELECT DISTINCT ssin FROM podmi_living_wage').all() as { ssin: string }[]).map((r) => r.ssin).filter((s) => !personas.has(s));
      expect(people.length).toBeGreaterThan(5);
      const operations = ['getLivingWagePeriods', 'getLivingWagePeriodsPerPCSA', 'getLivingWages', 'getLivingWagePeriodsFlanders', 'getLivingWagePeriodsPerPCSAFlanders'];
      let checked = 0;
      for (const ssin of people) {
        integrateForGent(emu.app, ssin);
        for (const operation of operations) {
          const res = await postBody(operation, criteria(ssin, '2000-01-01'));
          expect(res.status).toBe(200);
          validateNewStyleBody(res.body, WSDL);
          expect(['DATA_FOUND', 'NO_DATA_FOUND']).toContain(statusOf(res.root).value);
        }
        // The generator's leefloon (2) or equivalent (3) integration: a period from the same OCMW, on the same first day.
        const own = emu.app.repertory.forSsin(ssin).find((i) => i.sector === 17 && (i.quality_code === 2 || i.quality_code === 3) && i.register === 'PRIMARY');
        if (!own) continue;
        const res = await postBody('getLivingWages', criteria(ssin, '2000-01-01'));
        const wages = childrenNamed(res.root, 'livingWages').map((w) => ({ cbe: childText(w, 'pcsaCbeNumber'), category: childText(w, 'category'), begins: periodsOf(w).map((p) => p[0]) }));
        expect(wages).toContainEqual({ cbe: own.cbe_number, category: own.quality_code === 2 ? 'LIVING_WAGE' : 'EQUIVALENT_LIVING_WAGE', begins: expect.arrayContaining([own.begin_date]) });
        checked++;
      }
      expect(checked).toBeGreaterThan(3);
    });
  });
});
