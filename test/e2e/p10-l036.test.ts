import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { CONNECTOR, serviceReplies, ssdnRequest } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { declareOver, formB, formC, ocmw } from '../helpers/podmi';
import { A036, a036Request, callOver, L036, l036Request, listed, SentAttest, shown } from '../helpers/a036';
import { parseXml } from '../../src/xml/parse';
import { SSIN } from '../../fixtures/personas';
import type { AppContext } from '../../src/app';

const GENT = ocmw('44021');
const LIEGE = ocmw('62063');
const ANTWERPEN = ocmw('11002');
const TODAY = '2026-11-16';
/** Her leefloon from Gent as POD MI knows it (seeded since 2025-01-01): listed as an original of category 7. */
const SEEDED = { ocmw: '44021', status: '0', begin: '2025-01-01', category: '7', older: false };

/** OCMW Liège integrates the standard persona (as ManageAccess REGISTER would): a second institution that may consult her. */
function integrateForLiege(app: AppContext, ssin: string): void {
  for (const register of ['PRIMARY', 'SECONDARY'] as const) {
    app.repertory.insert({ ssin, sector: 17, sub_sector: 1, cbe_number: LIEGE.org.cbe_number, nis_code: LIEGE.org.nis_code, quality_code: 4, phase: 0, begin_date: '2026-01-01', end_date: null, register, last_modified: '2026-01-01' });
  }
}

describe('P10 OCMWCPASL036 20060315 (consult the multifunctional attests)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    integrateForLiege(emu.app, SSIN.standard);
  });
  const send = async (a: SentAttest, o = GENT, ssin: string = SSIN.standard) => {
    const r = await callOver(emu.url, A036, a036Request(o, ssin, a), o);
    expect(r.summary.ok).toBe('YES');
  };
  const consult = (o = LIEGE, ssin: string = SSIN.standard, begin = '2020-01-01', end = '2026-12-31', next?: string) => callOver(emu.url, L036, l036Request(o, ssin, begin, end, next), o);

  it('answers the real client\'s request through the soap client; another OCMW that integrated her sees Gent\'s attest', async () => {
    await send({ id: '440210000000001', created: '2026-11-10', begin: '2026-11-01', decided: '2026-11-09' });
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ serviceId: L036.serviceId, version: L036.version, payload: l036Request(LIEGE, SSIN.standard, '2020-01-01', '2026-12-31') }], LIEGE.user));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    const doc = xml.match(/<ns3:L036RequestReply[\s\S]*<\/ns3:L036RequestReply>/)![0];
    validateAgainst(doc, L036.xsd);
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    const { next, attests } = listed({ ...reply, xml: doc });
    expect(next).toBeUndefined();
    expect(attests).toEqual([
      { ...SEEDED, id: expect.stringMatching(/^9\d{14}$/), end: undefined, update: undefined },
      { ocmw: '44021', status: '0', id: '440210000000001', begin: '2026-11-01', end: undefined, update: undefined, category: '7', older: false },
    ]);
  });

  it('lists a right once when the OCMW also sent an A036 for it (same OCMW, category and begin date): as the A036', async () => {
    await send({ id: '440210000000009', created: '2025-01-22', begin: '2025-01-01', category: 7 });
    const attests = listed(await consult()).attests;
    expect(attests.map((a) => [a.id, a.begin, a.category])).toEqual([['440210000000009', '2025-01-01', '7']]);
    // Cancelled, the A036 no longer stands for it: POD MI's period shows again.
    await send({ id: '440210000000010', status: 3, update: '440210000000009', created: '2026-11-14', noDetails: true });
    expect(shown(listed(await consult()).attests).map((a) => [a.id.slice(0, 1), a.begin])).toEqual([['9', '2025-01-01']]);
  });

  it('refuses an OCMW that has not integrated the person (39000012)', async () => {
    const r = await consult(ANTWERPEN);
    expect([r.summary.ok, r.summary.details[0].reasonCode]).toEqual(['NO', '39000012']);
  });

  it('a correction replaces (the original becomes an older answer X), a cancellation hides', async () => {
    await send({ id: '440210000000001', created: '2026-11-10', begin: '2026-11-01', category: 7 });
    await send({ id: '440210000000002', status: 1, update: '440210000000001', created: '2026-11-12', begin: '2026-11-03', end: '2027-04-30', category: 8 });
    const corrected = listed(await consult()).attests.filter((a) => a.id.startsWith('44021'));
    expect(corrected.map((a) => [a.id, a.older, a.status, a.update, a.begin, a.end, a.category])).toEqual([
      ['440210000000001', true, '0', undefined, '2026-11-01', undefined, '7'],
      ['440210000000002', false, '1', '440210000000001', '2026-11-03', '2027-04-30', '8'],
    ]);
    expect(shown(corrected).map((a) => a.id)).toEqual(['440210000000002']);
    await send({ id: '440210000000003', status: 3, update: '440210000000002', created: '2026-11-14', noDetails: true });
    const all = listed(await consult()).attests;
    expect(all.filter((a) => a.status === '3').map((a) => [a.id, a.update, a.begin])).toEqual([['440210000000003', '440210000000002', '2026-11-03']]);
    expect(shown(all).map((a) => a.id)).toEqual([expect.stringMatching(/^9/)]);
  });

  it('lists the attests overlapping the period, by begin date, end date, then creation date (newest first)', async () => {
    await send({ id: '440210000000011', created: '2026-10-01', begin: '2026-03-01', end: '2026-06-30' });
    await send({ id: '440210000000012', created: '2026-10-03', begin: '2026-03-01', end: '2026-05-31' });
    await send({ id: '440210000000013', created: '2026-10-05', begin: '2026-03-01', end: '2026-06-30' });
    await send({ id: '440210000000014', created: '2026-10-05', begin: '2026-08-01', end: '2026-08-31' });
    const ids = async (begin: string, end: string) => listed(await consult(LIEGE, SSIN.standard, begin, end)).attests.map((a) => a.id);
    expect(await ids('2026-01-01', '2026-12-31')).toEqual([expect.stringMatching(/^9/), '440210000000012', '440210000000013', '440210000000011', '440210000000014']);
    expect((await ids('2026-07-01', '2026-07-31')).filter((i) => i.startsWith('44021'))).toEqual([]);
    expect((await ids('2026-06-15', '2026-08-01')).filter((i) => i.startsWith('44021'))).toEqual(['440210000000013', '440210000000011', '440210000000014']);
  });

  it('pages by 10 with NextAnswerReference; a reference of another query is refused', async () => {
    for (let i = 1; i <= 12; i++) await send({ id: `4402100000001${String(i).padStart(2, '0')}`, created: '2026-10-01', begin: `2026-01-${String(i).padStart(2, '0')}`, end: '2026-01-31' });
    const first = listed(await consult());
    expect(first.attests).toHaveLength(10);
    expect(first.next).toBeDefined();
    const second = listed(await consult(LIEGE, SSIN.standard, '2020-01-01', '2026-12-31', first.next));
    expect(second.next).toBeUndefined();
    const ids = [...first.attests, ...second.attests].map((a) => a.id);
    expect(ids).toHaveLength(13);
    expect(new Set(ids).size).toBe(13);
    const wrong = await consult(LIEGE, SSIN.standard, '2021-01-01', '2026-12-31', first.next);
    expect([wrong.summary.ok, wrong.summary.details[0].reasonCode]).toEqual(['NO', '31000005']);
  });

  it('declare → decided → visible to a second OCMW → stopped → changed (X10, read live)', async () => {
    const grant = await declareOver(emu.url, 'P01', formB('024402101980001', GENT, SSIN.standard, { entry: '2026-11-01', category: 2, amount: '1314.20', decided: '2026-10-28' }), GENT.user);
    expect(grant.evaluation).toBe('ACCEPTED');
    const before = shown(listed(await consult()).attests);
    expect(before.map((a) => [a.ocmw, a.begin, a.end ?? null, a.category])).toEqual([
      ['44021', '2025-01-01', '2026-10-31', '7'],
      ['44021', '2026-11-01', null, '7'],
    ]);
    expect(before[1].id).toMatch(/^8\d{14}$/);
    const stop = await declareOver(emu.url, 'P06', formC('024402101990001', GENT, SSIN.standard, { entry: '2026-12-01', nature: 2, decided: '2026-11-20' }), GENT.user);
    expect(stop.evaluation).toBe('ACCEPTED');
    const after = shown(listed(await consult()).attests);
    expect(after.map((a) => [a.begin, a.end ?? null])).toEqual([['2025-01-01', '2026-10-31'], ['2026-11-01', '2026-11-30']]);
    // The refused-overlap persona: Gent, which integrated her too, sees the leefloon Antwerpen pays.
    const overlap = shown(listed(await consult(GENT, SSIN.refusedOverlap)).attests);
    expect(overlap.map((a) => [a.ocmw, a.begin])).toEqual([['11002', '2024-03-01']]);
  });
});

describe('P09/P10: the attests survive a restart', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-p10-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an attest acknowledged before the emulator closed is listed after it reopens on the same data directory, and a repeat still answers as the first time', async () => {
    const attest: SentAttest = { id: '440210000000099', created: TODAY, begin: '2026-11-01', decided: '2026-11-12' };
    const first = await startEmulator({ dataDir: dir, population: 100 });
    let firstReply: string;
    try {
      first.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
      firstReply = (await callOver(first.url, A036, a036Request(GENT, SSIN.refusedOverlap, attest), GENT)).xml;
    } finally {
      await first.close();
    }
    const again = await startEmulator({ dataDir: dir, population: 100 });
    try {
      again.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
      const list = listed(await callOver(again.url, L036, l036Request(ANTWERPEN, SSIN.refusedOverlap, '2020-01-01', '2026-12-31'), ANTWERPEN));
      expect(shown(list.attests).map((a) => [a.ocmw, a.id.startsWith('9') ? 'POD MI' : a.id])).toEqual([['11002', 'POD MI'], ['44021', attest.id]]);
      expect((await callOver(again.url, A036, a036Request(GENT, SSIN.refusedOverlap, attest), GENT)).xml).toBe(firstReply);
    } finally {
      await again.close();
    }
  });
});
