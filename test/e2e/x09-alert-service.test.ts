import { startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { declareOver, formB, ocmw } from '../helpers/podmi';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const X09: Endpoint = { path: '/SOA4520/PcsaAlertService/v1/consult', ns: 'http://kszbcss.fgov.be/intf/PcsaAlertService/v1', wsdl: 'X09-PcsaAlertService/v1/PcsaAlertServiceV1.wsdl', actionBase: 'http://kszbcss.fgov.be/PcsaAlertService' };
const LEGAL_CONTEXT = 'PCSA:SOCIAL_FRAUD';
const GENT = ocmw('44021');
const ANTWERPEN = ocmw('11002');

const statusOf = (root: XmlElement) => [childText(root, 'status', 'value'), childText(root, 'status', 'code')];
const alerts = (root: XmlElement) =>
  childrenNamed(child(root, 'result'), 'alert').map((a) => [childText(a, 'alertType'), childText(a, 'source'), childText(a, 'ssin'), childText(a, 'period', 'beginDate'), childText(a, 'period', 'endDate'), childText(a, 'amount') ?? null, childText(a, 'followUp', 'code') ?? null]);

describe('X09 PcsaAlertService v1 (the knipperlichten of the calling OCMW)', () => {
  let emu: TestEmulator;
  let x09: Awaited<ReturnType<typeof endpointClient>>;
  beforeAll(async () => {
    emu = await startEmulator();
    x09 = await endpointClient(emu, X09);
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.app.reset();
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
    await declareOver(emu.url, 'P01', formB('024402101980501', GENT, SSIN.alertWages, { entry: '2026-07-01', category: 2, amount: '1314.20', decided: '2026-07-15' }), GENT.user);
    await declareOver(emu.url, 'P01', formB('024402101980502', GENT, SSIN.alertBenefit, { entry: '2026-06-01', category: 2, amount: '1314.20', decided: '2026-06-15' }), GENT.user);
  });
  const consult = (criteria: Record<string, unknown>) => x09.call('consultAlerts', LEGAL_CONTEXT, { criteria });

  it('gives the alerts of a person through a client generated from the WSDL, with the amounts the rules compared', async () => {
    const root = await consult({ ssin: SSIN.alertWages });
    expect(statusOf(root)).toEqual(['DATA_FOUND', 'MSG00000']);
    const wages = emu.app.rsz.employments(SSIN.alertWages).flatMap((e) => emu.app.rsz.dmfa(SSIN.alertWages, e.noss_number)).find((q) => q.quarter === '2026Q3')!.wage_amount;
    expect(alerts(root)).toEqual([
      ['101', 'DMFA_WAGES', SSIN.alertWages, '2026-07-01', '2026-09-30', wages.toFixed(2), null],
      ['102', 'DIMONA', SSIN.alertWages, '2026-07-01', '2026-09-30', null, null],
    ]);
  });

  it('without a person: every alert of the caller; openOnly leaves out those P14 motivated; another OCMW has none', async () => {
    expect(alerts(await consult({})).map((a) => a[2])).toEqual([SSIN.alertWages, SSIN.alertWages, SSIN.alertBenefit, SSIN.alertBenefit, SSIN.alertBenefit]);
    const [first] = emu.app.alerts.list({ ssin: SSIN.alertWages });
    emu.app.alerts.react(first.id, '1', null, new Date('2026-11-16T11:00:00Z'));
    expect(alerts(await consult({ ssin: SSIN.alertWages }))[0][6]).toBe('1');
    expect(alerts(await consult({ openOnly: true }))).toHaveLength(4);
    const other = await x09.postBody('consultAlerts', LEGAL_CONTEXT, '<criteria/>', { cbe: ANTWERPEN.org.cbe_number });
    expect(statusOf(other)).toEqual(['NO_DATA_FOUND', 'MSG00100']);
  });

  it('filters by the day raised; naming a person the caller does not integrate is MSG00012', async () => {
    expect(statusOf(await consult({ period: { beginDate: '2026-11-17' } }))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    expect(alerts(await consult({ period: { beginDate: '2026-11-16', endDate: '2026-11-16' } }))).toHaveLength(5);
    expect(statusOf(await consult({ period: { beginDate: '2026-11-16', endDate: '2026-11-01' } }))).toEqual(['NO_RESULT', 'MSG00008']);
    const refused = await x09.postBody('consultAlerts', LEGAL_CONTEXT, `<criteria><ssin>${SSIN.alertWages}</ssin></criteria>`, { cbe: ANTWERPEN.org.cbe_number });
    expect(statusOf(refused)).toEqual(['NO_RESULT', 'MSG00012']);
  });
});
