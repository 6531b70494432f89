import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, post, soapEnvelope } from '../helpers/http';
import { SSIN } from '../../fixtures/personas';
import { parseXml } from '../../src/xml/parse';
import { childText } from '../../src/xml/node';

const GENT_CBE = GENT.org.cbe_number;
const LIEGE_CBE = LIEGE.org.cbe_number;
const ADDRESS = { street: 'Korenmarkt', houseNumber: '7', postalCode: '9000', municipality: 'Gent', nisCode: '44021' };

interface Raised {
  event: number;
  notifications: { organization: string; flow: string; sequence: number; ssin: string }[];
}
interface OutboxView {
  lastSequence: number;
  notifications: { sequence: number; flow: string; ssin: string; state: string; qualityCode: number; payload: string; eventId: number }[];
}

describe('Events at the sources and the outboxes they fill (X07, N01–N12): routed by the persons repertory on the event date', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date('2026-05-04T09:00:00Z'));
  });

  const json = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.url}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };
  const raise = async (event: Record<string, unknown>): Promise<Raised> => {
    const { status, body } = await json('POST', '/_admin/events', event);
    expect([status, body.error]).toEqual([200, undefined]);
    return body as Raised;
  };
  const outbox = async (cbe: string, query = ''): Promise<OutboxView> => {
    const { status, body } = await json('GET', `/_admin/organizations/${cbe}/outbox${query}`);
    expect(status).toBe(200);
    return body as OutboxView;
  };
  const integrate = (ssin: string, cbe: string, nis: string, qualityCode: number, begin: string, end: string | null) => {
    for (const register of ['PRIMARY', 'SECONDARY'] as const)
      emu.app.repertory.insert({ ssin, sector: 17, sub_sector: 1, cbe_number: cbe, nis_code: nis, quality_code: qualityCode, phase: 0, begin_date: begin, end_date: end, register, last_modified: begin });
  };
  const recipients = (r: Raised) => r.notifications.map((n) => [n.organization, n.flow]);

  describe('at the edges of an integration period', () => {
    // Tom Wouters is integrated by nobody: Gent has him from 1 January to 31 March, Liège from 1 March on.
    const ssin = SSIN.notIntegrated;
    beforeEach(() => {
      integrate(ssin, GENT_CBE, GENT.org.nis_code, 2, '2026-01-01', '2026-03-31');
      integrate(ssin, LIEGE_CBE, LIEGE.org.nis_code, 7, '2026-03-01', null);
    });
    const move = (date: string) => raise({ type: 'ADDRESS_CHANGE', ssin, date, address: ADDRESS });

    it('the day before the first integration begins: nobody is told', async () => {
      expect(recipients(await move('2025-12-31'))).toEqual([]);
      expect((await outbox(GENT_CBE)).notifications).toEqual([]);
    });
    it('its first day: Gent, and only Gent', async () => {
      expect(recipients(await move('2026-01-01'))).toEqual([[GENT_CBE, 'N01']]);
    });
    it('a day both integrations run: each organisation once, with the quality code that let it in', async () => {
      const raised = await move('2026-03-31');
      expect(recipients(raised).sort()).toEqual([[GENT_CBE, 'N01'], [LIEGE_CBE, 'N01']].sort());
      expect((await outbox(LIEGE_CBE)).notifications.map((n) => [n.flow, n.qualityCode, n.state])).toEqual([['N01', 7, 'PENDING']]);
    });
    it('the day after Gent closed the file: only Liège, though the event is raised later on', async () => {
      expect(recipients(await move('2026-04-01'))).toEqual([[LIEGE_CBE, 'N01']]);
    });
    it('a flow whose rule does not allow the quality code reaches nobody (Liège integrates with 7, N04 wants 1–4 or 6)', async () => {
      const employer = emu.app.db.prepare('SELECT cbe_number FROM rsz_employer ORDER BY cbe_number LIMIT 1').get() as { cbe_number: string };
      const raised = await raise({ type: 'EMPLOYMENT_START', ssin, date: '2026-04-15', employerCbe: employer.cbe_number });
      expect(recipients(raised)).toEqual([]);
      // The data changed all the same: the event is stored with its date.
      const { body } = await json('GET', `/_admin/events?ssin=${ssin}`);
      expect(body.events.map((e: { type: string; eventDate: string }) => [e.type, e.eventDate])).toEqual([['EMPLOYMENT_START', '2026-04-15']]);
    });
    it('the flow rules are data: once N04 allows 7 in /_admin/directory/flow-rules, Liège gets the Dimona entry', async () => {
      const rules = (await json('GET', '/_admin/directory/flow-rules')).body as { id: number; flow: string; sector: number }[];
      const n04 = rules.find((r) => r.flow === 'N04' && r.sector === 17)!;
      expect((await json('PUT', `/_admin/directory/flow-rules/${n04.id}`, { quality_codes: '[1,2,3,4,6,7]' })).status).toBe(200);
      const employer = emu.app.db.prepare('SELECT cbe_number FROM rsz_employer ORDER BY cbe_number LIMIT 1').get() as { cbe_number: string };
      const raised = await raise({ type: 'EMPLOYMENT_START', ssin, date: '2026-04-15', employerCbe: employer.cbe_number });
      expect(recipients(raised)).toEqual([[LIEGE_CBE, 'N04']]);
      const [n] = (await outbox(LIEGE_CBE)).notifications;
      // A950 carries the KBO number as a number (no leading zero).
      const payload = parseXml(n.payload);
      expect([payload.local, childText(payload, 'mutationKind'), n.payload.match(/<CompanyID>(\d+)<\/CompanyID>/)?.[1]]).toEqual(['personnelFileMutation', 'ENTRY', String(Number(employer.cbe_number))]);
    });
  });

  it('sequence numbers per organisation have no gaps, and a refused event leaves none behind', async () => {
    const ssin = SSIN.notIntegrated;
    integrate(ssin, GENT_CBE, GENT.org.nis_code, 2, '2026-01-01', null);
    for (const day of ['2026-02-01', '2026-02-02', '2026-02-03']) await raise({ type: 'ADDRESS_CHANGE', ssin, date: day, address: { ...ADDRESS, houseNumber: day.slice(-1) } });
    // Refused (a death before the birth): no event, no notification, no sequence number used.
    const refused = await json('POST', '/_admin/events', { type: 'DECEASE', ssin, date: '1900-01-01' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/^date: /);
    await raise({ type: 'DECEASE', ssin, date: '2026-02-10' });
    const view = await outbox(GENT_CBE);
    expect(view.notifications.map((n) => n.sequence)).toEqual([1, 2, 3, 4]);
    expect(view.lastSequence).toBe(4);
    expect((await json('GET', `/_admin/events?ssin=${ssin}`)).body.events.map((e: { type: string }) => e.type)).toEqual(['ADDRESS_CHANGE', 'ADDRESS_CHANGE', 'ADDRESS_CHANGE', 'DECEASE']);
    // Paging: after and limit.
    expect((await outbox(GENT_CBE, '?after=1&limit=2')).notifications.map((n) => n.sequence)).toEqual([2, 3]);
  });

  it('the consult services answer the new data: R09 gives the new address, and N01 names the TI code that changed', async () => {
    const ssin = SSIN.standard;
    const raised = await raise({ type: 'ADDRESS_CHANGE', ssin, date: '2026-04-20', address: { ...ADDRESS, street: 'Vrijdagmarkt', houseNumber: '12' } });
    expect(recipients(raised)).toEqual([[GENT_CBE, 'N01']]);
    const [n] = (await outbox(GENT_CBE)).notifications;
    const payload = parseXml(n.payload);
    expect([payload.local, childText(payload, 'ssin'), childText(payload, 'mutationDate'), childText(payload, 'mutationKind')]).toEqual(['personMutation', ssin, '2026-04-20', 'ADDRESS_CHANGE']);
    const reply = await post(
      `${emu.url}/SOA4520/RetrieveTIGroupsService/v2/retrieveTI`,
      soapEnvelope(
        `<tx:retrieveTIGroupsRequest xmlns:tx="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2"><informationCustomer><ticket>events-1</ticket><timestampSent>2026-05-04T10:00:00+02:00</timestampSent>` +
          `<customerIdentification><cbeNumber>${GENT_CBE}</cbeNumber></customerIdentification></informationCustomer><legalContext>PCSA:SOCIAL_INQUIRY</legalContext><searchInformation><ssin>${ssin}</ssin></searchInformation></tx:retrieveTIGroupsRequest>`,
      ),
      basicAuth(GENT.credential.username, GENT.credential.password),
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Vrijdagmarkt');
  });

  it('a death reaches the OCMW as N01 and the National Register answers the date of death', async () => {
    const raised = await raise({ type: 'DECEASE', ssin: SSIN.standard, date: '2026-04-30', place: 'Gent' });
    expect(recipients(raised)).toEqual([[GENT_CBE, 'N01']]);
    expect(emu.app.rr.person(SSIN.standard)!.decease_date).toBe('2026-04-30');
    // A dead person cannot die twice.
    const again = await json('POST', '/_admin/events', { type: 'DECEASE', ssin: SSIN.standard, date: '2026-05-01' });
    expect([again.status, again.body.error]).toEqual([400, expect.stringMatching(/^ssin: .*(deceased|dead)/)]);
  });

  it('a new household: N02 for the person who moved and for everyone in the households before and after', async () => {
    integrate(SSIN.notIntegrated, GENT_CBE, GENT.org.nis_code, 5, '2026-01-01', null);
    const raised = await raise({ type: 'FAMILY_CHANGE', ssin: SSIN.standard, date: '2026-04-01', joinHouseholdOf: SSIN.notIntegrated, role: 2 });
    const n02 = raised.notifications.filter((n) => n.flow === 'N02').map((n) => n.ssin).sort();
    expect(n02).toEqual([SSIN.notIntegrated, SSIN.standard].sort());
  });

  describe('every flow reaches the OCMW that has Sarah Claes integrated for leefloon (quality code 2), with its own payload', () => {
    it.each([
      [{ type: 'PENSION_RIGHT', date: '2026-04-01', monthlyAmount: 1234.5 }, ['N03'], 'pensionRegisterMutation'],
      [{ type: 'SELF_EMPLOYED_START', date: '2026-04-01', occupation: 'SECONDARY_OCCUPATION' }, ['N05'], 'selfEmployedCareer'],
      [{ type: 'LEA_VOUCHER_PAYMENT', date: '2026-04-01', vouchers: 20, amount: 150 }, ['N09'], 'leaVoucherPayment'],
      [{ type: 'DISMISSAL_COMPENSATION', date: '2026-04-01', employerCbe: '0202239951', amount: 1800 }, ['N10'], 'dismissalCompensation'],
      [{ type: 'PENSION_HOLIDAY_PAY', date: '2026-04-01', amount: 900 }, ['N11'], 'pensionHolidayPay'],
    ])('%j', async (event, flows, element) => {
      const raised = await raise({ ...event, ssin: SSIN.standard });
      expect(raised.notifications.map((n) => [n.organization, n.flow])).toEqual(flows.map((f) => [GENT_CBE, f]));
      const [n] = (await outbox(GENT_CBE)).notifications;
      const payload = parseXml(n.payload);
      expect([payload.local, childText(payload, 'ssin')]).toEqual([element, SSIN.standard]);
    });
    it('an incapacity: N08 for the allowance and N12 for the period', async () => {
      const raised = await raise({ type: 'INCAPACITY_START', ssin: SSIN.standard, date: '2026-04-01', dailyGrossAmount: 70 });
      expect(raised.notifications.map((n) => n.flow).sort()).toEqual(['N08', 'N12']);
    });
    it('a new SSIN: N01 under the old number, and the integration goes on under the new one', async () => {
      const newSsin = SSIN.unknown;
      const raised = await raise({ type: 'SSIN_REPLACED', ssin: SSIN.standard, date: '2026-04-01', newSsin });
      expect(recipients(raised)).toEqual([[GENT_CBE, 'N01']]);
      expect(emu.app.rr.person(SSIN.standard)!.status).toBe('REPLACED');
      // The next change of the person is told under the new number.
      const moved = await raise({ type: 'ADDRESS_CHANGE', ssin: newSsin, date: '2026-04-10', address: ADDRESS });
      expect(moved.notifications.map((n) => [n.organization, n.ssin])).toEqual([[GENT_CBE, newSsin]]);
    });
  });

  describe('N07: the periodic list of living-wage beneficiaries of pension age with no career known at the pension service', () => {
    /**
     * Persons of the population born in the 1980s (65 in the 2050s: the list runs in 2060) whose
     * career, if any, is wiped from the pension service, the RSZ and the RSVZ.
     */
    const careerless = (n: number) => {
      const ssins = (emu.app.db
        .prepare(
          `SELECT p.ssin FROM rr_person p WHERE p.birth_date BETWEEN '1980-01-01' AND '1989-12-31' AND p.decease_date IS NULL AND p.status = 'ACTIVE'
             AND NOT EXISTS (SELECT 1 FROM podmi_living_wage x WHERE x.ssin = p.ssin) AND NOT EXISTS (SELECT 1 FROM ksz_inscription x WHERE x.ssin = p.ssin)
           ORDER BY p.ssin LIMIT ?`,
        )
        .all(n) as { ssin: string }[]).map((r) => r.ssin);
      expect(ssins).toHaveLength(n);
      for (const table of ['pension_right', 'pension_demand', 'rsz_employment', 'rsvz_career_period']) for (const ssin of ssins) emu.app.db.prepare(`DELETE FROM ${table} WHERE ssin = ?`).run(ssin);
      return ssins;
    };
    const livingWage = (ssin: string) =>
      emu.app.db
        .prepare("INSERT INTO podmi_living_wage (ssin, ocmw_cbe, ocmw_nis, region, category, beneficiary_category, monthly_amount, begin_date, end_date, decision_date) VALUES (?, ?, ?, 'FLANDERS', 'SINGLE', 2, 1300, '2060-01-01', NULL, '2060-01-05')")
        .run(ssin, GENT_CBE, GENT.org.nis_code);

    it('names the careerless beneficiary to the OCMW that pays the living wage, and not the one with a pension right', async () => {
      const [listed, withRight, inquiryOnly] = careerless(3);
      for (const ssin of [listed, withRight, inquiryOnly]) livingWage(ssin);
      integrate(listed, GENT_CBE, GENT.org.nis_code, 2, '2060-01-01', null);
      integrate(withRight, GENT_CBE, GENT.org.nis_code, 2, '2060-01-01', null);
      // Integrated only with quality code 1 (file under inquiry): N07's rule wants 2 or 3.
      integrate(inquiryOnly, GENT_CBE, GENT.org.nis_code, 1, '2060-01-01', null);
      await raise({ type: 'PENSION_RIGHT', ssin: withRight, date: '2060-02-01', monthlyAmount: 900 });
      const before = (await outbox(GENT_CBE)).lastSequence;
      const { status, body } = await json('POST', '/_admin/events/pensionable-list', { date: '2060-06-01' });
      expect(status).toBe(200);
      // The seeded population has its own careerless beneficiaries then; of these three, one is listed.
      const ours = body.notifications.filter((n: { ssin: string }) => [listed, withRight, inquiryOnly].includes(n.ssin));
      expect(ours.map((n: { organization: string; flow: string; ssin: string }) => [n.organization, n.flow, n.ssin])).toEqual([[GENT_CBE, 'N07', listed]]);
      const n = (await outbox(GENT_CBE, `?after=${before}`)).notifications.find((x) => x.ssin === listed)!;
      const payload = parseXml(n.payload);
      expect([payload.local, childText(payload, 'ssin'), childText(payload, 'listDate')]).toEqual(['pensionablePcsaBeneficiary', listed, '2060-06-01']);
    });
    it('refuses a date that is not one', async () => {
      const { status, body } = await json('POST', '/_admin/events/pensionable-list', { date: '2026-13-01' });
      expect([status, body.error]).toEqual([400, expect.stringMatching(/^date: /)]);
    });
  });

  describe('bad input is refused with the path of the field', () => {
    it.each([
      [{ type: 'MOVE', ssin: SSIN.standard, date: '2026-01-01' }, /^type: /],
      [{ type: 'ADDRESS_CHANGE', ssin: '12345678901', date: '2026-01-01', address: ADDRESS }, /^ssin: /],
      [{ type: 'ADDRESS_CHANGE', ssin: SSIN.standard, date: '2026-02-30', address: ADDRESS }, /^date: /],
      [{ type: 'ADDRESS_CHANGE', ssin: SSIN.standard, date: '2026-01-01', address: { ...ADDRESS, postalCode: '90000' } }, /^address\.postalCode: /],
      [{ type: 'DECEASE', ssin: SSIN.standard, date: '2026-01-01', colour: 'red' }, /colour/],
      [{ type: 'DECEASE', ssin: SSIN.unknown, date: '2026-01-01' }, /^ssin: .*not in the National Register/],
    ])('%j', async (event, error) => {
      const before = (await outbox(GENT_CBE)).lastSequence;
      const { status, body } = await json('POST', '/_admin/events', event);
      expect(status).toBe(400);
      expect(body.error).toMatch(error);
      expect((await outbox(GENT_CBE)).lastSequence).toBe(before);
    });
    it('the outbox route names what it does not know', async () => {
      expect((await json('GET', `/_admin/organizations/${GENT_CBE}/outbox?state=DEAD`)).body.error).toMatch(/unknown filter: state/);
      expect((await json('GET', `/_admin/organizations/${GENT_CBE}/outbox?after=-1`)).status).toBe(400);
      expect((await json('GET', '/_admin/organizations/123/outbox')).status).toBe(400);
      expect((await json('GET', '/_admin/organizations/0999999999/outbox')).status).toBe(404);
    });
    it('only a dead notification can be resent', async () => {
      await raise({ type: 'DECEASE', ssin: SSIN.standard, date: '2026-04-30' });
      expect((await json('POST', `/_admin/organizations/${GENT_CBE}/outbox/1/resend`)).status).toBe(409);
      expect((await json('POST', `/_admin/organizations/${GENT_CBE}/outbox/9/resend`)).status).toBe(404);
    });
  });

  it('a subscription is kept, shown, validated and removed', async () => {
    expect((await json('GET', `/_admin/organizations/${GENT_CBE}/subscription`)).status).toBe(404);
    expect((await json('PUT', `/_admin/organizations/${GENT_CBE}/subscription`, { push: { url: 'ftp://x' } })).body.error).toMatch(/^push\.url: /);
    expect((await json('PUT', `/_admin/organizations/${GENT_CBE}/subscription`, { push: { url: 'http://127.0.0.1:9/notify' } })).status).toBe(200);
    // Without a retry policy, the defaults.
    expect((await json('GET', `/_admin/organizations/${GENT_CBE}/subscription`)).body.push).toEqual({ url: 'http://127.0.0.1:9/notify', retry: { maxAttempts: 8, initialDelayMs: 1000, maxDelayMs: 300000, timeoutMs: 10000 } });
    expect((await json('PUT', `/_admin/organizations/${GENT_CBE}/subscription`, { push: { url: 'http://127.0.0.1:9/notify', retry: { maxAttempts: 0 } } })).body.error).toMatch(/^push\.retry\.maxAttempts: /);
    expect((await json('DELETE', `/_admin/organizations/${GENT_CBE}/subscription`)).status).toBe(204);
    expect((await json('GET', `/_admin/organizations/${GENT_CBE}/subscription`)).status).toBe(404);
  });
});
