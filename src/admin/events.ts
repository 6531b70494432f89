import { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app';
import { EVENT_TYPES, parseEvent } from '../events/input';
import { raiseEvent } from '../events/raise';
import { EventRefused } from '../events/notice';
import { writeOutbox } from '../notifications/batch-outbox';
import { isValidSsin } from '../domain/ssin';
import { isCalendarDay } from '../domain/dates';
import { DEFAULT_RETRY, Subscription } from '../sources/notifications';
import { runPensionableList } from '../events/pensionable-list';

const SUBSCRIPTION = z.strictObject({
  push: z
    .strictObject({
      url: z.url({ protocol: /^https?$/ }),
      retry: z
        .strictObject({
          maxAttempts: z.number().int().min(1).max(100).optional(),
          initialDelayMs: z.number().int().min(10).max(3_600_000).optional(),
          maxDelayMs: z.number().int().min(10).max(86_400_000).optional(),
          timeoutMs: z.number().int().min(100).max(120_000).optional(),
        })
        .optional(),
    })
    .nullable()
    .optional(),
});

/** A subscription as the admin API shows it. */
const subscriptionView = (s: Subscription) => ({ push: s.pushUrl ? { url: s.pushUrl, retry: s.retry } : null, updatedAt: s.updatedAt });

const PENSIONABLE_LIST = z.strictObject({ date: z.string().refine(isCalendarDay, 'a day, yyyy-mm-dd').optional() });

/** The body as the schema reads it, or undefined once a 400 naming each bad field's path is sent. */
function bodyOf<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  res.status(400).json({ error: errors[0], errors });
  return undefined;
}

/** A non-negative whole number from the query, the default when absent, or undefined when it is not one. */
function count(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/**
 * The events at the sources and the organisations' outboxes (X07, N01–N12, ARCHITECTURE.md):
 * POST /_admin/events raises one (the data changes, the notifications are queued), GET
 * /_admin/events?ssin= lists them; GET /_admin/organizations/{cbe}/outbox?after=N&limit=M an
 * organisation's notifications with their delivery state, POST …/outbox/{sequence}/resend a dead
 * one sent again; PUT/GET/DELETE /_admin/organizations/{cbe}/subscription where they are pushed.
 */
export function eventsRouter(app: AppContext): Router {
  const r = Router();
  const store = app.notifications;

  r.post('/events', (req: Request, res: Response) => {
    const parsed = parseEvent(req.body);
    if ('errors' in parsed) {
      res.status(400).json({ error: parsed.errors[0], errors: parsed.errors });
      return;
    }
    try {
      const raised = raiseEvent(app.db, app.sources, parsed.event, app.clock.now());
      if (raised.mediprimaFiles.length) writeOutbox(app);
      res.json({ event: raised.event, notifications: raised.notifications, mediprimaFiles: raised.mediprimaFiles.map((f) => f.name) });
    } catch (err) {
      if (!(err instanceof EventRefused)) throw err;
      res.status(400).json({ error: err.message, errors: [err.message] });
    }
  });
  r.post('/events/pensionable-list', (req: Request, res: Response) => {
    const input = bodyOf(PENSIONABLE_LIST, req.body ?? {}, res);
    if (!input) return;
    const date = input.date ?? app.clock.now().toISOString().slice(0, 10);
    const listed = runPensionableList(app.db, app.sources, date, app.clock.now());
    res.json({ date, listed: listed.length, notifications: listed.flatMap((l) => l.notifications) });
  });
  r.get('/events', (req, res) => {
    const ssin = req.query.ssin;
    if (ssin !== undefined && (typeof ssin !== 'string' || !isValidSsin(ssin))) {
      res.status(400).json({ error: 'ssin: a valid SSIN' });
      return;
    }
    res.json({ types: EVENT_TYPES, events: store.events({ ssin: ssin as string | undefined }).map((e) => ({ ...e, notifications: store.ofEvent(e.id).map((n) => ({ organization: n.organisation, flow: n.flow, sequence: n.sequence })) })) });
  });

  const organisation = (req: Request, res: Response): string | undefined => {
    const cbe = req.params.cbe as string;
    if (!/^\d{10}$/.test(cbe)) res.status(400).json({ error: `cbe: a KBO number of 10 digits, not ${cbe}` });
    else if (!app.directory.organisation(cbe) && store.lastSequence(cbe) === 0) res.status(404).json({ error: `no organisation ${cbe}` });
    else return cbe;
    return undefined;
  };

  r.get('/organizations/:cbe/outbox', (req, res) => {
    const cbe = organisation(req, res);
    if (!cbe) return;
    const unknown = Object.keys(req.query).filter((k) => k !== 'after' && k !== 'limit');
    const [after, limit] = [count(req.query.after, 0), count(req.query.limit, 1000)];
    if (unknown.length) res.status(400).json({ error: `unknown filter: ${unknown.join(', ')} (after, limit)` });
    else if (after === undefined) res.status(400).json({ error: 'after: a sequence number (0 or more)' });
    else if (limit === undefined || limit < 1 || limit > 1000) res.status(400).json({ error: 'limit: 1 to 1000' });
    else res.json({ organization: cbe, lastSequence: store.lastSequence(cbe), subscription: ((s) => (s ? subscriptionView(s) : null))(store.subscription(cbe)), notifications: store.outbox(cbe, after, limit) });
  });
  r.post('/organizations/:cbe/outbox/:sequence/resend', (req, res) => {
    const cbe = organisation(req, res);
    if (!cbe) return;
    const sequence = count(req.params.sequence, 0);
    if (!sequence || !store.notification(cbe, sequence)) res.status(404).json({ error: `no notification ${req.params.sequence} for ${cbe}` });
    else if (!store.resend(cbe, sequence, app.clock.now().toISOString())) res.status(409).json({ error: `notification ${sequence} is ${store.notification(cbe, sequence)!.state}, not DEAD` });
    else res.json(store.notification(cbe, sequence));
  });

  r.get('/organizations/:cbe/subscription', (req, res) => {
    const cbe = organisation(req, res);
    if (!cbe) return;
    const s = store.subscription(cbe);
    if (!s) res.status(404).json({ error: `${cbe} has no subscription: its notifications wait in its outbox (pull)` });
    else res.json(subscriptionView(s));
  });
  r.put('/organizations/:cbe/subscription', (req, res) => {
    const cbe = organisation(req, res);
    if (!cbe) return;
    const input = bodyOf(SUBSCRIPTION, req.body, res);
    if (!input) return;
    const push = input.push;
    const subscription: Subscription = { organisation: cbe, pushUrl: push?.url ?? null, retry: { ...DEFAULT_RETRY, ...push?.retry }, updatedAt: app.clock.now().toISOString() };
    store.subscribe(subscription);
    res.json(subscriptionView(subscription));
  });
  r.delete('/organizations/:cbe/subscription', (req, res) => {
    const cbe = organisation(req, res);
    if (!cbe) return;
    if (store.unsubscribe(cbe)) res.status(204).end();
    else res.status(404).json({ error: `${cbe} has no subscription` });
  });
  return r;
}
