import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { CONNECTOR, serviceReplies, ssdnRequest } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { declareOver, formB, ocmw, s20PerPcsa, SERVICES } from '../helpers/podmi';
import { parseXml } from '../../src/xml/parse';
import { child, childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const GENT = ocmw('44021');
const TODAY = '2026-11-16';
const complete = { entry: '2026-11-01', category: 2, amount: '1314.20', decided: '2026-10-28' };

describe('P01 OCMWCPASRegisterAttest 20090101 (form B to POD MI)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
  const p01 = (id: string, f: Parameters<typeof formB>[3], ssin: string = SSIN.standard, o = GENT) => declareOver(emu.url, 'P01', formB(id, o, ssin, f), o.user);

  it('answers through the soap client on the connector WSDL; the reply validates against our XSD', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ serviceId: SERVICES.P01.serviceId, version: SERVICES.P01.version, payload: formB('024402101980001', GENT, SSIN.standard, complete) }], GENT.user));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    validateAgainst(xml.match(/<ns3:RegisterAttestReply[\s\S]*<\/ns3:RegisterAttestReply>/)![0], SERVICES.P01.xsd);
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    const result0 = child(reply.payload, 'DecisionResult');
    expect([childText(result0, 'Evaluation'), childText(result0, 'AcceptedPeriod', 'StartDate'), childText(result0, 'AcceptedPeriod', 'EndDate')]).toEqual(['ACCEPTED', '2026-11-01', undefined]);
    expect(childText(result0, 'ReferenceSPP_POD')).toMatch(/^SPP\d{7}$/);
  });

  it('is idempotent: the same message again changes nothing and answers as the first time; another form under its id is refused', async () => {
    const first = await p01('024402101980002', complete);
    const again = await p01('024402101980002', complete);
    expect(again.resultXml).toBe(first.resultXml);
    expect(emu.app.podmi.store.attestsOf(SSIN.standard)).toHaveLength(1);
    const other = await p01('024402101980002', { ...complete, amount: '900.00' });
    expect(other.summary.ok).toBe('NO');
    expect(other.summary.details[0]).toMatchObject({ severity: 'ERROR', reasonCode: '39100001' });
    expect(emu.app.podmi.store.attestsOf(SSIN.standard)).toHaveLength(1);
  });

  it('puts error codes on the form for missing mandatory fields (REFUSED, WARNING 29100001)', async () => {
    const d = await p01('024402101980003', { entry: '2026-11-01' });
    expect([d.summary.ok, d.summary.returnCode, d.summary.details[0].reasonCode]).toEqual(['WARNING', '1', '29100001']);
    expect([d.evaluation, d.errors, d.accepted]).toEqual(['REFUSED', ['B00011', 'B00012'], null]);
  });

  it('a correction (same start date, status 1) replaces the form; an original on the same start date is refused', async () => {
    await p01('024402101980004', complete);
    const dup = await p01('024402101980005', { ...complete, category: 1 });
    expect([dup.evaluation, dup.errors]).toEqual(['REFUSED', ['B00005']]);
    const corr = await p01('024402101980006', { ...complete, status: 1, category: 1, amount: '876.13' });
    expect(corr.evaluation).toBe('ACCEPTED');
    const live = emu.app.podmi.store.attestsOf(SSIN.standard).filter((a) => a.form.superseded_by === null && a.decision.evaluation !== 'REFUSED');
    expect(live.map((a) => [a.form.attest_id, a.form.beneficiary_category])).toEqual([['024402101980006', 1]]);
    const s20 = emu.app.podmi.periods(SSIN.standard, new Date().toISOString()).map((p) => [p.begin_date, p.end_date, p.beneficiary_category, p.monthly_amount]);
    expect(s20).toEqual([['2025-01-01', '2026-10-31', 2, 1314.2], ['2026-11-01', null, 1, 876.13]]);
  });

  it('refuses refused-overlap (Antwerpen pays) until the rule is disabled through the admin route; reset restores it', async () => {
    const refused = await p01('024402101980007', complete, SSIN.refusedOverlap);
    expect([refused.evaluation, refused.errors]).toEqual(['REFUSED', ['B00102']]);
    const rules = await (await fetch(`${emu.url}/_admin/podmi/rules`)).json();
    expect(rules.decisionDelayDays).toBe(0);
    const edited = { ...rules, rules: rules.rules.map((r: { id: string }) => (r.id === 'PMI011' ? { ...r, enabled: false } : r)) };
    const put = await fetch(`${emu.url}/_admin/podmi/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(edited) });
    expect(put.status).toBe(200);
    const accepted = await p01('024402101980008', complete, SSIN.refusedOverlap);
    expect(accepted.evaluation).toBe('ACCEPTED');
    const bad = await fetch(`${emu.url}/_admin/podmi/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules: [{ id: 'X', kind: 'NOPE' }] }) });
    expect([bad.status, (await bad.json()).error]).toEqual([400, expect.stringMatching(/^rules\[0\]: kind/)]);
    await fetch(`${emu.url}/_admin/reset`, { method: 'POST' });
    expect(emu.app.podmi.store.rules().rules.find((r) => r.id === 'PMI011')!.enabled).toBe(true);
    expect(emu.app.podmi.store.attestsOf(SSIN.refusedOverlap)).toEqual([]);
  });

  it('shows the decision after decisionDelayDays, following the emulator clock', async () => {
    const rules = emu.app.podmi.store.rules();
    emu.app.podmi.store.setRules({ ...rules, decisionDelayDays: 7 });
    const d = await p01('024402101980009', complete);
    expect(d.evaluation).toBe('ACCEPTED');
    const now = await s20PerPcsa(emu.url, GENT, SSIN.standard);
    expect(now.periods).toEqual([[GENT.org.cbe_number, '2025-01-01', TODAY]]);
    emu.app.clock.set(new Date('2026-11-23T10:00:01Z'));
    const later = await s20PerPcsa(emu.url, GENT, SSIN.standard);
    expect(later.periods).toEqual([[GENT.org.cbe_number, '2025-01-01', '2026-10-31'], [GENT.org.cbe_number, '2026-11-01', '2026-11-23']]);
  });

  it('refuses a CPAS that is not the caller (31000005)', async () => {
    const d = await declareOver(emu.url, 'P01', formB('024402101980010', ocmw('11002'), SSIN.standard, complete), GENT.user);
    expect([d.summary.ok, d.summary.details[0].reasonCode]).toEqual(['NO', '31000005']);
  });
});
