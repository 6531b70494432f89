import type pino from 'pino';
import type { Clock } from '../clock';
import type { Notification, NotificationStore, RetryPolicy, Subscription } from '../sources/notifications';
import { toXml } from '../xml/build';
import { parseXml } from '../xml/parse';
import { child, childText } from '../xml/node';
import { notificationXml } from './notification-xml';

export const RECEIVER_NS = 'http://kszbcss.fgov.be/intf/NotificationReceiver/v1';
export const NOTIFY_ACTION = 'http://kszbcss.fgov.be/NotificationReceiver/notify';
/** The receiver's reply is read up to this size; more is a failed delivery. */
const MAX_REPLY_BYTES = 1_000_000;

/** The SOAP 1.1 message that pushes one notification (NotificationReceiverV1.wsdl). */
export function notifyEnvelope(n: Notification): string {
  const body = toXml('v1:notifyRequest', { '@xmlns:v1': RECEIVER_NS, notification: notificationXml(n) });
  return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
}

/** The delay before attempt `attempts + 1`: the first delay doubled per failure, capped. */
export function backoffMs(retry: RetryPolicy, failures: number): number {
  return Math.min(retry.initialDelayMs * 2 ** Math.max(0, failures - 1), retry.maxDelayMs);
}

/** What the receiver answered: OK, or why the delivery failed. */
export function verdictOf(status: number, body: string): { ok: true } | { ok: false; error: string } {
  if (status < 200 || status >= 300) return { ok: false, error: `HTTP ${status}` };
  let root;
  try {
    const envelope = parseXml(body);
    root = child(child(envelope, 'Body'), 'notifyResponse');
  } catch {
    return { ok: false, error: 'the reply is not well-formed XML' };
  }
  if (!root) return { ok: false, error: 'the reply has no notifyResponse in its SOAP Body' };
  const value = childText(root, 'status', 'value');
  if (value === 'OK') return { ok: true };
  if (value === 'NOK') return { ok: false, error: `NOK ${childText(root, 'status', 'code') ?? ''} ${childText(root, 'status', 'description') ?? ''}`.trim() };
  return { ok: false, error: `status/value is ${value ?? 'missing'}, not OK or NOK` };
}

/**
 * Delivers the outboxes of the push-subscribed organisations (X07): a background loop that POSTs
 * each organisation's oldest undelivered notification, one at a time per organisation so that
 * they arrive in sequence order, never on a request's path. A failure is retried with exponential
 * backoff up to the subscription's ceiling, and after its maxAttempts the notification is DEAD
 * (visible in the outbox, re-sendable; the ones after it wait). Everything it knows is in SQLite:
 * after a restart it goes on where it stopped (at least once: a POST cut by a crash is sent again).
 */
export class PushWorker {
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly store: NotificationStore,
    private readonly clock: Clock,
    private readonly log: pino.Logger,
    private readonly pollMs = 100,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled(this.inFlight.values());
  }

  /** Starts the deliveries that are due and not already under way. */
  tick(): void {
    let due: (Notification & { subscription: Subscription })[];
    try {
      due = this.store.duePushes(this.clock.now().toISOString());
    } catch (err) {
      this.log.error({ err }, 'push worker: reading the outboxes failed');
      return;
    }
    for (const n of due) {
      if (this.inFlight.has(n.organisation)) continue;
      const delivery = this.deliver(n).finally(() => this.inFlight.delete(n.organisation));
      this.inFlight.set(n.organisation, delivery);
    }
  }

  private async deliver(n: Notification & { subscription: Subscription }): Promise<void> {
    const { pushUrl, retry } = n.subscription;
    let verdict: ReturnType<typeof verdictOf>;
    try {
      const res = await fetch(pushUrl!, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', SOAPAction: `"${NOTIFY_ACTION}"` },
        body: notifyEnvelope(n),
        signal: AbortSignal.timeout(retry.timeoutMs),
        redirect: 'manual',
      });
      const text = await res.text();
      verdict = text.length > MAX_REPLY_BYTES ? { ok: false, error: 'the reply is over 1 MB' } : verdictOf(res.status, text);
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      verdict = { ok: false, error: e.name === 'TimeoutError' ? `no answer within ${retry.timeoutMs} ms` : `${e.cause?.code ?? e.name}: ${e.message}` };
    }
    const now = this.clock.now();
    // The subscription may have changed or the outbox been reset meanwhile: record against what is there now.
    const current = this.store.notification(n.organisation, n.sequence);
    if (!current || current.state !== 'PENDING') return;
    if (verdict.ok) {
      this.store.markDelivered(n.organisation, n.sequence, now.toISOString());
      return;
    }
    const failures = current.attempts + 1;
    const next = failures >= retry.maxAttempts ? null : new Date(now.getTime() + backoffMs(retry, failures)).toISOString();
    this.store.markFailed(n.organisation, n.sequence, verdict.error, next);
    this.log.warn({ organisation: n.organisation, sequence: n.sequence, attempt: failures, error: verdict.error, next }, next ? 'push failed, will retry' : 'push failed, notification is DEAD');
  }
}
