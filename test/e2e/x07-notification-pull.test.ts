import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { endpointClient } from '../helpers/newstyle-endpoint';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const ENDPOINT = {
  path: '/SOA4520/NotificationService/v1',
  ns: 'http://kszbcss.fgov.be/intf/NotificationService/v1',
  wsdl: 'X07-NotificationService/v1/NotificationServiceV1.wsdl',
  actionBase: 'http://kszbcss.fgov.be/NotificationService',
};
const LC = 'PCSA:NOTIFICATIONS';
const ADDRESS = { street: 'Korenmarkt', houseNumber: '1', postalCode: '9000', municipality: 'Gent' };

describe('X07 NotificationService v1 (pull): a client generated from the published WSDL fetches its outbox page by page and acknowledges it', () => {
  let emu: TestEmulator;
  let ns: Awaited<ReturnType<typeof endpointClient>>;
  beforeAll(async () => {
    emu = await startEmulator();
    ns = await endpointClient(emu, ENDPOINT);
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date('2026-05-04T09:00:00Z'));
  });

  const raise = async (event: Record<string, unknown>) => {
    const res = await fetch(`${emu.url}/_admin/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
    expect(res.status).toBe(200);
  };
  /** Sarah Claes (Gent, quality code 2) moves on n days. */
  const moves = async (n: number) => {
    for (let i = 1; i <= n; i++) await raise({ type: 'ADDRESS_CHANGE', ssin: SSIN.standard, date: `2026-04-${String(i).padStart(2, '0')}`, address: { ...ADDRESS, houseNumber: String(i) } });
  };
  const page = (after: number, maxResults?: number) => ns.call('getNotifications', LC, { criteria: { afterSequenceNumber: after, ...(maxResults ? { maxResults } : {}) } });
  const sequences = (root: XmlElement) => childrenNamed(child(root, 'result'), 'notification').map((n) => Number(childText(n, 'sequenceNumber')));
  const statusOf = (root: XmlElement) => [childText(root, 'status', 'value'), childText(root, 'status', 'code')];

  it('an empty outbox: NO_DATA_FOUND', async () => {
    expect(statusOf(await page(0))).toEqual(['NO_DATA_FOUND', 'MSG00100']);
  });

  it('reads every notification once, in order, page by page, until moreAvailable is false', async () => {
    await moves(7);
    const seen: number[] = [];
    let after = 0;
    for (let pages = 0; pages < 10; pages++) {
      const root = await page(after, 3);
      expect(statusOf(root)).toEqual(['DATA_FOUND', 'MSG00000']);
      const got = sequences(root);
      seen.push(...got);
      after = got[got.length - 1];
      expect(childText(root, 'result', 'lastSequenceNumber')).toBe('7');
      if (childText(root, 'result', 'moreAvailable') === 'false') break;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('each notification carries its ticket, flow, person, quality code, date and payload; the ticket is the same at every fetch', async () => {
    await moves(1);
    const [first] = childrenNamed(child(await page(0), 'result'), 'notification');
    expect(elements(first).map((e) => e.local)).toEqual(['sequenceNumber', 'informationNotificationCBSS', 'flow', 'ssin', 'qualityCode', 'eventDate', 'payload']);
    expect([childText(first, 'flow'), childText(first, 'ssin'), childText(first, 'qualityCode'), childText(first, 'eventDate')]).toEqual(['N01', SSIN.standard, '2', '2026-04-01']);
    const ticket = childText(first, 'informationNotificationCBSS', 'ticketCBSS');
    expect(ticket).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const [again] = childrenNamed(child(await page(0), 'result'), 'notification');
    expect(childText(again, 'informationNotificationCBSS', 'ticketCBSS')).toBe(ticket);
    const payload = elements(child(first, 'payload')!)[0];
    expect([payload.local, childText(payload, 'mutationKind'), childText(payload, 'informationType', 'tiName')]).toEqual(['personMutation', 'ADDRESS_CHANGE', 'LegalMainAddresses']);
  });

  it('acknowledges up to a sequence number: those are ACKNOWLEDGED in the outbox, the rest still PENDING; again is harmless', async () => {
    await moves(4);
    const ack = await ns.call('acknowledgeNotifications', LC, { acknowledgement: { upToSequenceNumber: 3 } });
    expect([childText(ack, 'status', 'value'), childText(ack, 'acknowledged')]).toEqual(['OK', '3']);
    const again = await ns.call('acknowledgeNotifications', LC, { acknowledgement: { upToSequenceNumber: 3 } });
    expect([childText(again, 'status', 'value'), childText(again, 'acknowledged')]).toEqual(['OK', '0']);
    const outbox = (await (await fetch(`${emu.url}/_admin/organizations/${GENT.org.cbe_number}/outbox`)).json()) as { notifications: { sequence: number; state: string }[] };
    expect(outbox.notifications.map((n) => [n.sequence, n.state])).toEqual([
      [1, 'ACKNOWLEDGED'],
      [2, 'ACKNOWLEDGED'],
      [3, 'ACKNOWLEDGED'],
      [4, 'PENDING'],
    ]);
  });

  it('acknowledging beyond the outbox is NOK MSG00008 naming the field', async () => {
    await moves(2);
    const root = await ns.call('acknowledgeNotifications', LC, { acknowledgement: { upToSequenceNumber: 5 } });
    expect([childText(root, 'status', 'value'), childText(root, 'status', 'code'), childText(root, 'status', 'information', 'fieldName')]).toEqual(['NOK', 'MSG00008', 'acknowledgement/upToSequenceNumber']);
  });

  it('an organisation reads only its own outbox: Liège sees nothing of what Gent was told', async () => {
    await moves(2);
    const root = await ns.postBody('getNotifications', LC, '<criteria><afterSequenceNumber>0</afterSequenceNumber></criteria>', { cbe: LIEGE.org.cbe_number });
    expect(statusOf(root)).toEqual(['NO_DATA_FOUND', 'MSG00100']);
  });

  it('filters by flow (the sequence numbers keep their gaps)', async () => {
    await moves(1);
    await raise({ type: 'PENSION_HOLIDAY_PAY', ssin: SSIN.standard, date: '2026-04-10', amount: 100 });
    await moves(1);
    const root = await ns.postBody('getNotifications', LC, '<criteria><afterSequenceNumber>0</afterSequenceNumber><flow>N11</flow></criteria>');
    expect(sequences(root)).toEqual([2]);
  });

  it.each([
    ['<criteria><afterSequenceNumber>-1</afterSequenceNumber></criteria>', 'criteria/afterSequenceNumber'],
    ['<criteria><afterSequenceNumber>0</afterSequenceNumber><maxResults>101</maxResults></criteria>', 'criteria/maxResults'],
    ['<criteria><afterSequenceNumber>0</afterSequenceNumber><flow>X1</flow></criteria>', 'criteria/flow'],
  ])('a bad criterion is NO_RESULT MSG00008 naming it: %s', async (criteria, field) => {
    const root = await ns.postBody('getNotifications', LC, criteria, { validate: false });
    expect([childText(root, 'status', 'value'), childText(root, 'status', 'code'), childText(root, 'status', 'information', 'fieldName')]).toEqual(['NO_RESULT', 'MSG00008', field]);
  });

  it('the usual pipeline: a wrong legal context is refused, and every call is in the journal', async () => {
    const refused = await ns.postBody('getNotifications', 'PCSA:SOCIAL_INQUIRY', '<criteria><afterSequenceNumber>0</afterSequenceNumber></criteria>', { validate: false });
    expect(childText(refused, 'status', 'value')).toBe('NO_RESULT');
    await page(0);
    const journal = (await (await fetch(`${emu.url}/_admin/journal?service=X07`)).json()) as { operation: string; decision: string; cbe_number?: string }[];
    expect(journal.map((e) => [e.operation, e.decision])).toEqual([
      ['getNotifications', 'ALLOW'],
      ['getNotifications', 'DENY'],
    ]);
  });
});
