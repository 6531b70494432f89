import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { AddressInfo } from 'net';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { validateNewStyleBody } from '../helpers/xsd';
import { bodyRoot } from '../helpers/http';
import { child, childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { backoffMs } from '../../src/notifications/push-worker';
import { DEFAULT_RETRY } from '../../src/sources/notifications';

const CBE = GENT.org.cbe_number;
const RECEIVER_WSDL = 'X07-NotificationService/v1/NotificationReceiverV1.wsdl';
const ADDRESS = { street: 'Korenmarkt', houseNumber: '1', postalCode: '9000', municipality: 'Gent' };

interface Received {
  sequence: number;
  ticket: string;
  soapAction: string | undefined;
  body: string;
}

/**
 * A vendor's receiver as a test plays it: answers each notify with what `answer` says (OK, NOK,
 * an HTTP status, or never), and records what it got.
 */
async function startReceiver(answer: (sequence: number, call: number) => 'OK' | 'NOK' | number | 'HANG') {
  const received: Received[] = [];
  let calls = 0;
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const root = bodyRoot(body);
      const sequence = Number(childText(child(root, 'notification'), 'sequenceNumber'));
      received.push({ sequence, ticket: childText(child(root, 'notification'), 'informationNotificationCBSS', 'ticketCBSS')!, soapAction: req.headers.soapaction as string | undefined, body });
      const a = answer(sequence, ++calls);
      if (a === 'HANG') return void hanging.push(res);
      if (typeof a === 'number') return void res.writeHead(a).end('no');
      res.writeHead(200, { 'content-type': 'text/xml' }).end(
        `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><v1:notifyResponse xmlns:v1="http://kszbcss.fgov.be/intf/NotificationReceiver/v1">` +
          `<informationNotified><ticket>R-${sequence}</ticket><notifiedIdentification><cbeNumber>${CBE}</cbeNumber></notifiedIdentification></informationNotified>` +
          `<status><value>${a}</value><code>${a === 'OK' ? 'MSG00000' : 'VND00001'}</code>${a === 'NOK' ? '<description>database busy</description>' : ''}</status></v1:notifyResponse></soapenv:Body></soapenv:Envelope>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
    received,
    close: async () => {
      for (const r of hanging) r.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('push (X07 NotificationReceiver v1): the emulator POSTs each notification to the subscribed endpoint, in order, at least once', () => {
  let emu: TestEmulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.reset();
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  const json = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${emu.url}${p}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };
  const subscribe = async (url: string, retry?: Record<string, number>) => expect((await json('PUT', `/_admin/organizations/${CBE}/subscription`, { push: { url, retry } })).status).toBe(200);
  const moves = async (n: number) => {
    for (let i = 1; i <= n; i++) expect((await json('POST', '/_admin/events', { type: 'ADDRESS_CHANGE', ssin: SSIN.standard, date: `2026-04-${String(i).padStart(2, '0')}`, address: { ...ADDRESS, houseNumber: String(i) } })).status).toBe(200);
  };
  const outbox = async () => (await json('GET', `/_admin/organizations/${CBE}/outbox`)).body as { notifications: { sequence: number; state: string; attempts: number; lastError: string | null }[] };
  const states = async () => (await outbox()).notifications.map((n) => [n.sequence, n.state]);
  const allIn = (state: string, count: number) => async () => {
    const s = await states();
    return s.length === count && s.every(([, st]) => st === state) ? s : undefined;
  };

  it('delivers in sequence order with the published message; the receiver answers OK and the outbox says DELIVERED', async () => {
    receiver = await startReceiver(() => 'OK');
    await subscribe(receiver.url);
    await moves(3);
    await until('all are delivered', allIn('DELIVERED', 3));
    expect(receiver.received.map((r) => r.sequence)).toEqual([1, 2, 3]);
    expect(receiver.received[0].soapAction).toBe('"http://kszbcss.fgov.be/NotificationReceiver/notify"');
    // What the vendor implements is what the emulator sends: the body is valid against the published receiver WSDL.
    for (const r of receiver.received) validateNewStyleBody(r.body, RECEIVER_WSDL);
    const published = await fetch(`${emu.url}/wsdl/${RECEIVER_WSDL}`);
    expect([published.status, (await published.text()).includes('name="notifyRequest"')]).toEqual([200, true]);
  });

  it('NOK and HTTP errors are retried, and a later notification waits for the earlier one', async () => {
    receiver = await startReceiver((sequence, call) => (call === 1 ? 'NOK' : call === 2 ? 503 : 'OK'));
    await subscribe(receiver.url, { initialDelayMs: 20, maxDelayMs: 50 });
    await moves(2);
    await until('both are delivered', allIn('DELIVERED', 2));
    expect(receiver.received.map((r) => r.sequence)).toEqual([1, 1, 1, 2]);
    // The same notification has the same ticket at every attempt.
    expect(new Set(receiver.received.filter((r) => r.sequence === 1).map((r) => r.ticket)).size).toBe(1);
    expect((await outbox()).notifications.map((n) => n.attempts)).toEqual([3, 1]);
  });

  it('after maxAttempts failures the notification is DEAD with its error; the next waits; a resend delivers both', async () => {
    let down = true;
    receiver = await startReceiver(() => (down ? 500 : 'OK'));
    await subscribe(receiver.url, { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 40 });
    await moves(2);
    const dead = await until('the first is dead', async () => {
      const n = (await outbox()).notifications;
      return n[0].state === 'DEAD' ? n : undefined;
    });
    expect([dead[0].attempts, dead[0].lastError, dead[1].state, dead[1].attempts]).toEqual([3, 'HTTP 500', 'PENDING', 0]);
    expect(receiver.received.map((r) => r.sequence)).toEqual([1, 1, 1]);
    down = false;
    expect((await json('POST', `/_admin/organizations/${CBE}/outbox/1/resend`)).body.state).toBe('PENDING');
    await until('both are delivered', allIn('DELIVERED', 2));
    expect(receiver.received.map((r) => r.sequence)).toEqual([1, 1, 1, 1, 2]);
  });

  it('a receiver that does not answer in time counts as a failure', async () => {
    receiver = await startReceiver(() => 'HANG');
    await subscribe(receiver.url, { maxAttempts: 1, timeoutMs: 200 });
    await moves(1);
    const [n] = await until('it is dead', async () => ((await outbox()).notifications[0]?.state === 'DEAD' ? (await outbox()).notifications : undefined));
    expect(n.lastError).toBe('no answer within 200 ms');
  });

  it('a receiver that answers something else than the contract fails the delivery, with the reason', async () => {
    receiver = await startReceiver(() => 'OK');
    const wrong = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end('<html>hello</html>'));
    await new Promise<void>((resolve) => wrong.listen(0, '127.0.0.1', resolve));
    try {
      await subscribe(`http://127.0.0.1:${(wrong.address() as AddressInfo).port}/`, { maxAttempts: 1 });
      await moves(1);
      const [n] = await until('it is dead', async () => ((await outbox()).notifications[0]?.state === 'DEAD' ? (await outbox()).notifications : undefined));
      expect(n.lastError).toMatch(/notifyResponse|well-formed/);
    } finally {
      await new Promise((resolve) => wrong.close(resolve));
    }
  });

  it('pull and push share one outbox: what was acknowledged by pull is not pushed', async () => {
    await moves(2);
    emu.app.notifications.acknowledge(CBE, 1, new Date().toISOString());
    receiver = await startReceiver(() => 'OK');
    await subscribe(receiver.url);
    await until('the second is delivered', async () => ((await states()).at(-1)?.[1] === 'DELIVERED' ? true : undefined));
    expect(receiver.received.map((r) => r.sequence)).toEqual([2]);
  });

  it('backoff doubles from the first delay up to the ceiling', () => {
    const retry = { ...DEFAULT_RETRY, initialDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((f) => backoffMs(retry, f))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});

describe('push across a restart: the worker goes on where it stopped', () => {
  it('notifications queued while the receiver was down and the emulator stopped are delivered after the restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-push-'));
    let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
    try {
      let emu = await startEmulator({ dataDir });
      // Nobody listens on this port yet: every attempt fails, nothing is lost.
      receiver = await startReceiver(() => 'OK');
      const url = receiver.url;
      await receiver.close();
      const put = await fetch(`${emu.url}/_admin/organizations/${CBE}/subscription`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ push: { url, retry: { initialDelayMs: 50, maxDelayMs: 100 } } }) });
      expect(put.status).toBe(200);
      for (const d of ['2026-04-01', '2026-04-02'])
        expect((await fetch(`${emu.url}/_admin/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'ADDRESS_CHANGE', ssin: SSIN.standard, date: d, address: ADDRESS }) })).status).toBe(200);
      await emu.close();
      // The receiver comes up on the same port; the emulator restarts on the same data.
      const port = Number(new URL(url).port);
      const got: number[] = [];
      const server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          got.push(Number(childText(child(bodyRoot(body), 'notification'), 'sequenceNumber')));
          res.writeHead(200).end(
            `<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body><v1:notifyResponse xmlns:v1="http://kszbcss.fgov.be/intf/NotificationReceiver/v1"><informationNotified><notifiedIdentification><cbeNumber>${CBE}</cbeNumber></notifiedIdentification></informationNotified><status><value>OK</value><code>MSG00000</code></status></v1:notifyResponse></e:Body></e:Envelope>`,
          );
        });
      });
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      receiver = { url, received: [], close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
      emu = await startEmulator({ dataDir });
      try {
        await until('both are delivered', async () => (got.length >= 2 ? true : undefined), 15_000);
        expect(got.slice(0, 2)).toEqual([1, 2]);
      } finally {
        await emu.close();
      }
    } finally {
      await receiver?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
