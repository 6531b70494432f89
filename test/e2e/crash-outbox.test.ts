import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCli, startCli } from '../helpers/cli';
import { SSIN } from '../../fixtures/personas';
import { notificationBatchNames } from '../../src/notifications/noti-batch';

const GENT = '0244021019';

interface Acknowledged {
  event: number;
  notifications: { organization: string; flow: string; sequence: number }[];
}

jest.setTimeout(120_000);

/**
 * The outbox's promise, tested as a crash delivers it: a burst of events against `ksz-emulator
 * start` on a file data directory, `kill -9` while requests are in flight, a restart on the same
 * directory; every event that was answered 200 and every notification it queued must be there,
 * numbered without gaps, and the batch files of each must reach the outbox folder.
 */
describe('kill -9 during a burst of events: nothing acknowledged is lost', () => {
  let dataDir: string;
  beforeAll(() => {
    buildCli();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-crash-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged event and notification, gap-free, and writes their files after the restart', async () => {
    const args = ['start', '--data-dir', dataDir, '--population', '150', '--port', '0'];
    const first = await startCli(args);
    const acknowledged: Acknowledged[] = [];
    let stopped = false;
    let sent = 0;
    const worker = async (w: number) => {
      for (let i = 0; !stopped; i++) {
        sent++;
        try {
          const res = await fetch(`${first.url}/_admin/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'ADDRESS_CHANGE', ssin: SSIN.standard, date: '2026-04-01', address: { street: 'Korenmarkt', houseNumber: `${w}-${i}`, postalCode: '9000', municipality: 'Gent' } }),
          });
          if (res.status === 200) acknowledged.push((await res.json()) as Acknowledged);
        } catch {
          return; // the emulator is gone: what was not answered was never acknowledged
        }
      }
    };
    const burst = [1, 2, 3, 4, 5, 6].map(worker);
    // Kill once a good number is acknowledged, with requests still in flight.
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    stopped = true;
    await Promise.all(burst);
    expect(sent).toBeGreaterThan(acknowledged.length);

    const second = await startCli(args);
    try {
      const events = (await (await fetch(`${second.url}/_admin/events?ssin=${SSIN.standard}`)).json()).events as { id: number }[];
      const ids = new Set(events.map((e) => e.id));
      expect(acknowledged.filter((a) => !ids.has(a.event))).toEqual([]);
      const outbox = (await (await fetch(`${second.url}/_admin/organizations/${GENT}/outbox?limit=1000`)).json()).notifications as { sequence: number; createdAt: string; eventId: number }[];
      const sequences = outbox.map((n) => n.sequence);
      // Numbered 1, 2, 3, ... without a gap, whatever the crash cut off.
      expect(sequences).toEqual(sequences.map((_, i) => i + 1));
      const mine = acknowledged.flatMap((a) => a.notifications.filter((n) => n.organization === GENT).map((n) => n.sequence));
      expect(mine.length).toBe(acknowledged.length);
      expect(mine.filter((s) => !sequences.includes(s))).toEqual([]);
      // Each one's NOTI batch reaches the folder after the restart (the writer picks up where it stopped).
      const folder = path.join(dataDir, 'outbox', GENT);
      const missing = () => outbox.filter((n) => !fs.existsSync(path.join(folder, notificationBatchNames(n).go)));
      for (let i = 0; i < 200 && missing().length; i++) await new Promise((r) => setTimeout(r, 50));
      expect(missing()).toEqual([]);
    } finally {
      second.child.kill('SIGTERM');
    }
  });
});
