import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator, integrateForGent } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { callValidated, statusOf } from '../helpers/newstyle';

const PATH = '/SOA4520/UnemploymentDataService/v3/consult';
const NS = 'http://kszbcss.fgov.be/intf/UnemploymentDataService/v3';
const WSDL = 'S13-UnemploymentDataService/v3/UnemploymentDataV3.wsdl';
const AUTH = basicAuth(GENT.credential.username, GENT.credential.password);

/** The head every request carries. */
const head = (ticket: string) => ({
  informationCustomer: { ticket, timestampSent: '2026-11-22T10:00:00Z', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
  legalContext: 'SOCIAL_INVESTIGATION_OF_PCSA',
});


describe('S13 UnemploymentDataService v3', () => {
  let emu: TestEmulator;
  let client: soap.Client;

  beforeAll(async () => {
    emu = await startEmulator();
    client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  });
  afterAll(() => emu.close());

  /** Calls an operation through the soap client, validates the raw reply and returns its body root. */
  let calls = 0;
  async function call(operation: string, searchCriteria: Record<string, unknown>): Promise<XmlElement> {
    const ticket = `S13-TEST-${++calls}`;
    const root = await callValidated(client, operation, { ...head(ticket), searchCriteria }, WSDL);
    expect(root.local).toBe(`${operation}Response`);
    expect(root.ns).toBe(NS);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe(ticket);
    return root;
  }

  /** Posts a hand-built request body (for requests the soap client would not build). */
  async function postBody(operation: string, criteriaXml: string, auth: Record<string, string> = AUTH) {
    const body =
      `<u:${operation}Request xmlns:u="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>SOCIAL_INVESTIGATION_OF_PCSA</legalContext>${criteriaXml}</u:${operation}Request>`;
    return post(`${emu.url}${PATH}`, soapEnvelope(body), { ...auth, SOAPAction: `http://kszbcss.fgov.be/UnemploymentDataService/${operation}` });
  }

  describe('consultPaidSums', () => {
    it('returns the monthly paid and accepted sums of the standard persona, with the RVA check state', async () => {
      const root = await call('consultPaidSums', { ssin: SSIN.standard, period: { startMonth: '2023-01', endMonth: '2024-12' }, allAllowance: 1 });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'ssin')).toBe(SSIN.standard);
      const sums = childrenNamed(child(root, 'paidSums'), 'paidSum');
      expect(sums.map((s) => childText(s, 'relatedMonth'))).toEqual([
        '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12',
        '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08',
      ]);
      const month = (m: string) => sums.find((s) => childText(s, 'relatedMonth') === m)!;
      // March 2023: 27 weekdays other than Sunday at 62.35 EUR.
      expect(childText(month('2023-03'), 'nbrOfAllowances')).toBe('27');
      expect(childText(month('2023-03'), 'paidAmount')).toBe(String(27 * 6235));
      // November 2023: the work disability 6-24 November is paid by the health insurance, not by the RVA.
      expect(Number(childText(month('2023-11'), 'nbrOfAllowances'))).toBeLessThan(15);
      // February 2024: the RVA accepted one allowance less than was paid.
      expect(Number(childText(month('2024-02'), 'acceptedAmount'))).toBe(Number(childText(month('2024-02'), 'paidAmount')) - 6235);
      expect(childText(month('2024-07'), 'dossierStatus')).toBe('PROVISIONAL');
      expect(childText(month('2024-08'), 'dossierStatus')).toBe('NOT_STARTED');
      expect(child(month('2024-08'), 'acceptedAmount')).toBeUndefined();
    });

    it('answers NO_DATA_FOUND MSG00100 for a person without an RVA file (employed persona)', async () => {
      const root = await call('consultPaidSums', { ssin: SSIN.employed, period: { startMonth: '2024-01', endMonth: '2024-12' } });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect(childText(root, 'ssin')).toBe(SSIN.employed);
      expect(child(root, 'paidSums')).toBeUndefined();
    });

    it('answers NO_DATA_FOUND UDS00010 when the file has no payment in the months asked', async () => {
      const root = await call('consultPaidSums', { ssin: SSIN.standard, period: { startMonth: '2025-01', endMonth: '2025-06' } });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'UDS00010' });
    });

    it('refuses an end month before the start month with MSG00008 naming the period', async () => {
      const root = await call('consultPaidSums', { ssin: SSIN.standard, period: { startMonth: '2024-06', endMonth: '2024-01' } });
      const s = statusOf(root);
      expect(s).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
      expect(s.information[0].name).toBe('searchCriteria/period');
    });

    it('refuses a range longer than the 48 months the reply can hold with UD000031', async () => {
      const root = await call('consultPaidSums', { ssin: SSIN.standard, period: { startMonth: '2020-01', endMonth: '2024-01' } });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'UD000031' });
    });
  });

  describe('consultRights', () => {
    it('returns the right of the standard persona at a date inside it', async () => {
      const root = await call('consultRights', { ssin: SSIN.standard, date: '2024-05-15' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const right = path(root, 'rights', 'right')!;
      expect(childText(right, 'theoricDailyAllowanceAmount')).toBe('6235');
      expect(childText(right, 'startingDate')).toBe('2023-03-01');
      expect(childText(right, 'unemploymentCode', 'value')).toBe('1');
      expect(childrenNamed(path(right, 'unemploymentCode', 'descriptions'), 'description').map((d) => d.attrs.lang)).toEqual(['FR', 'NL', 'DE']);
      expect(childText(right, 'familyState')).toBe('SOLITARY');
      expect(childText(right, 'unemployedWorkerStatus')).toBe('UNEMPLOYMENT_ALLOCATION');
      expect(childText(right, 'theoricRightsEndingDate')).toBe('2024-08-31');
    });

    it('answers the end of the right with noRight/rightsEnd after it', async () => {
      const root = await call('consultRights', { ssin: SSIN.standard, date: '2025-01-10' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'rights', 'noRight', 'rightsEnd', 'beginDate')).toBe('2024-09-01');
    });

    it('returns the insertion allowance of Kevin Dubois up to its last day, 2025-03-31', async () => {
      for (const date of ['2025-03-15', '2025-03-31']) {
        const root = await call('consultRights', { ssin: SSIN.insertionEnded, date });
        expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
        expect(childText(root, 'rights', 'right', 'unemployedWorkerStatus')).toBe('INSERTION_ALLOCATION');
        expect(childText(root, 'rights', 'right', 'theoricDailyAllowanceAmount')).toBe('4510');
      }
    });

    it('answers UD000033 (no more right to insertion allowances) at a date after the end (seed 001)', async () => {
      const root = await call('consultRights', { ssin: SSIN.insertionEnded, date: '2025-06-01' });
      const s = statusOf(root);
      expect(s).toMatchObject({ value: 'NO_DATA_FOUND', code: 'UD000033' });
      expect(childText(root, 'status', 'description')).toBe('The person no longer has a right to insertion allowances.');
      expect(childText(root, 'ssin')).toBe(SSIN.insertionEnded);
      expect(childText(root, 'rights', 'noRight', 'rightsEnd', 'beginDate')).toBe('2025-04-01');
      expect(childText(root, 'rights', 'noRight', 'indemnisabilityArticles', 'article', 'value')).toBe('63§2');
      expect(path(root, 'rights', 'right')).toBeUndefined();
    });

    it('answers the last known right, without UD000033, when no date is given', async () => {
      const root = await call('consultRights', { ssin: SSIN.insertionEnded });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(childText(root, 'rights', 'right', 'theoricRightsEndingDate')).toBe('2025-03-31');
    });

    it('refuses a situation date in the future with UDS00016', async () => {
      const root = await call('consultRights', { ssin: SSIN.standard, date: '2099-01-01' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'UDS00016' });
    });

    it('answers NO_DATA_FOUND MSG00100 for the employed persona, who has no RVA file', async () => {
      const root = await call('consultRights', { ssin: SSIN.employed, date: '2025-01-10' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });

    it('refuses the not-integrated persona with MSG00012 (finality), whatever the RVA knows', async () => {
      const root = await call('consultRights', { ssin: SSIN.notIntegrated, date: '2025-01-10' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    });

    it('refuses a malformed date with MSG00008 naming the field', async () => {
      const res = await postBody('consultRights', `<searchCriteria><ssin>${SSIN.standard}</ssin><date>2025-02-30</date></searchCriteria>`);
      expect(res.status).toBe(200);
      const root = bodyRoot(res.body);
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'searchCriteria/date', value: '2025-02-30' }] });
      // No schema validation here: the reply echoes the invalid date, as the contract wants.
    });
  });

  describe('consultPayments', () => {
    it('returns the payment of the month of the date', async () => {
      const root = await call('consultPayments', { ssin: SSIN.insertionEnded, date: '2025-03-15' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const p = child(root, 'payment')!;
      expect(childText(p, 'paidMonth')).toBe('2025-03');
      expect(childText(p, 'theoricDailyAllowanceAmount')).toBe('4510');
      expect(childText(p, 'nbrOfAllowances')).toBe('26');
      expect(childText(p, 'indemnificationRegime')).toBe('6');
      expect(childText(p, 'dossierStatus')).toBe('COMPLETED');
    });

    it('answers UD000033 without a payment block after the end of the insertion allowance', async () => {
      const root = await call('consultPayments', { ssin: SSIN.insertionEnded, date: '2025-04-15' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'UD000033' });
      expect(child(root, 'payment')).toBeUndefined();
    });

    it('answers the last payment when no date is given', async () => {
      const root = await call('consultPayments', { ssin: SSIN.standard });
      expect(childText(root, 'payment', 'paidMonth')).toBe('2024-08');
      expect(childText(root, 'payment', 'dossierStatus')).toBe('NOT_STARTED');
    });

    it('answers UDS00007 at a date with neither right nor payment', async () => {
      const root = await call('consultPayments', { ssin: SSIN.standard, date: '2025-02-01' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'UDS00007' });
    });
  });

  describe('month-range operations', () => {
    it('consultActivationPaidSums returns the activation allowance of the 2019 hiring', async () => {
      const root = await call('consultActivationPaidSums', { ssin: SSIN.standard, period: { startMonth: '2019-01', endMonth: '2020-12' } });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const months = childrenNamed(child(root, 'activationAllowances'), 'activationAllowance');
      expect(months).toHaveLength(12);
      expect(childText(months[0], 'paymentMonth')).toBe('2019-02');
      expect(childText(months[0], 'amount')).toBe('25000');
      const allowance = path(months[0], 'allowances', 'allowance');
      expect(childText(allowance, 'employer', 'enterpriseNumber')).toBe('0401574852');
      expect(childText(allowance, 'phase', 'validityPeriod', 'endDate')).toBe('2020-01-31');
      expect(childText(allowance, 'workOccupation', 'meanWorkingHours')).toBe('1900');
    });

    it('consultActivationPaidSums answers UDS00010 for months without activation', async () => {
      const root = await call('consultActivationPaidSums', { ssin: SSIN.insertionEnded, period: { startMonth: '2024-01', endMonth: '2024-12' } });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'UDS00010' });
    });

    it('consultScheduledPayment gives a day grid that agrees with the paid allowances', async () => {
      const root = await call('consultScheduledPayment', { ssin: SSIN.standard, period: { startMonth: '2023-11', endMonth: '2023-11' } });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const month = path(root, 'scheduledPayment', 'monthlyData')!;
      expect(childText(month, 'month')).toBe('11');
      const days = childrenNamed(month, 'dailyData').map((d) => ({ day: Number(childText(d, 'day')), code: childText(d, 'code', 'value') }));
      expect(days).toHaveLength(30);
      expect(days.find((d) => d.day === 15)!.code).toBe('3'); // work disability
      expect(days.find((d) => d.day === 5)!.code).toBe('0'); // a Sunday
      const sums = await call('consultPaidSums', { ssin: SSIN.standard, period: { startMonth: '2023-11', endMonth: '2023-11' } });
      expect(String(days.filter((d) => d.code === '1').length)).toBe(childText(sums, 'paidSums', 'paidSum', 'nbrOfAllowances'));
    });

    it('consultScheduledPayment refuses more than 12 months with UD000031', async () => {
      const root = await call('consultScheduledPayment', { ssin: SSIN.standard, period: { startMonth: '2023-01', endMonth: '2024-06' } });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'UD000031' });
    });
  });

  describe('history operations', () => {
    const period = { beginDate: '2019-01-01', endDate: '2025-12-31' };

    it('consultScaleCodeHistory returns the scale codes of the decision', async () => {
      const root = await call('consultScaleCodeHistory', { ssin: SSIN.standard, period });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      const scale = path(root, 'response', 'unemployment', 'scale')!;
      expect(childrenNamed(child(scale, 'codes'), 'code').map((c) => [childText(c, 'value'), childText(c, 'validityBeginDate')])).toEqual([
        ['01', '2023-03-01'],
        ['02', '2024-03-01'],
      ]);
      expect(childText(scale, 'admissibility', 'article', 'value')).toBe('30');
      expect(childText(scale, 'indemnisability', 'article', 'value')).toBe('114');
      expect(childText(scale, 'decisionIdentification', 'decisionHandler')).toBe('43');
    });

    it('consultSanctionHistory returns the warning and the reprieved sanction', async () => {
      const root = await call('consultSanctionHistory', { ssin: SSIN.standard, period });
      const warning = path(root, 'response', 'warnings', 'warning')!;
      expect(childText(warning, 'code', 'value')).toBe('154');
      expect(childrenNamed(path(warning, 'code', 'description'), 'description').length).toBeGreaterThan(0);
      const sanction = path(root, 'response', 'sanctions', 'sanction')!;
      expect(childText(sanction, 'code', 'value')).toBe('52');
      expect(childText(sanction, 'period', 'nbrOfWeeksSanction')).toBe('4');
      expect(childText(sanction, 'reprieve', 'nbrOfWeeksReprieve')).toBe('4');
    });

    it('consultExemptionHistory returns the training exemption', async () => {
      const root = await call('consultExemptionHistory', { ssin: SSIN.standard, period });
      const e = path(root, 'exemptions', 'exemption')!;
      expect(childText(e, 'codes', 'reasonCode', 'value')).toBe('91');
      expect(childText(e, 'codes', 'regioCode', 'value')).toBe('VDAB');
      expect(childText(e, 'isJobShortage')).toBe('true');
      expect(childText(e, 'period', 'beginDate')).toBe('2024-04-01');
    });

    it('consultWorkDisabilityHistory returns the disability period, and nothing outside it', async () => {
      const root = await call('consultWorkDisabilityHistory', { ssin: SSIN.standard, period });
      const d = path(root, 'disabilities', 'disability')!;
      expect(childText(d, 'disabilityType')).toBe('1');
      expect(childText(d, 'period', 'endDate')).toBe('2023-11-24');
      const none = await call('consultWorkDisabilityHistory', { ssin: SSIN.standard, period: { beginDate: '2024-01-01', endDate: '2024-12-31' } });
      expect(statusOf(none)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'UD000011' });
    });

    it('consultYoungAvailabilityDecisionHistory returns the evaluations of Kevin Dubois', async () => {
      const root = await call('consultYoungAvailabilityDecisionHistory', { ssin: SSIN.insertionEnded, period });
      const decisions = childrenNamed(child(root, 'decisions'), 'decision');
      expect(decisions.map((d) => childText(d, 'category'))).toEqual(['POSITIVE', 'DOUBLE POSITIVE', 'POSITIVE']);
      expect(childText(decisions[1], 'codes', 'linkenedDecisionCode', 'value')).toBe('L1');
    });

    it('consultNoEarningCapacityAndLawsuitMutuality returns the dispute with the health-insurance fund', async () => {
      const root = await call('consultNoEarningCapacityAndLawsuitMutuality', { ssin: SSIN.standard });
      const lawsuit = path(root, 'response', 'lawsuitMutuality')!;
      expect(childText(lawsuit, 'type', 'value')).toBe('1');
      expect(childText(lawsuit, 'temporaryPaymentPeriod', 'beginDate')).toBe('2023-11-25');
      expect(childText(lawsuit, 'verdict', 'able', 'beginDate')).toBe('2023-11-25');
      const kevin = await call('consultNoEarningCapacityAndLawsuitMutuality', { ssin: SSIN.insertionEnded });
      expect(statusOf(kevin)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'UD000011' });
      const employed = await call('consultNoEarningCapacityAndLawsuitMutuality', { ssin: SSIN.employed });
      expect(statusOf(employed)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    });

    it('refuses an end date before the begin date with MSG00008', async () => {
      const root = await call('consultExemptionHistory', { ssin: SSIN.standard, period: { beginDate: '2024-12-31', endDate: '2024-01-01' } });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'searchCriteria/period' }] });
    });

    it('refuses a missing period with MSG00008 before looking at the SSIN', async () => {
      // The replaced SSIN would give MSG00006: the criteria are checked first, as CBSS validates before its SSIN checks.
      const res = await postBody('consultSanctionHistory', `<searchCriteria><ssin>${SSIN.replacedOld}</ssin></searchCriteria>`);
      expect(statusOf(bodyRoot(res.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'searchCriteria/period' }] });
      // No schema validation: the echo of a request without its period cannot be valid.
    });
  });

  describe('generated population', () => {
    it('answers every operation with a valid reply for each generated person with an RVA file', async () => {
      const personas = new Set<string>(Object.values(SSIN));
      const people = (emu.app.db.prepare('SELECT DISTINCT ssin FROM rva_right').all() as { ssin: string }[]).map((r) => r.ssin).filter((s) => !personas.has(s));
      expect(people.length).toBeGreaterThan(10);
      const months = (start: string, end: string) => `<period><startMonth>${start}</startMonth><endMonth>${end}</endMonth></period>`;
      const period = '<period><beginDate>2019-01-01</beginDate><endDate>2026-12-31</endDate></period>';
      const requests: [string, string][] = [
        ['consultPaidSums', `${months('2022-01', '2025-12')}<allAllowance>1</allAllowance>`],
        ['consultActivationPaidSums', months('2024-01', '2025-12')],
        ['consultScheduledPayment', months('2025-01', '2025-12')],
        ['consultRights', ''],
        ['consultRights', '<date>2025-06-15</date>'],
        ['consultPayments', ''],
        ['consultPayments', '<date>2025-06-15</date>'],
        ['consultScaleCodeHistory', period],
        ['consultSanctionHistory', period],
        ['consultExemptionHistory', period],
        ['consultWorkDisabilityHistory', period],
        ['consultYoungAvailabilityDecisionHistory', period],
        ['consultNoEarningCapacityAndLawsuitMutuality', ''],
      ];
      const foundFor = new Set<string>();
      for (const ssin of people) {
        integrateForGent(emu.app, ssin);
        for (const [operation, criteria] of requests) {
          const res = await postBody(operation, `<searchCriteria><ssin>${ssin}</ssin>${criteria}</searchCriteria>`);
          expect(res.status).toBe(200);
          validateNewStyleBody(res.body, WSDL);
          const s = statusOf(bodyRoot(res.body));
          expect(['DATA_FOUND', 'NO_DATA_FOUND']).toContain(s.value);
          if (s.value === 'DATA_FOUND') foundFor.add(operation);
        }
      }
      // Every generated file has a right, payments and its scale-code decision (the rarer blocks: test/unit/s13-generator.test.ts).
      expect([...foundFor]).toEqual(expect.arrayContaining(['consultPaidSums', 'consultRights', 'consultPayments', 'consultScaleCodeHistory']));
      // Thirteen validated calls per generated person: about 20 s alone, more on a loaded machine.
    }, 120_000);
  });

  describe('pipeline outcomes', () => {
    it('answers MSG00006 with the new SSIN for the replaced-ssin persona', async () => {
      const root = await call('consultRights', { ssin: SSIN.replacedOld, date: '2025-01-10' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00006', information: [{ name: 'newSSIN', value: SSIN.replacedNew }] });
    });

    it('answers HTTP 401 without credentials', async () => {
      const res = await postBody('consultRights', `<searchCriteria><ssin>${SSIN.standard}</ssin></searchCriteria>`, {});
      expect(res.status).toBe(401);
    });

    it('accepts a hand-built envelope with any prefix, and its reply validates', async () => {
      const res = await postBody('consultPayments', `<searchCriteria><ssin>${SSIN.standard}</ssin><date>2024-05-15</date></searchCriteria>`);
      expect(res.status).toBe(200);
      validateNewStyleBody(res.body, WSDL);
      const root = bodyRoot(res.body);
      expect(childText(root, 'payment', 'paidMonth')).toBe('2024-05');
    });
  });
});
