import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { credentials } from '../../fixtures/organisations';
import { callValidated, statusOf } from '../helpers/newstyle';
import { EMPLOYEE_CONTRIBUTION, SELF_EMPLOYED_RATE } from '../../src/sources/fodfin/rules';
import type { TaxAssessment } from '../../src/sources/fodfin';

const V2 = { path: '/SOA4520/TaxAssessmentDataService/v2/consult', ns: 'http://kszbcss.fgov.be/intf/TaxAssessmentDataService/v2', wsdl: 'S10-TaxAssessmentDataService/v2/TaxAssessmentDataServiceV2.wsdl', op: 'consultTaxAssessmentData' };
const V1 = { path: '/SOA4520/TaxAssessmentDataService/consult', ns: 'http://kszbcss.fgov.be/intf/TaxAssessmentDataService/v1', wsdl: 'S10-TaxAssessmentDataService/v1/TaxAssessmentDataServiceV1.wsdl', op: 'getTaxAssessmentData' };
type Version = typeof V2;
/** The emulator's clock during these tests. */
const TODAY = '2026-11-16';

function gentAuth(role: string): Record<string, string> {
  const c = credentials().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return basicAuth(c.username, c.password);
}

/** The fiscal data of a v2 reply: element name -> value text, or `-reason` when it has none. */
function fiscalData(root: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of childrenNamed(child(child(root, 'result'), 'fiscalDataList'), 'fiscalData')) {
    const name = childText(d, 'element')!;
    const value = child(d, 'value');
    out[name] = value ? `${childText(d, 'value')}` : `-${child(d, 'noValue')!.attrs.reason}`;
  }
  return out;
}

const ipcal = (root: XmlElement) => Object.fromEntries(childrenNamed(child(child(root, 'taxAssessmentData'), 'ipcalItems'), 'ipcalItem').map((i) => [childText(i, 'code'), Number(childText(i, 'value'))]));

describe('S10 TaxAssessmentDataService', () => {
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

  let calls = 0;
  /** Calls through the soap client of the published WSDL; the raw reply is validated against our XSD. */
  async function call(v: Version, criteria: Record<string, unknown>): Promise<XmlElement> {
    const ticket = `S10-TEST-${++calls}`;
    const root = await callValidated(clients.get(v)!, v.op, {
      informationCustomer: { ticket, timestampSent: `${TODAY}T10:00:00Z`, customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'SOCIAL_INVESTIGATION_OF_PCSA',
      [v === V2 ? 'criteria' : 'searchCriteria']: criteria,
    }, v.wsdl);
    expect(root.local).toBe(`${v.op}Response`);
    expect(root.ns).toBe(v.ns);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe(ticket);
    return root;
  }

  /** Posts a hand-built v2 request (another role, or input the soap client would not send); validated too. */
  async function postV2(criteriaXml: string, opts: { role?: string; legalContext?: string } = {}) {
    const body =
      `<t:${V2.op}Request xmlns:t="${V2.ns}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${opts.legalContext ?? 'SOCIAL_INVESTIGATION_OF_PCSA'}</legalContext><criteria>${criteriaXml}</criteria></t:${V2.op}Request>`;
    const res = await post(`${emu.url}${V2.path}`, soapEnvelope(body), { ...gentAuth(opts.role ?? 'SOCIAL_WORKER'), SOAPAction: `http://kszbcss.fgov.be/TaxAssessmentDataService/${V2.op}` });
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, V2.wsdl);
    return bodyRoot(res.body);
  }

  const mostRecent = { referenceYear: { derivedYear: 'MOST_RECENT' } };

  it('publishes one operation per version with its SOAPAction', async () => {
    expect(Object.keys(clients.get(V2)!.describe().TaxAssessmentDataService.TaxAssessmentDataService)).toEqual(['consultTaxAssessmentData']);
    expect(Object.keys(clients.get(V1)!.describe().TaxAssessmentDataService.TaxAssessmentDataService)).toEqual(['getTaxAssessmentData']);
    const wsdl = await (await fetch(`${emu.url}${V1.path}?wsdl`)).text();
    expect(wsdl).toContain('soapAction="http://kszbcss.fgov.be/TaxAssessmentDataService/getTaxAssessmentData"');
  });

  describe('v2 consultTaxAssessmentData', () => {
    it("gives the employed persona's most recent year: salaries from DmfA, capped flat expenses, absent items as noValue", async () => {
      const root = await call(V2, { ssin: SSIN.employed, ...mostRecent });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'ssinStatusData', 'requestedSsinStatus')).toBe('ACTIVE');
      const result = child(root, 'result');
      expect([childText(result, 'requestedFiscalPerson', 'ssin'), childText(result, 'requestedFiscalPerson', 'fiscalState'), childText(result, 'incomeYear')]).toEqual([SSIN.employed, 'SINGULAR', '2025']);
      expect(child(result, 'relatedFiscalPerson')).toBeUndefined();
      expect(childText(result, 'taxAssessmentNumber')).toMatch(/^\d{10}$/);
      const data = fiscalData(root);
      expect(data).toMatchObject({
        GROSS_SALARIES: String(Math.round(37800 * (1 - EMPLOYEE_CONTRIBUTION))),
        PROFESSIONAL_EXPENSES: '5930',
        UNEMPLOYMENT_BENEFITS: '-ELEMENT_NOT_PRESENT_IN_THE_TAX_ASSESSMENT_DATA',
        JOINT_ASSESSMENT: 'false',
        OTHER_DEPENDENTS: '-ELEMENT_NOT_PRESENT_IN_THE_TAX_ASSESSMENT_DATA',
      });
      expect(Number(data.GLOBAL_TAXABLE_INCOME)).toBe(Number(data.GROSS_SALARIES) - 5930);
      expect(data.ASSESSMENT_DATE).toMatch(/^2026-/);
    });

    it('answers a year asked, MSG00100 for a year not held, and marks elements that did not exist yet', async () => {
      const y2021 = await call(V2, { ssin: SSIN.employed, referenceYear: { year: '2021' } });
      expect(childText(y2021, 'result', 'incomeYear')).toBe('2021');
      expect(fiscalData(y2021)).toMatchObject({ PROFESSIONAL_EXPENSES: '4810', OTHER_DEPENDENTS: '-ELEMENT_NOT_AVAILABLE_FOR_THIS_INCOME_YEAR' });
      const y2019 = await call(V2, { ssin: SSIN.employed, referenceYear: { year: '2019' } });
      expect(statusOf(y2019)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect(child(y2019, 'result')).toBeUndefined();
    });

    it('returns only the elements and groups asked, in the vocabulary order', async () => {
      const root = await call(V2, { ssin: SSIN.employed, ...mostRecent, fiscalDataSelection: { elements: { element: ['GLOBAL_TAXABLE_INCOME'] }, groups: { group: ['ASSESSMENT'] } } });
      expect(Object.keys(fiscalData(root))).toEqual(['ASSESSMENT_DATE', 'JOINT_ASSESSMENT', 'GLOBAL_TAXABLE_INCOME']);
      const unknown = await postV2(`<ssin>${SSIN.employed}</ssin><referenceYear><derivedYear>MOST_RECENT</derivedYear></referenceYear><fiscalDataSelection><groups><group>SALARIES</group></groups></fiscalDataSelection>`);
      expect(statusOf(unknown)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/fiscalDataSelection/groups/group', value: 'SALARIES' }] });
    });

    it('shows a joint assessment from both sides: one number, PRIMARY and SECONDARY, communal dependants', async () => {
      const head = await call(V2, { ssin: SSIN.familyHead, ...mostRecent });
      const partner = await call(V2, { ssin: SSIN.familyPartner, ...mostRecent });
      expect(childText(head, 'result', 'taxAssessmentNumber')).toBe(childText(partner, 'result', 'taxAssessmentNumber'));
      expect([childText(head, 'result', 'requestedFiscalPerson', 'fiscalState'), childText(head, 'result', 'relatedFiscalPerson', 'ssin'), childText(head, 'result', 'relatedFiscalPerson', 'fiscalState')]).toEqual(['PRIMARY', SSIN.familyPartner, 'SECONDARY']);
      expect(childText(partner, 'result', 'requestedFiscalPerson', 'fiscalState')).toBe('SECONDARY');
      expect(fiscalData(head)).toMatchObject({ CHILDREN_DEPENDENT: '2', JOINT_ASSESSMENT: 'true', GLOBAL_TAXABLE_INCOME: '-ELEMENT_NOT_PRESENT_IN_THE_TAX_ASSESSMENT_DATA' });
      const children = childrenNamed(child(child(head, 'result'), 'fiscalDataList'), 'fiscalData').find((d) => childText(d, 'element') === 'CHILDREN_DEPENDENT')!;
      expect(child(children, 'element')!.attrs.communalInformation).toBe('true');
    });

    it('adds the foreign real-estate income of the property owner to her global and the family income', async () => {
      const root = await call(V2, { ssin: SSIN.propertyOwner, ...mostRecent });
      expect(fiscalData(root)).toMatchObject({ FOREIGN_REAL_ESTATE_INCOME: '4200', GLOBAL_TAXABLE_INCOME: '4200', GLOBAL_TAXABLE_INCOME_FISCAL_FAMILY: '4200' });
      expect(childText(root, 'result', 'relatedFiscalPerson', 'ssin')).toBe(SSIN.propertyOwnerPartner);
    });

    it('derives the self-employed profit from the RSVZ contributions, and hides assessments not yet established', async () => {
      const self = await call(V2, { ssin: SSIN.selfEmployed, ...mostRecent });
      const contributions = emu.app.db.prepare(`SELECT SUM(amount) AS s FROM rsvz_contribution WHERE ssin = ? AND quarter LIKE '2025%'`).get(SSIN.selfEmployed) as { s: number };
      expect(fiscalData(self).SELF_EMPLOYED_PROFIT).toBe(String(Math.round(contributions.s / SELF_EMPLOYED_RATE)));
      const deceased = await call(V2, { ssin: SSIN.deceased, referenceYear: { derivedYear: 'MOST_RECENT_UNLIMITED' } });
      expect(childText(deceased, 'result', 'incomeYear')).toBe('2024');
      emu.app.clock.set(new Date('2027-01-04T10:00:00Z'));
      try {
        const later = await call(V2, { ssin: SSIN.deceased, ...mostRecent });
        expect(childText(later, 'result', 'incomeYear')).toBe('2025');
      } finally {
        emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
      }
    });

    it('answers TAXA0007 when nothing was assessed in the last three years, MSG00100 with no limit', async () => {
      const recent = await call(V2, { ssin: SSIN.selfEmployedPre2003, ...mostRecent });
      expect(statusOf(recent)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'TAXA0007' });
      const ever = await call(V2, { ssin: SSIN.selfEmployedPre2003, referenceYear: { derivedYear: 'MOST_RECENT_UNLIMITED' } });
      expect(statusOf(ever)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });

    it('says in ssinStatusData that an SSIN is replaced (with the new one) or cancelled', async () => {
      const replaced = await postV2(`<ssin>${SSIN.replacedOld}</ssin><referenceYear><derivedYear>MOST_RECENT</derivedYear></referenceYear>`);
      expect(statusOf(replaced)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00006' });
      expect([childText(replaced, 'ssinStatusData', 'requestedSsinStatus'), childText(replaced, 'ssinStatusData', 'replacingSsin')]).toEqual(['REPLACED', SSIN.replacedNew]);
      const cancelled = await postV2(`<ssin>${SSIN.cancelled}</ssin><referenceYear><derivedYear>MOST_RECENT</derivedYear></referenceYear>`);
      expect(childText(cancelled, 'ssinStatusData', 'requestedSsinStatus')).toBe('CANCELLED');
      expect(child(cancelled, 'result')).toBeUndefined();
    });

    it('gives each role only its groups: administrative staff no income, the financial director no dependants', async () => {
      const criteria = `<ssin>${SSIN.familyHead}</ssin><referenceYear><derivedYear>MOST_RECENT</derivedYear></referenceYear>`;
      const admin = await postV2(criteria, { role: 'ADMIN_STAFF' });
      expect(Object.keys(fiscalData(admin))).toEqual(['ASSESSMENT_DATE', 'JOINT_ASSESSMENT', 'CHILDREN_DEPENDENT', 'CHILDREN_DEPENDENT_HANDICAP', 'OTHER_DEPENDENTS']);
      const director = await postV2(criteria, { role: 'FINANCIAL_DIRECTOR', legalContext: 'PCSA:DEBT_RECOVERY' });
      const names = Object.keys(fiscalData(director));
      expect(names).toContain('GLOBAL_TAXABLE_INCOME');
      expect(names).not.toContain('CHILDREN_DEPENDENT');
      expect(names).not.toContain('ARREARS_OF_REMUNERATION');
    });
  });

  describe('v1 getTaxAssessmentData', () => {
    it('gives the net income of the most recent year as ipcal items, zero items left out', async () => {
      const root = await call(V1, { ssin: SSIN.employed, taxAssessmentDataSelection: 'NET_INCOME' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'taxAssessmentData', 'incomeYear')).toBe('2025');
      const items = ipcal(root);
      expect(items).toMatchObject({ '1250': Math.round(37800 * (1 - EMPLOYEE_CONTRIBUTION)), '1258': 5930 });
      expect(items['1260']).toBeUndefined();
      expect(items['1770']).toBe(items['1250'] - 5930);
    });

    it("puts a joint assessment's partner on 2xxx and the children on 1030", async () => {
      const root = await call(V1, { ssin: SSIN.propertyOwner, taxAssessmentDataSelection: 'NET_INCOME' });
      expect(ipcal(root)).toEqual({ '1130': 4200, '1770': 4200 });
      const family = await call(V1, { ssin: SSIN.familyPartner, taxAssessmentDataSelection: 'NET_INCOME' });
      expect(ipcal(family)).toEqual({ '1030': 2 });
      const none = await call(V1, { ssin: SSIN.selfEmployedPre2003, taxAssessmentDataSelection: 'NET_INCOME' });
      expect(statusOf(none)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'TAXA0007' });
    });
  });

  describe('coherence with the other sources', () => {
    const sum = (sql: string, ssin: string, year: number) => (emu.app.db.prepare(sql).get(ssin, `${year}%`) as { s: number | null }).s ?? 0;

    it("follows every assessment from that year's DmfA wages, RVA payments and RSVZ contributions", () => {
      const rows = emu.app.db.prepare('SELECT * FROM fin_tax_assessment').all() as TaxAssessment[];
      expect(rows.length).toBeGreaterThan(100);
      for (const r of rows) {
        const wages = sum('SELECT SUM(wage_amount) AS s FROM rsz_dmfa WHERE ssin = ? AND quarter LIKE ?', r.ssin, r.income_year);
        const rva = sum('SELECT SUM(gross_amount) AS s FROM rva_payment WHERE ssin = ? AND month LIKE ?', r.ssin, r.income_year);
        const rsvz = sum('SELECT SUM(amount) AS s FROM rsvz_contribution WHERE ssin = ? AND quarter LIKE ?', r.ssin, r.income_year);
        expect([r.ssin, r.income_year, r.gross_salaries, r.unemployment_benefits, r.self_employed_profit]).toEqual([r.ssin, r.income_year, Math.round(wages * (1 - EMPLOYEE_CONTRIBUTION)), Math.round(rva), Math.round(rsvz / SELF_EMPLOYED_RATE)]);
        expect(r.global_taxable_income).toBe(r.net_professional_income + r.foreign_real_estate_income);
      }
    });

    it('assesses every adult who had a taxable income or a leefloon in the year, BIS persons aside', () => {
      const missing = emu.app.db.prepare(`
        SELECT p.ssin, y.year FROM rr_person p
        JOIN (SELECT ssin, substr(quarter, 1, 4) AS year FROM rsz_dmfa UNION SELECT ssin, substr(month, 1, 4) FROM rva_payment
              UNION SELECT ssin, substr(begin_date, 1, 4) FROM podmi_living_wage) y ON y.ssin = p.ssin
        WHERE p.status = 'ACTIVE' AND y.year BETWEEN '2021' AND '2025' AND p.birth_date <= (y.year - 18) || '-12-31'
          AND (p.decease_date IS NULL OR p.decease_date >= y.year || '-01-01')
          AND NOT EXISTS (SELECT 1 FROM fin_tax_assessment t WHERE t.ssin = p.ssin AND t.income_year = CAST(y.year AS INTEGER))`).all();
      expect(missing).toEqual([]);
      expect(emu.app.db.prepare(`SELECT COUNT(*) AS n FROM fin_tax_assessment WHERE ssin IN (SELECT ssin FROM rr_person WHERE status <> 'ACTIVE')`).get()).toEqual({ n: 0 });
    });

    it('gives both partners of a joint assessment one number and date, one PRIMARY with the higher income', () => {
      const pairs = emu.app.db.prepare(`SELECT a.*, b.global_taxable_income AS other_income, b.assessment_date AS other_date, b.fiscal_state AS other_state FROM fin_tax_assessment a
        JOIN fin_tax_assessment b ON b.ssin = a.partner_ssin AND b.income_year = a.income_year AND b.assessment_number = a.assessment_number WHERE a.fiscal_state = 'PRIMARY'`).all() as (TaxAssessment & { other_income: number; other_date: string; other_state: string })[];
      expect(pairs.length).toBeGreaterThan(10);
      const joint = (emu.app.db.prepare(`SELECT COUNT(*) AS n FROM fin_tax_assessment WHERE fiscal_state <> 'SINGULAR'`).get() as { n: number }).n;
      expect(pairs.length * 2).toBe(joint);
      for (const p of pairs) {
        expect([p.other_state, p.other_date, p.global_taxable_income >= p.other_income]).toEqual(['SECONDARY', p.assessment_date, true]);
        expect(p.joint_taxable_income).toBe(p.global_taxable_income + p.other_income);
      }
    });
  });
});
