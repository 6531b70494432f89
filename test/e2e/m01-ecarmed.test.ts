import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { endpointClient } from '../helpers/newstyle-endpoint';
import { actionsOf, carmedOf, ECARMED, identifierOf, MANAGE, medicalCard, reasonsOf, statusOf } from '../helpers/ecarmed';
import { ocmw } from '../helpers/podmi';
import { child, childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

/** Integrates a person for another OCMW (quality code 4, open). */
function integrate(emu: TestEmulator, ssin: string, cbe: string, nis: string): void {
  for (const register of ['PRIMARY', 'SECONDARY'] as const)
    emu.app.repertory.insert({ ssin, sector: 17, sub_sector: 1, cbe_number: cbe, nis_code: nis, quality_code: 4, phase: 0, begin_date: '2020-01-01', end_date: null, register, last_modified: '2020-01-01' });
}

const TODAY = '2026-11-16';
const PERIOD = { startDate: '2026-10-01', endDate: '2027-03-31' };

describe('M01–M08 ECarmedService v1: a decision on medical costs through its whole life', () => {
  let emu: TestEmulator;
  let ec: Awaited<ReturnType<typeof endpointClient>>;
  beforeAll(async () => {
    emu = await startEmulator();
    ec = await endpointClient(emu, ECARMED);
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
  const proposal = (ssin: string, period = PERIOD, opts: Parameters<typeof medicalCard>[1] = {}) => ({ proposal: { ssin, validityPeriod: period, medicalCard: medicalCard(period, opts) } });
  const open = async (ssin = SSIN.standard) => childText(identifierOf(await ec.call('openCarmed', MANAGE, proposal(ssin))), 'eCarmedNumber')!;

  it('runs the life cycle in the order real clients call it, each operation answering as the state allows', async () => {
    const ssin = SSIN.standard;
    // 1. Who manages her card? Nobody yet.
    expect(statusOf(await ec.call('queryCarmedManager', MANAGE, { selectionCriteria: { bySsin: { ssin, referenceDate: TODAY } } }))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    // 2. Evaluate: the refund code, and nothing created.
    const evaluated = await ec.call('evaluateCarmed', MANAGE, proposal(ssin));
    expect(statusOf(evaluated)).toEqual(['DATA_FOUND', 'MSG00000']);
    expect(childText(evaluated, 'result', 'refund_podmi_sppis', 'refundCode')).toMatch(/^\d+$/);
    expect(child(child(evaluated, 'result'), 'eCarmedIdentifier')).toBeUndefined();
    expect(statusOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { bySsin: { ssin, period: PERIOD } } }))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    // 3. Open: version 1, ACTIVE, managed by Gent.
    const opened = identifierOf(await ec.call('openCarmed', MANAGE, proposal(ssin)));
    const number = childText(opened, 'eCarmedNumber')!;
    expect(number).toMatch(/^\d{12}$/);
    expect([childText(opened, 'versionNbr'), childText(opened, 'cardStatus'), childText(opened, 'pswc', 'cbeNumber'), childText(opened, 'beneficiary', 'ssin')]).toEqual(['1', 'ACTIVE', '0244021019', ssin]);
    expect(actionsOf(opened)).toEqual(['closeCarmed/removeCarmed', 'stopCarmed', 'modifyCarmed']);
    // One decision per person at a time.
    const again = await ec.call('openCarmed', MANAGE, proposal(ssin));
    expect([statusOf(again)[0], reasonsOf(again)]).toEqual(['NO_RESULT', ['MED00001']]);
    // 4. Consult it by number and by SSIN.
    const consulted = carmedOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { eCarmedNumber: number } }));
    expect(consulted).toHaveLength(1);
    expect(childText(consulted[0], 'eCarmedContent', 'medicalCover', 'hospitalization', 'validityPeriod', 'startDate')).toBe(PERIOD.startDate);
    expect(carmedOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { bySsin: { ssin, referenceDate: '2026-12-25' } } }))).toHaveLength(1);
    // 5. Evaluate a modification (nothing written), then modify: version 2.
    const shorter = { startDate: PERIOD.startDate, endDate: '2027-01-31' };
    const change = { proposal: { eCarmedNumber: number, ssin, newValidityPeriod: shorter, newMedicalCard: medicalCard(shorter, { covers: ['doctor', 'hospitalization', 'ambulatoryHospitalization'] }) } };
    expect(childText(identifierOf(await ec.call('evaluateModifiedCarmed', MANAGE, change)), 'versionNbr')).toBe('2');
    expect(childText(carmedOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { eCarmedNumber: number } }))[0], 'eCarmedIdentifier', 'versionNbr')).toBe('1');
    const modified = identifierOf(await ec.call('modifyCarmed', MANAGE, change));
    expect([childText(modified, 'versionNbr'), childText(modified, 'validityPeriod', 'endDate')]).toEqual(['2', '2027-01-31']);
    // 6. The history holds both versions, the newest first; each version stays consultable.
    const history = carmedOf(await ec.call('consultCarmedHistory', MANAGE, { selectionCriteria: { eCarmedNumber: number } }));
    expect(history.map((c) => childText(c, 'eCarmedIdentifier', 'versionNbr'))).toEqual(['2', '1']);
    const v1 = child(await ec.call('consultCarmedByVersion', MANAGE, { selectionCriteria: { eCarmedNumber: number, versionNbr: 1 } }), 'result')!;
    expect(childText(v1, 'eCarmedIdentifier', 'validityPeriod', 'endDate')).toBe(PERIOD.endDate);
    expect(child(child(v1, 'eCarmedContent'), 'medicalCover')!.children.some((c) => typeof c !== 'string' && c.local === 'doctor')).toBe(false);
    // 7. Stop at a date, cover by cover (hospitalisation with an s in the stop request).
    const stopped = await ec.call('stopCarmed', MANAGE, { ssin, eCarmedNumber: number, endDate: '2026-12-15', medicalCoverValidityPeriod: { doctor: { startDate: PERIOD.startDate, endDate: '2026-11-30' }, hospitalisation: { startDate: PERIOD.startDate, endDate: '2026-12-15' } } });
    const s = identifierOf(stopped);
    expect([childText(s, 'versionNbr'), childText(s, 'validityPeriod', 'endDate'), childText(s, 'managedDates', 'periodBlockedInd')]).toEqual(['3', '2026-12-15', 'Y']);
    const afterStop = carmedOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { eCarmedNumber: number } }))[0];
    const cover = (name: string) => childText(afterStop, 'eCarmedContent', 'medicalCover', name, 'validityPeriod', 'endDate');
    expect([cover('doctor'), cover('hospitalization'), cover('ambulatoryHospitalization')]).toEqual(['2026-11-30', '2026-12-15', '2026-12-15']);
    // The period is blocked now.
    const longer = { ...change, proposal: { ...change.proposal, newValidityPeriod: shorter, newMedicalCard: medicalCard(shorter) } };
    expect(reasonsOf(await ec.call('modifyCarmed', MANAGE, longer))).toEqual(['MED00021']);
    // 8. Close: only the status comes back; the card is CANCELLED and allows nothing more.
    const closed = await ec.call('closeCarmed', MANAGE, { ssin, eCarmedNumber: number });
    expect([statusOf(closed), child(closed, 'result')]).toEqual([['DATA_FOUND', 'MSG00000'], undefined]);
    const cancelled = child(carmedOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { eCarmedNumber: number } }))[0], 'eCarmedIdentifier')!;
    expect([childText(cancelled, 'cardStatus'), childText(cancelled, 'versionNbr'), actionsOf(cancelled)]).toEqual(['CANCELLED', '4', []]);
    expect(reasonsOf(await ec.call('removeCarmed', MANAGE, { ssin, eCarmedNumber: number }))).toEqual(['MED00020']);
    expect(reasonsOf(await ec.call('stopCarmed', MANAGE, { ssin, eCarmedNumber: number, endDate: '2026-12-01' }))).toEqual(['MED00020']);
    // A cancelled decision no longer counts: a new one can be opened.
    expect(childText(identifierOf(await ec.call('openCarmed', MANAGE, proposal(ssin))), 'eCarmedNumber')).not.toBe(number);
  });

  it('applies the POD MI rules, each a backend message in French and Dutch', async () => {
    const ssin = SSIN.standard;
    const refused = async (body: Record<string, unknown>) => {
      const root = await ec.call('evaluateCarmed', MANAGE, body);
      expect(statusOf(root)[0]).toBe('NO_RESULT');
      const message = child(child(root, 'backendMessages'), 'backendMessage')!;
      expect([message.attrs.severity, childText(message, 'source')]).toEqual(['ERROR', 'MediPrima']);
      expect(message.children.filter((c) => typeof c !== 'string' && c.local === 'communication').map((c) => typeof c !== 'string' && c.attrs.lang)).toEqual(['fr', 'nl']);
      return reasonsOf(root);
    };
    // Retroactive at most 60 days before the decision date.
    expect(await refused(proposal(ssin, { startDate: '2026-08-31', endDate: '2026-12-31' }, { decisionDate: '2026-10-31' }))).toEqual(['MED00002']);
    expect(statusOf(await ec.call('evaluateCarmed', MANAGE, proposal(ssin, { startDate: '2026-09-01', endDate: '2026-12-31' }, { decisionDate: '2026-10-31' })))[0]).toBe('DATA_FOUND');
    // At most one year.
    expect(await refused(proposal(ssin, { startDate: '2026-11-01', endDate: '2027-11-01' }))).toEqual(['MED00003']);
    expect(statusOf(await ec.call('evaluateCarmed', MANAGE, proposal(ssin, { startDate: '2026-11-01', endDate: '2027-10-31' })))[0]).toBe('DATA_FOUND');
    // Hospitalisation only with ambulatory care.
    expect(await refused(proposal(ssin, PERIOD, { covers: ['hospitalization'] }))).toEqual(['MED00004']);
    expect(statusOf(await ec.call('evaluateCarmed', MANAGE, proposal(ssin, PERIOD, { covers: ['ambulatoryHospitalization'] })))[0]).toBe('DATA_FOUND');
    // A decision date in the future, and every broken rule at once.
    expect(await refused(proposal(ssin, { startDate: '2026-12-01', endDate: '2028-01-01' }, { decisionDate: '2026-12-01', covers: ['hospitalization'] }))).toEqual(['MED00007', 'MED00003', 'MED00004']);
  });

  it('keeps cards to their manager: another OCMW is told who manages it, and may not change it', async () => {
    const number = await open();
    const antwerpen = ocmw('11002');
    const asAntwerpen = (operation: string, inner: string) => ec.postBody(operation, MANAGE, inner, { cbe: antwerpen.org.cbe_number });
    // Not integrated by Antwerpen: the usual finality, by SSIN and by card number alike.
    expect(statusOf(await asAntwerpen('queryCarmedManager', `<selectionCriteria><eCarmedNumber>${number}</eCarmedNumber></selectionCriteria>`))).toEqual(['NO_RESULT', 'MSG00012']);
    integrate(emu, SSIN.standard, antwerpen.org.cbe_number, antwerpen.org.nis_code);
    const managers = carmedOf(await asAntwerpen('queryCarmedManager', `<selectionCriteria><bySsin><ssin>${SSIN.standard}</ssin><referenceDate>${TODAY}</referenceDate></bySsin></selectionCriteria>`));
    expect(managers.map((c) => [childText(c, 'eCarmedIdentifier', 'eCarmedNumber'), childText(c, 'eCarmedIdentifier', 'pswc', 'cbeNumber')])).toEqual([[number, '0244021019']]);
    expect(child(managers[0], 'eCarmedContent')).toBeUndefined();
    expect(reasonsOf(await asAntwerpen('consultCarmed', `<selectionCriteria><eCarmedNumber>${number}</eCarmedNumber></selectionCriteria>`))).toEqual(['MED00012']);
    expect(statusOf(await asAntwerpen('consultCarmed', `<selectionCriteria><bySsin><ssin>${SSIN.standard}</ssin><referenceDate>${TODAY}</referenceDate></bySsin></selectionCriteria>`))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
    expect(reasonsOf(await asAntwerpen('closeCarmed', `<ssin>${SSIN.standard}</ssin><eCarmedNumber>${number}</eCarmedNumber>`))).toEqual(['MED00012']);
    const p = `<proposal><ssin>${SSIN.standard}</ssin><validityPeriod><startDate>2026-11-01</startDate><endDate>2026-12-31</endDate></validityPeriod><medicalCard><judicialDecisionInd>N</judicialDecisionInd><decisionDate>2026-11-01</decisionDate><incomeLessThanRISInd>Y</incomeLessThanRISInd></medicalCard></proposal>`;
    expect(reasonsOf(await asAntwerpen('openCarmed', p))).toEqual(['MED00001']);
  });

  it('answers a wrong SSIN for a card, an unknown card or version, and a reading legal context that tries to write', async () => {
    const number = await open();
    expect(reasonsOf(await ec.call('closeCarmed', MANAGE, { ssin: SSIN.refusedOverlap, eCarmedNumber: number }))).toEqual(['MED00013']);
    expect(reasonsOf(await ec.call('consultCarmed', MANAGE, { selectionCriteria: { eCarmedNumber: '000000000001' } }))).toEqual(['MED00010']);
    expect(reasonsOf(await ec.call('consultCarmedByVersion', MANAGE, { selectionCriteria: { eCarmedNumber: number, versionNbr: 7 } }))).toEqual(['MED00011']);
    expect(statusOf(await ec.call('consultCarmed', 'rights eCarmed', { selectionCriteria: { eCarmedNumber: number } }))).toEqual(['DATA_FOUND', 'MSG00000']);
    const write = await ec.call('closeCarmed', 'rights eCarmed', { ssin: SSIN.standard, eCarmedNumber: number });
    expect(statusOf(write)[0]).toBe('NO_RESULT');
    expect(childText(child(child(write, 'backendMessages'), 'backendMessage'), 'source')).toBe('CBSS');
  });

  it('writes the refund parts as the real files do (1.0, 0.5, 0.0), which the schema accepts: its enumeration compares values', async () => {
    const root = await ec.call('evaluateCarmed', MANAGE, proposal(SSIN.standard));
    const parts = child(child(root, 'result'), 'refund_podmi_sppis')!.children.filter((c) => typeof c !== 'string' && c.local.startsWith('podmi_sppis_')).map((c) => childText(c as never));
    expect(parts).toHaveLength(6);
    for (const v of parts) expect([0, 0.5, 1]).toContain(Number(v));
  });

  it('keeps every decision and version across a restart of the emulator', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecarmed-'));
    try {
      const first = await startEmulator({ dataDir: dir });
      first.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
      const c1 = await endpointClient(first, ECARMED);
      const number = childText(identifierOf(await c1.call('openCarmed', MANAGE, proposal(SSIN.standard))), 'eCarmedNumber')!;
      await c1.call('stopCarmed', MANAGE, { ssin: SSIN.standard, eCarmedNumber: number, endDate: '2026-12-31' });
      await first.close();
      const second = await startEmulator({ dataDir: dir });
      try {
        second.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
        const c2 = await endpointClient(second, ECARMED);
        const history = carmedOf(await c2.call('consultCarmedHistory', MANAGE, { selectionCriteria: { eCarmedNumber: number } }));
        expect(history.map((c) => [childText(c, 'eCarmedIdentifier', 'versionNbr'), childText(c, 'eCarmedIdentifier', 'validityPeriod', 'endDate')])).toEqual([['2', '2026-12-31'], ['1', PERIOD.endDate]]);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
