import type { SourceModule } from '../source';
import { Db, SourceSchema, statementCache } from '../../store/db';
import { FLOW_RULES } from './flow-rules';
import { PushWorker } from '../../notifications/push-worker';

/**
 * What KSZ tells the organisations (X07, N01–N12): every event at an authentic source, durable
 * with its date; the flow rules of the reference directory that decide who may receive a flow;
 * and one outbox per organisation, numbered without gaps, with each notification's delivery state.
 * The subscriptions say where a notification is pushed.
 */
export const notificationsSchema: SourceSchema = {
  name: 'notifications',
  tables: ['ksz_notification', 'ksz_subscription', 'ksz_event', 'dir_flow_rule'],
  ddl: `
CREATE TABLE IF NOT EXISTS ksz_event (
  id          INTEGER PRIMARY KEY,
  type        TEXT NOT NULL,
  ssin        TEXT NOT NULL,
  event_date  TEXT NOT NULL,
  payload     TEXT NOT NULL,
  origin      TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ksz_event_ssin ON ksz_event(ssin);
-- Who may receive a flow: per flow and sector, the quality codes and the lowest phase (the M-flow rule).
CREATE TABLE IF NOT EXISTS dir_flow_rule (
  flow           TEXT NOT NULL,
  sector         INTEGER NOT NULL,
  quality_codes  TEXT NOT NULL,
  min_phase      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (flow, sector)
);
CREATE TABLE IF NOT EXISTS ksz_notification (
  organisation     TEXT NOT NULL,
  sequence         INTEGER NOT NULL,
  flow             TEXT NOT NULL,
  event_id         INTEGER NOT NULL,
  event_date       TEXT NOT NULL,
  ssin             TEXT NOT NULL,
  quality_code     INTEGER NOT NULL,
  payload          TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  state            TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'ACKNOWLEDGED', 'DEAD')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT,
  last_error       TEXT,
  delivered_at     TEXT,
  PRIMARY KEY (organisation, sequence)
);
CREATE INDEX IF NOT EXISTS ksz_notification_state ON ksz_notification(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS ksz_subscription (
  organisation      TEXT PRIMARY KEY,
  push_url          TEXT,
  max_attempts      INTEGER NOT NULL,
  initial_delay_ms  INTEGER NOT NULL,
  max_delay_ms      INTEGER NOT NULL,
  timeout_ms        INTEGER NOT NULL,
  updated_at        TEXT NOT NULL
);`,
};

export interface StoredEvent {
  id: number;
  type: string;
  ssin: string;
  eventDate: string;
  payload: Record<string, unknown>;
  /** Who raised it: 'admin' (POST /_admin/events) or the service whose write it is (e.g. 'R12'). */
  origin: string;
  createdAt: string;
}

export interface FlowRule {
  flow: string;
  sector: number;
  qualityCodes: number[];
  minPhase: number;
}

export type DeliveryState = 'PENDING' | 'DELIVERED' | 'ACKNOWLEDGED' | 'DEAD';

export interface Notification {
  organisation: string;
  sequence: number;
  flow: string;
  eventId: number;
  /** The day the change happened at the source (the event's date). */
  eventDate: string;
  ssin: string;
  /** The quality code of the integration that made the organisation a recipient. */
  qualityCode: number;
  /** The flow's payload element, XML. */
  payload: string;
  createdAt: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
}

interface NotificationRow {
  organisation: string;
  sequence: number;
  flow: string;
  event_id: number;
  event_date: string;
  ssin: string;
  quality_code: number;
  payload: string;
  created_at: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
}

const notificationOf = (r: NotificationRow): Notification => ({
  organisation: r.organisation,
  sequence: r.sequence,
  flow: r.flow,
  eventId: r.event_id,
  eventDate: r.event_date,
  ssin: r.ssin,
  qualityCode: r.quality_code,
  payload: r.payload,
  createdAt: r.created_at,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  deliveredAt: r.delivered_at,
});

/** How a push subscription retries: exponential backoff from the first delay up to the ceiling, DEAD after maxAttempts. */
export interface RetryPolicy {
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** How long one POST may take before it counts as failed. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, initialDelayMs: 1000, maxDelayMs: 300_000, timeoutMs: 10_000 };

export interface Subscription {
  organisation: string;
  /** Where notifications are POSTed; null: none (they wait for the pull). */
  pushUrl: string | null;
  retry: RetryPolicy;
  updatedAt: string;
}

interface SubscriptionRow {
  organisation: string;
  push_url: string | null;
  max_attempts: number;
  initial_delay_ms: number;
  max_delay_ms: number;
  timeout_ms: number;
  updated_at: string;
}

const subscriptionOf = (r: SubscriptionRow): Subscription => ({
  organisation: r.organisation,
  pushUrl: r.push_url,
  retry: { maxAttempts: r.max_attempts, initialDelayMs: r.initial_delay_ms, maxDelayMs: r.max_delay_ms, timeoutMs: r.timeout_ms },
  updatedAt: r.updated_at,
});

export class NotificationStore {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  /** Runs `fn` in one transaction (a savepoint inside another): a service's write and the events it raises commit together. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  addEvent(e: Omit<StoredEvent, 'id'>): StoredEvent {
    const info = this.sql('INSERT INTO ksz_event (type, ssin, event_date, payload, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(e.type, e.ssin, e.eventDate, JSON.stringify(e.payload), e.origin, e.createdAt);
    return { id: Number(info.lastInsertRowid), ...e };
  }

  events(filter: { ssin?: string } = {}): StoredEvent[] {
    const rows = this.sql('SELECT * FROM ksz_event WHERE (@ssin IS NULL OR ssin = @ssin) ORDER BY id').all({ ssin: filter.ssin ?? null }) as {
      id: number;
      type: string;
      ssin: string;
      event_date: string;
      payload: string;
      origin: string;
      created_at: string;
    }[];
    return rows.map((r) => ({ id: r.id, type: r.type, ssin: r.ssin, eventDate: r.event_date, payload: JSON.parse(r.payload), origin: r.origin, createdAt: r.created_at }));
  }

  flowRules(flow?: string): FlowRule[] {
    const rows = this.sql('SELECT * FROM dir_flow_rule WHERE (@flow IS NULL OR flow = @flow) ORDER BY flow, sector').all({ flow: flow ?? null }) as { flow: string; sector: number; quality_codes: string; min_phase: number }[];
    // Edited by hand under /_admin/directory: "[1,2]" and "1,2" both mean codes 1 and 2.
    return rows.map((r) => ({ flow: r.flow, sector: r.sector, qualityCodes: String(r.quality_codes).split(/\D+/).filter(Boolean).map(Number), minPhase: r.min_phase }));
  }

  addFlowRule(r: FlowRule): void {
    this.sql('INSERT OR REPLACE INTO dir_flow_rule (flow, sector, quality_codes, min_phase) VALUES (?, ?, ?, ?)').run(r.flow, r.sector, JSON.stringify(r.qualityCodes), r.minPhase);
  }

  /** Appends to an organisation's outbox with the next sequence number (gap-free: the caller's transaction holds it). */
  enqueue(n: Pick<Notification, 'organisation' | 'flow' | 'eventId' | 'eventDate' | 'ssin' | 'qualityCode' | 'payload' | 'createdAt'>): Notification {
    const { next } = this.sql('SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM ksz_notification WHERE organisation = ?').get(n.organisation) as { next: number };
    this.sql(
      'INSERT INTO ksz_notification (organisation, sequence, flow, event_id, event_date, ssin, quality_code, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(n.organisation, next, n.flow, n.eventId, n.eventDate, n.ssin, n.qualityCode, n.payload, n.createdAt, n.createdAt);
    return this.notification(n.organisation, next)!;
  }

  notification(organisation: string, sequence: number): Notification | undefined {
    const row = this.sql('SELECT * FROM ksz_notification WHERE organisation = ? AND sequence = ?').get(organisation, sequence) as NotificationRow | undefined;
    return row ? notificationOf(row) : undefined;
  }

  /** An organisation's notifications after a sequence number, in order; at most `limit`; of some flows only when `flows` names them. */
  outbox(organisation: string, after = 0, limit = 1000, flows: string[] = []): Notification[] {
    const rows = flows.length
      ? this.db.prepare(`SELECT * FROM ksz_notification WHERE organisation = ? AND sequence > ? AND flow IN (${flows.map(() => '?').join(', ')}) ORDER BY sequence LIMIT ?`).all(organisation, after, ...flows, limit)
      : this.sql('SELECT * FROM ksz_notification WHERE organisation = ? AND sequence > ? ORDER BY sequence LIMIT ?').all(organisation, after, limit);
    return (rows as NotificationRow[]).map(notificationOf);
  }

  /** The notifications an event caused, by organisation and sequence. */
  ofEvent(eventId: number): Notification[] {
    return (this.sql('SELECT * FROM ksz_notification WHERE event_id = ? ORDER BY organisation, sequence').all(eventId) as NotificationRow[]).map(notificationOf);
  }

  lastSequence(organisation: string): number {
    return (this.sql('SELECT COALESCE(MAX(sequence), 0) AS n FROM ksz_notification WHERE organisation = ?').get(organisation) as { n: number }).n;
  }

  /** Every organisation with an outbox and its last sequence number (the batch-file writer's cursor). */
  lastSequences(): { organisation: string; last: number }[] {
    return this.sql('SELECT organisation, MAX(sequence) AS last FROM ksz_notification GROUP BY organisation ORDER BY organisation').all() as { organisation: string; last: number }[];
  }

  /** Pull: everything up to a sequence number is acknowledged (what push delivered stays DELIVERED). Returns how many changed. */
  acknowledge(organisation: string, upTo: number, at: string): number {
    return this.sql("UPDATE ksz_notification SET state = 'ACKNOWLEDGED', delivered_at = COALESCE(delivered_at, ?) WHERE organisation = ? AND sequence <= ? AND state IN ('PENDING', 'DEAD')").run(at, organisation, upTo).changes;
  }

  markDelivered(organisation: string, sequence: number, at: string): void {
    this.sql("UPDATE ksz_notification SET state = 'DELIVERED', attempts = attempts + 1, delivered_at = ?, last_error = NULL, next_attempt_at = NULL WHERE organisation = ? AND sequence = ?").run(at, organisation, sequence);
  }

  /** A failed push: the next attempt's time, or DEAD when `nextAttemptAt` is null. */
  markFailed(organisation: string, sequence: number, error: string, nextAttemptAt: string | null): void {
    this.sql(`UPDATE ksz_notification SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, state = CASE WHEN ? IS NULL THEN 'DEAD' ELSE state END WHERE organisation = ? AND sequence = ?`).run(
      error.slice(0, 500),
      nextAttemptAt,
      nextAttemptAt,
      organisation,
      sequence,
    );
  }

  /** A dead notification back to PENDING, to be sent again at once. */
  resend(organisation: string, sequence: number, at: string): boolean {
    return this.sql("UPDATE ksz_notification SET state = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = NULL WHERE organisation = ? AND sequence = ? AND state = 'DEAD'").run(at, organisation, sequence).changes > 0;
  }

  subscription(organisation: string): Subscription | undefined {
    const row = this.sql('SELECT * FROM ksz_subscription WHERE organisation = ?').get(organisation) as SubscriptionRow | undefined;
    return row ? subscriptionOf(row) : undefined;
  }

  subscribe(s: Subscription): void {
    this.sql('INSERT OR REPLACE INTO ksz_subscription (organisation, push_url, max_attempts, initial_delay_ms, max_delay_ms, timeout_ms, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      s.organisation,
      s.pushUrl,
      s.retry.maxAttempts,
      s.retry.initialDelayMs,
      s.retry.maxDelayMs,
      s.retry.timeoutMs,
      s.updatedAt,
    );
  }

  unsubscribe(organisation: string): boolean {
    return this.sql('DELETE FROM ksz_subscription WHERE organisation = ?').run(organisation).changes > 0;
  }

  /**
   * The oldest undelivered notification of each push-subscribed organisation whose attempt is
   * due: one per organisation, so that each is delivered in sequence order (a DEAD one holds the
   * ones after it back until it is resent or acknowledged).
   */
  duePushes(now: string): (Notification & { subscription: Subscription })[] {
    const rows = this.sql(
      `SELECT n.*, s.push_url, s.max_attempts, s.initial_delay_ms, s.max_delay_ms, s.timeout_ms, s.updated_at FROM ksz_subscription s
       JOIN ksz_notification n ON n.organisation = s.organisation
       WHERE s.push_url IS NOT NULL
         AND n.sequence = (SELECT MIN(sequence) FROM ksz_notification m WHERE m.organisation = s.organisation AND m.state IN ('PENDING', 'DEAD'))
         AND n.state = 'PENDING' AND n.next_attempt_at <= ?
       ORDER BY n.organisation`,
    ).all(now) as (NotificationRow & SubscriptionRow)[];
    return rows.map((r) => ({ ...notificationOf(r), subscription: subscriptionOf(r) }));
  }
}

/** The running push worker of each store (one per database: the app's, a test's). */
const workers = new WeakMap<NotificationStore, PushWorker>();

export const notificationsSource: SourceModule<NotificationStore> = {
  name: 'notifications',
  schema: notificationsSchema,
  open: (db) => new NotificationStore(db),
  hooks: {
    start(store, { clock, log }) {
      const worker = new PushWorker(store, clock, log);
      workers.set(store, worker);
      worker.start();
    },
    async stop(store) {
      await workers.get(store)?.stop();
      workers.delete(store);
    },
  },
  seed(context) {
    const store = new NotificationStore(context.db);
    for (const rule of FLOW_RULES) store.addFlowRule(rule);
  },
};
