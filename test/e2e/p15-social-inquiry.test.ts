import * as soap from 'soap';
import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { credentials } from '../../fixtures/organisations';
import { callValidated, statusOf } from '../helpers/newstyle';
import { OUTCOMES } from '../../src/services/P/PCSASocialInquiryService/outcomes';
import { DEFAULT_NOVA_RULES, type NovaRule } from '../../src/sources/nova';
import { EU_CITIZEN_ARRIVED, EU_CITIZEN_E_CARD, NO_RESIDENCE_RIGHT_PERMIT_END } from '../../src/sources/rr/personas-residence';

const P15 = {
  path: '/SOA4520/PCSASocialInquiryService/v1',
  ns: 'http://kszbcss.fgov.be/intf/PCSASocialInquiryService/v1',
  wsdl: 'P15-PCSASocialInquiry/v1/PCSASocialInquiryServiceV1.wsdl',
  op: 'simulateResidenceStatus',
};
const LEGAL = 'SOCIAL_INVESTIGATION_OF_PCSA';
/** The emulator's clock during these tests (the outcomes' clock too). */
const TODAY = '2026-11-16';

/** The simulation of a reply: the right, rule and reason, and the facts it was decided on. */
function simulation(root: XmlElement) {
  const s = child(root, 'simulation')!;
  const facts = child(s, 'residenceFacts')!;
  const doc = child(facts, 'residenceDocument');
  return {
    referenceDate: childText(s, 'referenceDate'),
    right: childText(s, 'residenceStatus', 'right'),
    rule: childText(s, 'residenceStatus', 'rule'),
    reasonCode: childText(s, 'residenceStatus', 'reasonCode'),
    reasonText: childText(s, 'residenceStatus', 'reasonText'),
    nationality: Number(childText(facts, 'nationality')),
    nationalityGroup: childText(facts, 'nationalityGroup'),
    register: childText(facts, 'register'),
    document: doc ? { cardType: childText(doc, 'cardType'), ground: childText(doc, 'ground'), begin: childText(doc, 'validity', 'beginDate'), end: childText(doc, 'validity', 'endDate') } : undefined,
    stayMonths: childText(facts, 'stayMonths'),
    waitingSituation: childText(facts, 'waitingRegisterSituation'),
  };
}

describe('P15 PCSASocialInquiryService (Nova+, modelled)', () => {
  let emu: TestEmulator;
  let client: soap.Client;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    client = await soap.createClientAsync(`${emu.url}${P15.path}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  });
  afterAll(() => emu.close());

  let calls = 0;
  /** Calls through the soap client of the published WSDL; the raw reply is validated against our XSD. */
  async function simulate(ssin: string, referenceDate?: string): Promise<XmlElement> {
    const ticket = `P15-TEST-${++calls}`;
    const root = await callValidated(client, P15.op, {
      informationCustomer: { ticket, timestampSent: `${TODAY}T10:00:00Z`, customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: LEGAL,
      criteria: { ssin, ...(referenceDate ? { referenceDate } : {}) },
    }, P15.wsdl);
    expect(root.local).toBe(`${P15.op}Response`);
    expect(root.ns).toBe(P15.ns);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe(ticket);
    expect(childText(root, 'criteria', 'ssin')).toBe(ssin);
    return root;
  }

  /** Posts a hand-built request (another organisation, or input the soap client would not send); the reply is validated too. */
  async function postRaw(criteriaXml: string, who: { cbe: string; username: string; password: string } = { cbe: GENT.org.cbe_number, ...GENT.credential }) {
    const body =
      `<t:${P15.op}Request xmlns:t="${P15.ns}"><informationCustomer><customerIdentification><cbeNumber>${who.cbe}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${LEGAL}</legalContext><criteria>${criteriaXml}</criteria></t:${P15.op}Request>`;
    const res = await post(`${emu.url}${P15.path}`, soapEnvelope(body), { ...basicAuth(who.username, who.password), SOAPAction: `http://kszbcss.fgov.be/PCSASocialInquiryService/${P15.op}` });
    return res;
  }

  const putRules = (body: unknown) => fetch(`${emu.url}/_admin/nova/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const getRules = async () => ((await (await fetch(`${emu.url}/_admin/nova/rules`)).json()) as { rules: NovaRule[] }).rules;

  it('publishes one operation with its SOAPAction', async () => {
    expect(Object.keys(client.describe().PCSASocialInquiryService.PCSASocialInquiryPull)).toEqual(['simulateResidenceStatus']);
    const wsdl = await (await fetch(`${emu.url}${P15.path}?wsdl`)).text();
    expect(wsdl).toContain('soapAction="http://kszbcss.fgov.be/PCSASocialInquiryService/simulateResidenceStatus"');
  });

  it('simulates on today (the emulator clock) when no referenceDate is sent: a Belgian has the leefloon under the RMI law', async () => {
    const s = simulation(await simulate(SSIN.standard));
    expect(s).toMatchObject({ referenceDate: TODAY, right: 'LIVING_WAGE', rule: 'NV01', reasonCode: 'RES001', nationality: 150, nationalityGroup: 'BELGIAN', register: 'POPULATION' });
    expect(s.document).toBeUndefined();
    expect(s.stayMonths).toBeUndefined();
  });

  it('an EU citizen: the leefloon with her E card after three months, nothing in her first three months (annex 19)', async () => {
    const person = emu.app.rr.person(SSIN.euCitizen)!;
    const [annex, card] = emu.app.rr.residenceDocuments(SSIN.euCitizen);
    const today = simulation(await simulate(SSIN.euCitizen));
    expect(today).toMatchObject({ right: 'LIVING_WAGE', rule: 'NV05', reasonCode: 'RES005', nationality: person.nationality, nationalityGroup: 'EU_EEA', register: card.register });
    expect(today.document).toEqual({ cardType: 'E', ground: card.ground, begin: EU_CITIZEN_E_CARD, end: card.end_date });
    expect(Number(today.stayMonths)).toBe(20); // 2025-03-03 to 2026-11-16
    const early = simulation(await simulate(SSIN.euCitizen, '2025-04-01'));
    expect(early).toMatchObject({ referenceDate: '2025-04-01', right: 'NONE', rule: 'NV06', reasonCode: 'RES006', stayMonths: '0' });
    expect(early.document).toEqual({ cardType: 'ANNEX_19', ground: annex.ground, begin: EU_CITIZEN_ARRIVED, end: annex.end_date });
  });

  it('a recognised refugee (newcomer) has the leefloon, before the foreigners-register rule would give the equivalent', async () => {
    const s = simulation(await simulate(SSIN.newcomer));
    expect(s).toMatchObject({ right: 'LIVING_WAGE', rule: 'NV02', reasonCode: 'RES002', nationality: 254, nationalityGroup: 'THIRD_COUNTRY', register: 'FOREIGNERS' });
    expect(s.document).toMatchObject({ cardType: 'A', ground: 'REFUGEE' });
  });

  it('an applicant in the waiting register has the equivalent leefloon under the Loi 65', async () => {
    const file = emu.app.rr.waitingFile(SSIN.waitingRegister)!;
    const s = simulation(await simulate(SSIN.waitingRegister));
    expect(s).toMatchObject({ right: 'EQUIVALENT_LIVING_WAGE', rule: 'NV10', reasonCode: 'RES010', register: 'WAITING', waitingSituation: String(file.situation_code) });
    expect(s.document).toBeUndefined();
    // Before his application he was in no register at all.
    expect(simulation(await simulate(SSIN.waitingRegister, '2026-03-01'))).toMatchObject({ register: 'NONE', right: 'NONE', rule: 'NV99' });
  });

  it('a foreign national in the foreigners register with a valid permit has the equivalent leefloon', async () => {
    expect(simulation(await simulate(SSIN.equivalentLeefloon))).toMatchObject({ right: 'EQUIVALENT_LIVING_WAGE', rule: 'NV09', reasonCode: 'RES009', register: 'FOREIGNERS', nationality: 342 });
  });

  it('a person whose permit ran out has no right; while it ran, the equivalent leefloon', async () => {
    const now = simulation(await simulate(SSIN.noResidenceRight));
    expect(now).toMatchObject({ right: 'NONE', rule: 'NV99', reasonCode: 'RES099', register: 'NONE' });
    expect(now.document).toBeUndefined();
    expect(now.reasonText).toMatch(/urgent medical aid/);
    expect(simulation(await simulate(SSIN.noResidenceRight, NO_RESIDENCE_RIGHT_PERMIT_END))).toMatchObject({ right: 'EQUIVALENT_LIVING_WAGE', rule: 'NV09' });
    expect(simulation(await simulate(SSIN.noResidenceRight, '2026-01-01'))).toMatchObject({ right: 'NONE', rule: 'NV99' });
  });

  it('answers every persona line of outcomes.ts with the right its summary names', async () => {
    const key: Record<string, string> = { standard: SSIN.standard, 'eu-citizen': SSIN.euCitizen, newcomer: SSIN.newcomer, 'waiting-register': SSIN.waitingRegister, 'equivalent-leefloon': SSIN.equivalentLeefloon, 'no-residence-right': SSIN.noResidenceRight };
    const found = OUTCOMES.filter((o) => o.expect.status === 'DATA_FOUND');
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const o of found) {
      const s = simulation(await simulate(key[o.persona], o.request?.values?.referenceDate));
      expect(o.summary).toContain(`${s.right}, rule ${s.rule}, reason ${s.reasonCode}`);
    }
  });

  it('a BIS person has no National Register facts: NO_DATA_FOUND MSG00100', async () => {
    const root = await simulate(SSIN.bis);
    expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(child(root, 'simulation')).toBeUndefined();
  });

  it('refuses an OCMW that has not integrated the person (finality): NO_RESULT MSG00012', async () => {
    const res = await postRaw(`<ssin>${SSIN.euCitizen}</ssin>`, { cbe: LIEGE.org.cbe_number, ...LIEGE.credential });
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, P15.wsdl);
    const root = bodyRoot(res.body);
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    expect(child(root, 'simulation')).toBeUndefined();
    // Gent, which integrated her, gets the answer.
    expect(statusOf(bodyRoot((await postRaw(`<ssin>${SSIN.euCitizen}</ssin>`)).body))).toMatchObject({ value: 'DATA_FOUND' });
  });

  it('refuses a role no authorization row names (the financial director): NO_RESULT MSG00013', async () => {
    const c = credentials().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === 'FINANCIAL_DIRECTOR')!;
    const res = await postRaw(`<ssin>${SSIN.euCitizen}</ssin>`, { cbe: GENT.org.cbe_number, username: c.username, password: c.password });
    validateNewStyleBody(res.body, P15.wsdl);
    expect(statusOf(bodyRoot(res.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
  });

  it('a reference date before the birth is NO_RESULT MSG00008 naming criteria/referenceDate', async () => {
    const res = await postRaw(`<ssin>${SSIN.euCitizen}</ssin><referenceDate>1990-01-01</referenceDate>`);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, P15.wsdl);
    expect(statusOf(bodyRoot(res.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/referenceDate', value: '1990-01-01' }] });
  });

  it('a reference date that is no day is NO_RESULT MSG00008 naming it; the echo leaves it out, no stack trace', async () => {
    const res = await postRaw(`<ssin>${SSIN.euCitizen}</ssin><referenceDate>2026-02-30</referenceDate>`);
    expect(res.status).toBe(200);
    expect(res.body).not.toMatch(/\.ts:\d+/);
    validateNewStyleBody(res.body, P15.wsdl);
    const root = bodyRoot(res.body);
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/referenceDate', value: '2026-02-30' }] });
    expect(childText(root, 'criteria', 'ssin')).toBe(SSIN.euCitizen);
    expect(child(root, 'simulation')).toBeUndefined();
  });

  describe('the rules through /_admin/nova/rules', () => {
    afterEach(async () => {
      await fetch(`${emu.url}/_admin/reset`, { method: 'POST' });
      emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    });

    it('GET lists the default rules; an edited rule changes the answer; reset restores the defaults', async () => {
      const rules = await getRules();
      expect(rules).toEqual(DEFAULT_NOVA_RULES);
      // The OCMW's reading: applicants in the waiting register get material aid only, no equivalent.
      const edited = rules.map((r) => (r.id === 'NV10' ? { ...r, right: 'NONE', reasonCode: 'RES110', reasonText: 'Material aid in a reception structure only.' } : r));
      const put = await putRules({ rules: edited });
      expect(put.status).toBe(200);
      expect(((await put.json()) as { rules: NovaRule[] }).rules.find((r) => r.id === 'NV10')).toMatchObject({ right: 'NONE', reasonCode: 'RES110' });
      expect(simulation(await simulate(SSIN.waitingRegister))).toMatchObject({ right: 'NONE', rule: 'NV10', reasonCode: 'RES110', reasonText: 'Material aid in a reception structure only.' });
      // A disabled rule lets the next one decide: without NV02 the refugee falls to the foreigners-register rule.
      await putRules({ rules: rules.map((r) => (r.id === 'NV02' ? { ...r, enabled: false } : r)) });
      expect(simulation(await simulate(SSIN.newcomer))).toMatchObject({ right: 'EQUIVALENT_LIVING_WAGE', rule: 'NV09' });
      await fetch(`${emu.url}/_admin/reset`, { method: 'POST' });
      expect(await getRules()).toEqual(DEFAULT_NOVA_RULES);
    });

    it('PUT answers 400 naming the bad field and keeps the rules', async () => {
      const rules = await getRules();
      const cases: [unknown, string][] = [
        [{}, 'Send {"rules"'],
        [{ rules: [{ ...rules[0], right: 'MAYBE' }] }, 'rules[0].right'],
        [{ rules: [rules[0], { ...rules[1], when: { registers: ['GARDEN'] } }] }, 'rules[1].when.registers'],
        [{ rules: [{ ...rules[0], when: { colour: 'blue' } }] }, 'rules[0].when.colour'],
        [{ rules: [{ ...rules[0], reasonCode: 'toolong1' }] }, 'rules[0].reasonCode'],
        [{ rules: [rules[0], rules[0]] }, 'rules[1].id'],
        [{ rules: [{ ...rules[0], when: { minStayMonths: -1 } }] }, 'rules[0].when.minStayMonths'],
      ];
      for (const [body, field] of cases) {
        const res = await putRules(body);
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: string }).error.startsWith(field)).toBe(true);
      }
      expect(await getRules()).toEqual(rules);
    });

    it('with no rule holding, the answer is NONE with reason RES999', async () => {
      await putRules({ rules: DEFAULT_NOVA_RULES.filter((r) => r.id !== 'NV99') });
      expect(simulation(await simulate(SSIN.noResidenceRight))).toMatchObject({ right: 'NONE', rule: 'NONE', reasonCode: 'RES999' });
    });
  });
});
