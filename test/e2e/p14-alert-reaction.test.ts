import { startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { declareOver, formB, ocmw } from '../helpers/podmi';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const P14: Endpoint = { path: '/SOA4520/PcsaAlertReaction/v1/notify', ns: 'http://kszbcss.fgov.be/intf/PcsaAlertReaction/v1', wsdl: 'P14-PcsaAlertReaction/v1/PcsaAlertReactionV1.wsdl', actionBase: 'http://kszbcss.fgov.be/PcsaAlertReaction' };
const LEGAL_CONTEXT = 'PCSA:SOCIAL_FRAUD';
const GENT = ocmw('44021');
const ANTWERPEN = ocmw('11002');

type Motivation = { alertId: number; formNumber: number; code: number; comment?: string };
const statusOf = (root: XmlElement) => [childText(root, 'status', 'value'), childText(root, 'status', 'code')];
const responses = (root: XmlElement) =>
  childrenNamed(child(root, 'motivationResponses'), 'motivationResponse').map((r) => [Number(childText(r, 'alertId')), childText(r, 'status'), ...childrenNamed(r, 'error').map((e) => childText(e, 'code'))]);

describe('P14 PcsaAlertReaction v1 (the OCMW motivates its decision on a knipperlicht)', () => {
  let emu: TestEmulator;
  let p14: Awaited<ReturnType<typeof endpointClient>>;
  let alerts: { id: number; form_number: number; reaction_code: string | null; reaction_comment: string | null }[];
  beforeAll(async () => {
    emu = await startEmulator();
    p14 = await endpointClient(emu, P14);
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.app.reset();
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
    // Gent grants the employed persona a leefloon from July: POD MI raises a DmfA and a Dimona alert (X09).
    for (const register of ['PRIMARY', 'SECONDARY'] as const) {
      emu.app.repertory.insert({ ssin: SSIN.employed, sector: 17, sub_sector: 1, cbe_number: GENT.org.cbe_number, nis_code: '44021', quality_code: 2, phase: 0, begin_date: '2026-07-01', end_date: null, register, last_modified: '2026-07-01' });
    }
    await declareOver(emu.url, 'P01', formB('024402101980401', GENT, SSIN.employed, { entry: '2026-07-01', category: 2, amount: '1314.20', decided: '2026-07-20' }), GENT.user);
    alerts = emu.app.alerts.list({ ssin: SSIN.employed });
    expect(alerts).toHaveLength(2);
  });
  const motivate = (list: Motivation[]) => p14.call('motivateDecision', LEGAL_CONTEXT, { motivations: { motivation: list } });
  const xml = (list: Motivation[]) => `<motivations>${list.map((m) => `<motivation><alertId>${m.alertId}</alertId><formNumber>${m.formNumber}</formNumber><code>${m.code}</code>${m.comment ? `<comment>${m.comment}</comment>` : ''}</motivation>`).join('')}</motivations>`;

  it('records the motivations of the caller\'s open alerts through a client generated from the WSDL; each alert answered once', async () => {
    const [a, b] = alerts;
    const root = await motivate([{ alertId: a.id, formNumber: a.form_number, code: 1, comment: 'Wages known, counted in the decision.' }, { alertId: b.id, formNumber: b.form_number, code: 4 }]);
    expect(statusOf(root)).toEqual(['OK', 'MSG00000']);
    expect(responses(root)).toEqual([[a.id, 'OK'], [b.id, 'OK']]);
    expect(childrenNamed(child(root, 'motivations'), 'motivation')).toHaveLength(2);
    expect(emu.app.alerts.list({ ssin: SSIN.employed }).map((x) => [x.reaction_code, x.reaction_comment])).toEqual([['1', 'Wages known, counted in the decision.'], ['4', null]]);
    // An alert motivated is no longer open; nor is it on a reminder list after.
    const again = await motivate([{ alertId: a.id, formNumber: a.form_number, code: 2 }]);
    expect(responses(again)).toEqual([[a.id, 'ERROR', 'PAR00003']]);
    expect(emu.app.alerts.reminders('2027-03-01').alerts).toEqual([]);
  });

  it('answers ERROR per alert, in four languages: unknown alert or form number, unknown code, code 99 without comment', async () => {
    const [a, b] = alerts;
    const root = await motivate([
      { alertId: 999999, formNumber: a.form_number, code: 1 },
      { alertId: a.id, formNumber: a.form_number + 1, code: 1 },
      { alertId: b.id, formNumber: b.form_number, code: 77 },
    ]);
    expect(statusOf(root)).toEqual(['OK', 'MSG00000']);
    expect(responses(root)).toEqual([[999999, 'ERROR', 'PAR00001'], [a.id, 'ERROR', 'PAR00001'], [b.id, 'ERROR', 'PAR00004']]);
    const error = child(childrenNamed(child(root, 'motivationResponses'), 'motivationResponse')[0], 'error')!;
    expect(childrenNamed(error, 'message').map((m) => m.attrs.lang)).toEqual(['NL', 'FR', 'DE', 'EN']);
    expect(responses(await motivate([{ alertId: b.id, formNumber: b.form_number, code: 99 }]))).toEqual([[b.id, 'ERROR', 'PAR00005']]);
    expect(responses(await motivate([{ alertId: b.id, formNumber: b.form_number, code: 99, comment: 'Student job, exempted.' }]))).toEqual([[b.id, 'OK']]);
  });

  it('checks finality through the alert: another OCMW\'s alert is refused, and so is one whose person the caller no longer integrates', async () => {
    const [a, b] = alerts;
    const other = await p14.postBody('motivateDecision', LEGAL_CONTEXT, xml([{ alertId: a.id, formNumber: a.form_number, code: 1 }]), { cbe: ANTWERPEN.org.cbe_number });
    expect(responses(other)).toEqual([[a.id, 'ERROR', 'PAR00002']]);
    for (const i of emu.app.repertory.forSsin(SSIN.employed).filter((x) => x.cbe_number === GENT.org.cbe_number)) emu.app.repertory.remove(i.id);
    expect(responses(await motivate([{ alertId: b.id, formNumber: b.form_number, code: 1 }]))).toEqual([[b.id, 'ERROR', 'PAR00006']]);
    expect(emu.app.alerts.byId(b.id)!.reaction_code).toBeNull();
  });

  it('refuses the whole message: the same alert twice (NOK MSG00008), another legal context (NOK MSG00013); nothing is recorded', async () => {
    const [a] = alerts;
    const twice = await p14.postBody('motivateDecision', LEGAL_CONTEXT, xml([{ alertId: a.id, formNumber: a.form_number, code: 1 }, { alertId: a.id, formNumber: a.form_number, code: 2 }]));
    expect(statusOf(twice)).toEqual(['NOK', 'MSG00008']);
    expect(child(twice, 'motivationResponses')).toBeUndefined();
    const context = await p14.postBody('motivateDecision', 'SOCIAL_INVESTIGATION_OF_PCSA', xml([{ alertId: a.id, formNumber: a.form_number, code: 1 }]));
    expect(statusOf(context)).toEqual(['NOK', 'MSG00013']);
    expect(emu.app.alerts.byId(a.id)!.reaction_code).toBeNull();
  });
});
