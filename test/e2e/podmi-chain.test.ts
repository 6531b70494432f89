import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { declareOver, formB, formC, formF, ocmw, s20PerPcsa } from '../helpers/podmi';
import { SSIN } from '../../fixtures/personas';

const GENT = ocmw('44021');
const ANTWERPEN = ocmw('11002');
const NOW = '2026-11-16T10:00:00Z';

/**
 * X10, the chain of issue 13 on a data directory: OCMW Gent declares a leefloon (P01), POD MI
 * decides, S20 shows it to Gent and to Antwerpen (who integrated her too) per PCSA; the emulator
 * restarts on the same data; Gent declares a recovery (P04) and stops the leefloon (P06), and the
 * open right is gone for both organisations.
 */
describe('declare -> decide -> consult -> stop, across organisations and a restart', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-podmi-chain-'));
  let emu: TestEmulator;
  const start = async (at = NOW) => {
    emu = await startEmulator({ dataDir });
    emu.app.clock.set(new Date(at));
  };
  afterAll(async () => {
    await emu.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the whole chain', async () => {
    await start();
    // Antwerpen integrates her too (other aid, quality code 4): finality lets it consult S20.
    for (const register of ['PRIMARY', 'SECONDARY'] as const) {
      emu.app.repertory.insert({ ssin: SSIN.standard, sector: 17, sub_sector: 1, cbe_number: ANTWERPEN.org.cbe_number, nis_code: ANTWERPEN.org.nis_code, quality_code: 4, phase: 0, begin_date: '2026-01-01', end_date: null, register, last_modified: '2026-01-01' });
    }
    const declared = await declareOver(emu.url, 'P01', formB('024402101980100', GENT, SSIN.standard, { entry: '2026-09-01', category: 1, amount: '876.13', decided: '2026-08-25' }), GENT.user);
    expect([declared.summary.ok, declared.evaluation, declared.accepted]).toEqual(['YES', 'ACCEPTED', ['2026-09-01', null]]);
    const g = GENT.org.cbe_number;
    const open = [[g, '2025-01-01', '2026-08-31'], [g, '2026-09-01', '2026-11-16']];
    expect((await s20PerPcsa(emu.url, GENT, SSIN.standard)).periods).toEqual(open);
    expect((await s20PerPcsa(emu.url, ANTWERPEN, SSIN.standard)).periods).toEqual(open);

    // Restart on the same data directory: everything acknowledged is still there.
    await emu.close();
    // An hour later (the clock restarts from what the test sets: decisions made earlier stay visible).
    await start('2026-11-16T11:00:00Z');
    expect((await s20PerPcsa(emu.url, ANTWERPEN, SSIN.standard)).periods).toEqual(open);

    const recovery = await declareOver(emu.url, 'P04', formF('024402101970101', GENT, SSIN.standard, { reference: '2026-11-16', amount: 25000, period: ['2026-09-01', '2026-09-30'] }), GENT.user);
    expect(recovery.evaluation).toBe('ACCEPTED');
    const stop = await declareOver(emu.url, 'P06', formC('024402101990102', GENT, SSIN.standard, { entry: '2026-11-01', nature: 2, decided: '2026-10-27' }), GENT.user);
    expect([stop.summary.ok, stop.evaluation]).toEqual(['YES', 'ACCEPTED']);
    const stopped = [[g, '2025-01-01', '2026-08-31'], [g, '2026-09-01', '2026-10-31']];
    expect((await s20PerPcsa(emu.url, GENT, SSIN.standard)).periods).toEqual(stopped);
    expect((await s20PerPcsa(emu.url, ANTWERPEN, SSIN.standard)).periods).toEqual(stopped);
    // Nothing is open any more: asked from the stop on, POD MI knows no period.
    expect(await s20PerPcsa(emu.url, ANTWERPEN, SSIN.standard, '2026-11-01')).toEqual({ status: 'NO_DATA_FOUND', periods: [] });
    // A second stop finds nothing running.
    const again = await declareOver(emu.url, 'P06', formC('024402101990103', GENT, SSIN.standard, { entry: '2026-11-10', nature: 2, decided: '2026-10-27' }), GENT.user);
    expect([again.summary.ok, again.evaluation, again.errors]).toEqual(['WARNING', 'REFUSED', ['C00101']]);
  });
});
