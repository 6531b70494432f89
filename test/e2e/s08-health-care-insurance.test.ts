import * as soap from 'soap';
import * as fs from 'fs';
import * as path from 'path';
import { GENT, startEmulator, TestEmulator, integrateForGent } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, path as at, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { rizivNumber } from '../../src/sources/nic';
import { callValidated, statusOf } from '../helpers/newstyle';

const PATH = '/SOA4520/HealthCareInsuranceService/consult_01';
const NS = 'http://kszbcss.fgov.be/intf/HealthCareInsuranceService/v1';
const WSDL = 'S08-HealthCareInsuranceService/v1/HealthCareInsuranceV1.wsdl';
const SOCIAL = 'social inquiry and financial help';
const cred = (suffix = '') => basicAuth(`${GENT.credential.username}${suffix}`, GENT.credential.password);

const ALL = ['insuringOrganization', 'reimbursementRight', 'ct1ct2', 'payingThirdParty', 'maximumCharge', 'medicalHouse', 'increasedIntervention', 'statusComplementaryInsurance', 'globalMedicalFile', 'sfdfL891'];
/** desiredData as the public CPAS client sends it: every flag, true for the blocks wanted. */
const desired = (...wanted: string[]) => Object.fromEntries(ALL.map((b) => [b, wanted.length === 0 || wanted.includes(b)]));

const blocksOf = (root: XmlElement) => elements(child(root, 'result') ?? ({ children: [] } as unknown as XmlElement)).map((e) => e.local);

describe('S08 HealthCareInsuranceService v1', () => {
  let emu: TestEmulator;
  let client: soap.Client;

  beforeAll(async () => {
    emu = await startEmulator();
    client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  });
  afterAll(() => emu.close());

  let calls = 0;
  /** Calls an operation through the soap client (as loaded from ?wsdl), validates the raw reply and returns its body root. */
  async function call(operation: string, ssin: string, when: string | 'today', wanted: string[] = []): Promise<XmlElement> {
    const ticket = `S08-TEST-${++calls}`;
    const root = await callValidated(client, operation, {
      informationCustomer: { ticket, timestampSent: '2026-11-22T10:00:00Z', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: SOCIAL,
      criterion: { ssin, temporalCriteria: when === 'today' ? { today: true } : { date: when }, desiredData: desired(...wanted) },
    }, WSDL);
    expect(root.local).toBe(`${operation}Response`);
    expect(root.ns).toBe(NS);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe(ticket);
    expect(childText(root, 'criterion', 'ssin')).toBe(ssin);
    return root;
  }

  /** Posts a hand-built request (for credentials, legal contexts and criteria the soap client would not send). */
  async function postBody(operation: string, criterionXml: string, opts: { auth?: Record<string, string>; legalContext?: string } = {}) {
    const body =
      `<h:${operation}Request xmlns:h="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${opts.legalContext ?? SOCIAL}</legalContext><criterion>${criterionXml}</criterion></h:${operation}Request>`;
    return post(`${emu.url}${PATH}`, soapEnvelope(body), { ...(opts.auth ?? cred()), SOAPAction: `http://kszbcss.fgov.be/HealthCareInsuranceService/${operation}` });
  }
  const criterion = (ssin: string, when = '<today>true</today>', flags = '') => `<ssin>${ssin}</ssin><temporalCriteria>${when}</temporalCriteria>${flags}`;
  const journal = async (q: string) => (await (await fetch(`${emu.url}/_admin/journal${q}`)).json()) as Record<string, any>[];

  describe('getInsuranceOrganizationInformations', () => {
    it('returns every block of the standard persona: CM 100/121, BIM since the leefloon, MAF 2025, her GMD doctor and insurer', async () => {
      const root = await call('getInsuranceOrganizationInformations', SSIN.standard, '2026-06-01');
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(blocksOf(root)).toEqual(ALL);
      const r = child(root, 'result')!;
      expect(childText(r, 'insuringOrganization', 'mutuality')).toBe('121');
      expect(childText(r, 'insuringOrganization', 'insuringOrganization')).toBe('100');
      expect(childText(r, 'reimbursementRight', 'value')).toBe('true');
      expect(childText(r, 'ct1ct2', 'ct1')).toBe('111');
      expect(childText(r, 'ct1ct2', 'period', 'beginDate')).toBe('2026-01-01');
      expect(at(r, 'ct1ct2', 'period', 'endDate')).toBeUndefined();
      expect(childText(r, 'payingThirdParty', 'value')).toBe('true');
      const years = childrenNamed(child(r, 'maximumCharge'), 'year');
      expect(years.map((y) => [childText(y), y.attrs.insuringOrganization])).toEqual([['2025', '100']]);
      expect(childText(r, 'medicalHouse', 'noRight')).toBe('true');
      expect(childText(r, 'increasedIntervention', 'period', 'beginDate')).toBe('2025-01-01');
      expect(childText(r, 'statusComplementaryInsurance', 'value')).toBe('true');
      const gmd = child(r, 'globalMedicalFile')!;
      expect(childText(gmd, 'healthCareProvider')).toBe(rizivNumber(23456));
      expect(childText(gmd, 'healthCareProvider')).toMatch(/^1\d{7}004$/);
      expect(childText(gmd, 'period', 'beginDate')).toBe('2019-03-01');
      expect(childText(gmd, 'insuringOrganization')).toBe('100');
      expect(childText(r, 'sfdfL891', 'registrationNumber')).toBe(`121${SSIN.standard.slice(0, 9)}`);
    });

    it('returns only the blocks asked in desiredData', async () => {
      const root = await call('getInsuranceOrganizationInformations', SSIN.standard, 'today', ['globalMedicalFile', 'insuringOrganization']);
      expect(statusOf(root).code).toBe('MSG00000');
      expect(blocksOf(root)).toEqual(['insuringOrganization', 'globalMedicalFile']);
    });

    it('answers a date in the past with the period that held it: no BIM, no third-party payer, no MAF yet', async () => {
      const root = await call('getInsuranceOrganizationInformations', SSIN.standard, '2024-05-15');
      const r = child(root, 'result')!;
      expect(childText(r, 'ct1ct2', 'ct1')).toBe('110');
      expect(childText(r, 'ct1ct2', 'period', 'beginDate')).toBe('2024-01-01');
      expect(childText(r, 'ct1ct2', 'period', 'endDate')).toBe('2024-12-31');
      expect(childText(r, 'payingThirdParty', 'value')).toBe('false');
      expect(child(child(r, 'payingThirdParty'), 'insuringOrganization')).toBeUndefined();
      expect(childText(r, 'increasedIntervention', 'noRight')).toBe('true');
      expect(childText(r, 'maximumCharge', 'noRight')).toBe('true');
    });

    it('lets a client walk the past by the ct1ct2 period ends, up to the open current period', async () => {
      // As the public CPAS client does: ask a date, continue the day after the period's end.
      const seen: string[] = [];
      let date = '2023-06-01';
      for (let i = 0; i < 10; i++) {
        const period = at(await call('getInsuranceOrganizationInformations', SSIN.familyHead, date, ['ct1ct2']), 'result', 'ct1ct2', 'period')!;
        seen.push(`${childText(period, 'beginDate')}..${childText(period, 'endDate') ?? ''}`);
        const end = childText(period, 'endDate');
        if (!end) break;
        date = new Date(Date.parse(end + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10);
      }
      expect(seen).toEqual(['2023-01-01..2023-12-31', '2024-01-01..2024-12-31', '2025-01-01..2025-02-28', '2025-03-01..2025-12-31', '2026-01-01..']);
    });

    it('shows the medical house of the family and a child insured as the father\'s dependant', async () => {
      const root = await call('getInsuranceOrganizationInformations', SSIN.familyChild2, '2026-06-01', ['medicalHouse', 'globalMedicalFile', 'sfdfL891']);
      const r = child(root, 'result')!;
      expect(childText(r, 'medicalHouse', 'period', 'beginDate')).toBe('2018-01-01');
      expect(childText(r, 'medicalHouse', 'period', 'insuringOrganization')).toBe('100');
      expect(['doctor', 'kine', 'nurse'].map((k) => childText(r, 'medicalHouse', k))).toEqual(['true', 'true', 'true']);
      expect(childText(r, 'globalMedicalFile', 'noRight')).toBe('true');
      expect(childText(r, 'sfdfL891', 'holderSsin')).toBe(SSIN.familyHead);
    });

    it('answers NO_DATA_FOUND MSG00100 after the death of the deceased persona, and before an insurance began', async () => {
      const before = await call('getInsuranceOrganizationInformations', SSIN.deceased, '2025-06-14', ['ct1ct2', 'globalMedicalFile']);
      expect(statusOf(before).code).toBe('MSG00000');
      expect(childText(before, 'result', 'ct1ct2', 'period', 'endDate')).toBe('2025-06-14');
      expect(childText(before, 'result', 'globalMedicalFile', 'period', 'endDate')).toBe('2025-06-14');
      const after = await call('getInsuranceOrganizationInformations', SSIN.deceased, '2025-06-15');
      expect(statusOf(after)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect(child(after, 'result')).toBeUndefined();
      const bis = await call('getInsuranceOrganizationInformations', SSIN.bis, '2021-01-01');
      expect(statusOf(bis)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });

    it('answers the bis person: neutral mutuality 200, no complementary insurance, no GMD', async () => {
      const root = await call('getInsuranceOrganizationInformations', SSIN.bis, 'today', ['insuringOrganization', 'statusComplementaryInsurance', 'globalMedicalFile']);
      const r = child(root, 'result')!;
      expect(childText(r, 'insuringOrganization', 'insuringOrganization')).toBe('200');
      expect(childText(r, 'statusComplementaryInsurance', 'noRight')).toBe('true');
      expect(childText(r, 'globalMedicalFile', 'noRight')).toBe('true');
    });
  });

  describe('consultMAF and consultHolderCode', () => {
    it('consultMAF returns the years the family reached the maximum billing, and only that block', async () => {
      const root = await call('consultMAF', SSIN.familyHead, '2025-06-01');
      expect(blocksOf(root)).toEqual(['maximumCharge']);
      expect(childrenNamed(at(root, 'result', 'maximumCharge'), 'year').map((y) => childText(y))).toEqual(['2024', '2025']);
      const employed = await call('consultMAF', SSIN.employed, '2025-06-01');
      expect(childText(employed, 'result', 'maximumCharge', 'noRight')).toBe('true');
    });

    it('consultHolderCode returns CT1/CT2 of the period: the deceased pensioner with BIM, 131/131 until his death', async () => {
      const root = await call('consultHolderCode', SSIN.deceased, '2025-01-10');
      expect(blocksOf(root)).toEqual(['ct1ct2']);
      const ct = at(root, 'result', 'ct1ct2')!;
      expect([childText(ct, 'ct1'), childText(ct, 'ct2')]).toEqual(['131', '131']);
      expect(childText(ct, 'period', 'endDate')).toBe('2025-06-14');
      const employed = await call('consultHolderCode', SSIN.employed, 'today');
      const gmd = await call('getInsuranceOrganizationInformations', SSIN.employed, 'today', ['globalMedicalFile']);
      expect(childText(gmd, 'result', 'globalMedicalFile', 'healthCareProvider')).toBe('13187743004');
      expect(childText(employed, 'result', 'ct1ct2', 'ct1')).toBe('110');
      expect(childText(employed, 'result', 'ct1ct2', 'insuringOrganization')).toBe('300');
    });
  });

  describe('roles (proportionality)', () => {
    it('gives administrative staff the insuring organisation only, and the journal lists what was filtered', async () => {
      const res = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.standard), { auth: cred('-admin') });
      validateNewStyleBody(res.body, WSDL);
      const root = bodyRoot(res.body);
      expect(statusOf(root).code).toBe('MSG00000');
      expect(blocksOf(root)).toEqual(['insuringOrganization']);
      const row = (await journal(`?ssin=${SSIN.standard}&service=S08`))[0];
      expect(row.role).toBe('ADMIN_STAFF');
      expect(row.filtered_blocks).toContain('globalMedicalFile');
      expect(row.returned_blocks).not.toContain('globalMedicalFile');
    });

    it('refuses administrative staff the GMD alone and consultMAF: MSG00013', async () => {
      const gmdOnly = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.standard, '<today>true</today>', '<desiredData><globalMedicalFile>true</globalMedicalFile></desiredData>'), { auth: cred('-admin') });
      expect(statusOf(bodyRoot(gmdOnly.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
      const maf = await postBody('consultMAF', criterion(SSIN.standard), { auth: cred('-admin') });
      expect(statusOf(bodyRoot(maf.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    });

    it('gives the financial director, for medical costs, the insurability without the medical blocks', async () => {
      const res = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.familyHead), { auth: cred('-findir'), legalContext: 'medical costs supported' });
      validateNewStyleBody(res.body, WSDL);
      expect(blocksOf(bodyRoot(res.body))).toEqual(['insuringOrganization', 'reimbursementRight', 'ct1ct2', 'payingThirdParty', 'maximumCharge', 'increasedIntervention']);
      const social = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.familyHead), { auth: cred('-findir') });
      expect(statusOf(bodyRoot(social.body)).code).toBe('MSG00013');
    });

    it('refuses the social worker a legal context of the enumeration that is not hers: MSG00013', async () => {
      const res = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.standard), { legalContext: 'Heating Allowance' });
      validateNewStyleBody(res.body, WSDL);
      expect(statusOf(bodyRoot(res.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    });
  });

  describe('refusals', () => {
    it('answers MSG00012 for the not-integrated persona', async () => {
      const res = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.notIntegrated));
      validateNewStyleBody(res.body, WSDL);
      expect(statusOf(bodyRoot(res.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    });

    it('answers MSG00005 for an unknown SSIN and MSG00006 with newSSIN for a replaced one', async () => {
      const unknown = await postBody('consultHolderCode', criterion(SSIN.unknown));
      validateNewStyleBody(unknown.body, WSDL);
      expect(statusOf(bodyRoot(unknown.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00005' });
      const replaced = await postBody('consultHolderCode', criterion(SSIN.replacedOld));
      expect(statusOf(bodyRoot(replaced.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00006', information: [{ name: 'newSSIN', value: SSIN.replacedNew }] });
    });

    it('refuses a legalContext outside the enumeration with MSG00008', async () => {
      const res = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.standard), { legalContext: 'SOCIAL_INVESTIGATION_OF_PCSA' });
      expect(res.status).toBe(200);
      const s = statusOf(bodyRoot(res.body));
      expect(s).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
      expect(s.information[0].name).toBe('legalContext');
      // No schema validation: the echo of an invalid legalContext cannot be valid.
    });

    it('refuses a desiredData without any block, today=false and a malformed date with MSG00008 naming the field', async () => {
      const none = await postBody('getInsuranceOrganizationInformations', criterion(SSIN.standard, '<today>true</today>', '<desiredData><ct1ct2>false</ct1ct2></desiredData>'));
      validateNewStyleBody(none.body, WSDL);
      expect(statusOf(bodyRoot(none.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criterion/desiredData' }] });
      const notToday = await postBody('consultMAF', criterion(SSIN.standard, '<today>false</today>'));
      expect(statusOf(bodyRoot(notToday.body))).toMatchObject({ code: 'MSG00008', information: [{ name: 'criterion/temporalCriteria' }] });
      const badDate = await postBody('consultMAF', criterion(SSIN.standard, '<date>2025-02-30</date>'));
      expect(statusOf(bodyRoot(badDate.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    });

    it('answers HTTP 401 without credentials', async () => {
      const res = await postBody('consultMAF', criterion(SSIN.standard), { auth: {} });
      expect(res.status).toBe(401);
    });
  });

  describe('contract', () => {
    it('publishes the WSDL with our address and the three operations', async () => {
      const wsdl = await (await fetch(`${emu.url}${PATH}?wsdl`)).text();
      expect(wsdl).toContain(`${emu.url}${PATH}`);
      for (const op of ['getInsuranceOrganizationInformations', 'consultMAF', 'consultHolderCode']) expect(wsdl).toContain(`soapAction="http://kszbcss.fgov.be/HealthCareInsuranceService/${op}"`);
    });

    it('answers the sample request of test/fixtures/samples/S08 (integrated for Gent) with a valid reply', async () => {
      const sample = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'samples', 'S08', 'getInsuranceOrganizationInformations.request.xml'), 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
      const res = await post(`${emu.url}${PATH}`, soapEnvelope(sample.replace('0212345678', GENT.org.cbe_number)), { ...cred(), SOAPAction: 'http://kszbcss.fgov.be/HealthCareInsuranceService/getInsuranceOrganizationInformations' });
      validateNewStyleBody(res.body, WSDL);
      const root = bodyRoot(res.body);
      expect(statusOf(root).code).toBe('MSG00000');
      expect(blocksOf(root)).toEqual(['insuringOrganization', 'ct1ct2', 'globalMedicalFile']);
    });
  });

  describe('generated population', () => {
    it('answers a valid reply for generated persons with an NIC file, consistent with their mutuality inscription', async () => {
      const personas = new Set<string>(Object.values(SSIN));
      const people = (emu.app.db.prepare('SELECT DISTINCT ssin FROM nic_insurability ORDER BY ssin').all() as { ssin: string }[]).map((r) => r.ssin).filter((s) => !personas.has(s)).slice(0, 25);
      expect(people.length).toBe(25);
      const found = new Set<string>();
      for (const ssin of people) {
        integrateForGent(emu.app, ssin);
        for (const op of ['getInsuranceOrganizationInformations', 'consultMAF', 'consultHolderCode']) {
          const res = await postBody(op, criterion(ssin, '<date>2025-06-01</date>'));
          validateNewStyleBody(res.body, WSDL);
          const root = bodyRoot(res.body);
          const s = statusOf(root);
          expect(['MSG00000', 'MSG00100']).toContain(s.code);
          if (s.code === 'MSG00000') found.add(op);
          if (s.code === 'MSG00000' && op === 'consultHolderCode') expect(childText(root, 'result', 'ct1ct2', 'ct1')).toMatch(/^1[13][01]$/);
        }
      }
      expect([...found].sort()).toEqual(['consultHolderCode', 'consultMAF', 'getInsuranceOrganizationInformations']);
    });
  });
});
