import { startEmulator, TestEmulator } from '../helpers/emulator';
import { declareOver, formB, ocmw } from '../helpers/podmi';
import { classicSender } from '../helpers/classic-service';
import { SSIN } from '../../fixtures/personas';
import type { AlertRow } from '../../src/sources/alerts';

const GENT = ocmw('44021');
const NOW = '2026-11-16T10:00:00Z';

/** X09: the knipperlichten POD MI raises when it accepts a leefloon (P01 form B), read back through the admin routes. */
describe('X09 alerts on accepted living wages', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(NOW));
  });
  /** Gent integrates the person for leefloon (quality code 2) from `begin`, as ManageAccess would. */
  const integrate = (ssin: string, begin: string, qualityCode = 2) => {
    for (const register of ['PRIMARY', 'SECONDARY'] as const) {
      emu.app.repertory.insert({ ssin, sector: 17, sub_sector: 1, cbe_number: GENT.org.cbe_number, nis_code: '44021', quality_code: qualityCode, phase: 0, begin_date: begin, end_date: null, register, last_modified: begin });
    }
  };
  const alerts = async (query = ''): Promise<AlertRow[]> => ((await (await fetch(`${emu.url}/_admin/alerts${query}`)).json()) as { alerts: AlertRow[] }).alerts;
  const view = (list: AlertRow[]) => list.map((a) => [a.rule_id, a.alert_type, a.source, a.begin_date, a.end_date, a.amount]);
  const putRules = (rules: unknown) => fetch(`${emu.url}/_admin/alerts/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules }) });

  it('an accepted leefloon over a quarter with wages raises a DmfA and a Dimona alert for the deciding OCMW, with its form number', async () => {
    integrate(SSIN.employed, '2026-07-01');
    const d = await declareOver(emu.url, 'P01', formB('024402101980301', GENT, SSIN.employed, { entry: '2026-07-01', category: 2, amount: '1314.20', decided: '2026-07-20' }), GENT.user);
    expect(d.evaluation).toBe('ACCEPTED');
    const raised = await alerts(`?ssin=${SSIN.employed}`);
    // Open period: the rules look up to today; the DmfA is known up to 2026Q3.
    expect(view(raised)).toEqual([
      ['KL01', '101', 'DMFA_WAGES', '2026-07-01', '2026-09-30', 9450],
      ['KL02', '102', 'DIMONA', '2026-07-01', '2026-11-16', null],
    ]);
    expect(raised.every((a) => a.ocmw_cbe === GENT.org.cbe_number && a.form_number === Number(d.reference!.slice(3)) && a.id >= 1 && a.reaction_code === null)).toBe(true);
    expect(await alerts(`?organisation=0211002021`)).toEqual([]);
    // The same message again: same decision, no alert twice.
    await declareOver(emu.url, 'P01', formB('024402101980301', GENT, SSIN.employed, { entry: '2026-07-01', category: 2, amount: '1314.20', decided: '2026-07-20' }), GENT.user);
    expect(await alerts(`?ssin=${SSIN.employed}`)).toHaveLength(2);
  });

  it('an accepted Loi 65 form B1 granting financial aid raises them too (P02), for its period', async () => {
    integrate(SSIN.employed, '2026-04-01', 3);
    const payload =
      `<L65_AB_DecisionRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65"><FileIdentification><KBOBCE>${GENT.org.cbe_number}</KBOBCE><FileID>L6587120196</FileID></FileIdentification>` +
      `<CommonDecisionB1><EntryDate>2026-04-01</EntryDate><UniqueAttestID>024402106520301</UniqueAttestID><IdentificationPrimaryBeneficiary><SSIN>${SSIN.employed}</SSIN></IdentificationPrimaryBeneficiary>` +
      `<RequestedAids><FinancialAid>true</FinancialAid></RequestedAids><Situation><Category>2</Category></Situation><Duration><Months>3</Months></Duration><DecisionDate>2026-03-25</DecisionDate><JuridicalProcedure>false</JuridicalProcedure></CommonDecisionB1></L65_AB_DecisionRequest>`;
    const p02 = classicSender(() => emu, { serviceId: 'OCMWCPASWet65Loi65AB', version: '20090101', replyRoot: 'L65_AB_DecisionReply', replyXsd: 'P02-OCMWCPASWet65Loi65AB/20090101/L65ABDecisionReply.xsd', ns: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65' });
    expect((await p02(payload, GENT.user)).summary.ok).toBe('YES');
    expect(view(await alerts(`?ssin=${SSIN.employed}`))).toEqual([
      ['KL01', '101', 'DMFA_WAGES', '2026-04-01', '2026-06-30', 9450],
      ['KL02', '102', 'DIMONA', '2026-04-01', '2026-06-30', null],
    ]);
  });

  it('the personas: accepting alert-wages\'s attest raises KL01 and KL02, alert-benefit\'s a KL03 per RVA month; none before', async () => {
    expect(await alerts(`?ssin=${SSIN.alertWages}`)).toEqual([]);
    await declareOver(emu.url, 'P01', formB('024402101980310', GENT, SSIN.alertWages, { entry: '2026-07-01', category: 2, amount: '1314.20', decided: '2026-07-15' }), GENT.user);
    expect(view(await alerts(`?ssin=${SSIN.alertWages}`)).map((a) => a.slice(0, 5))).toEqual([
      ['KL01', '101', 'DMFA_WAGES', '2026-07-01', '2026-09-30'],
      ['KL02', '102', 'DIMONA', '2026-07-01', '2026-09-30'],
    ]);
    await declareOver(emu.url, 'P01', formB('024402101980311', GENT, SSIN.alertBenefit, { entry: '2026-06-01', category: 2, amount: '1314.20', decided: '2026-06-15' }), GENT.user);
    expect(view(await alerts(`?ssin=${SSIN.alertBenefit}`)).map((a) => [a[0], a[3], a[4]])).toEqual([
      ['KL03', '2026-06-01', '2026-06-30'],
      ['KL03', '2026-07-01', '2026-07-31'],
      ['KL03', '2026-08-01', '2026-08-31'],
    ]);
  });

  it('crosses only what overlaps: RVA payments of the period raise alerts, an employment that ended before does not', async () => {
    integrate(SSIN.standard, '2024-06-01');
    const d = await declareOver(emu.url, 'P01', formB('024402101980302', GENT, SSIN.standard, { entry: '2024-07-01', end: '2024-07-31', category: 2, amount: '1314.20', decided: '2024-07-10' }), GENT.user);
    expect(d.evaluation).toBe('ACCEPTED');
    expect(view(await alerts(`?ssin=${SSIN.standard}`))).toEqual([['KL03', '201', 'RVA_PAYMENT', '2024-07-01', '2024-07-31', 1683.45]]);
  });

  it('a refused form raises nothing; accepted over another OCMW\'s running leefloon, the overlap is an alert', async () => {
    const refused = await declareOver(emu.url, 'P01', formB('024402101980303', GENT, SSIN.refusedOverlap, { entry: '2026-01-05', category: 2, amount: '1314.20', decided: '2026-01-20' }), GENT.user);
    expect(refused.evaluation).toBe('REFUSED');
    expect(await alerts(`?ssin=${SSIN.refusedOverlap}`)).toEqual([]);
    const set = emu.app.podmi.store.rules();
    emu.app.podmi.store.setRules({ ...set, rules: set.rules.map((r) => (r.id === 'PMI011' ? { ...r, enabled: false } : r)) });
    await declareOver(emu.url, 'P01', formB('024402101980304', GENT, SSIN.refusedOverlap, { entry: '2026-01-05', end: '2026-03-31', category: 2, amount: '1314.20', decided: '2026-01-20' }), GENT.user);
    expect(view(await alerts(`?ssin=${SSIN.refusedOverlap}`)).filter((a) => a[0] === 'KL07')).toEqual([['KL07', '601', 'OTHER_OCMW_LEEFLOON', '2026-01-05', '2026-03-31', 1314.2]]);
  });

  it('follows the rules as data: a threshold above the wage or a disabled rule raises nothing; bad rules are refused with 400', async () => {
    const rules = ((await (await fetch(`${emu.url}/_admin/alerts/rules`)).json()) as { rules: { id: string; minAmount: number; enabled: boolean }[] }).rules;
    expect(rules.map((r) => r.id)).toEqual(['KL01', 'KL02', 'KL03', 'KL04', 'KL05', 'KL06', 'KL07']);
    const put = await putRules(rules.map((r) => (r.id === 'KL01' ? { ...r, minAmount: 10000 } : r.id === 'KL02' ? { ...r, enabled: false } : r)));
    expect(put.status).toBe(200);
    integrate(SSIN.employed, '2026-07-01');
    await declareOver(emu.url, 'P01', formB('024402101980305', GENT, SSIN.employed, { entry: '2026-07-01', category: 2, amount: '1314.20', decided: '2026-07-20' }), GENT.user);
    expect(await alerts(`?ssin=${SSIN.employed}`)).toEqual([]);
    const bad = await putRules([{ ...rules[0], source: 'NOPE' }]);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/rules\[0\]\.source/);
    emu.app.reset();
    expect(((await (await fetch(`${emu.url}/_admin/alerts/rules`)).json()) as { rules: { minAmount: number }[] }).rules[0].minAmount).toBe(0);
  });

  it('the March and October reminder lists hold the alerts of the six months before without a follow-up code', async () => {
    integrate(SSIN.employed, '2026-07-01');
    await declareOver(emu.url, 'P01', formB('024402101980306', GENT, SSIN.employed, { entry: '2026-07-01', category: 2, amount: '1314.20', decided: '2026-07-20' }), GENT.user);
    const reminders = async (q: string) => (await (await fetch(`${emu.url}/_admin/alerts/reminders${q}`)).json()) as { day: string; alerts: AlertRow[] };
    // Raised on 16 November: not yet in the October list, in the March one.
    expect(await reminders('')).toEqual({ day: '2026-10-01', alerts: [] });
    const march = await reminders('?at=2027-03-15');
    expect([march.day, march.alerts.map((a) => a.rule_id)]).toEqual(['2027-03-01', ['KL01', 'KL02']]);
    expect((await reminders('?at=2027-10-01')).alerts).toEqual([]);
    expect((await fetch(`${emu.url}/_admin/alerts/reminders?at=soon`)).status).toBe(400);
  });
});
