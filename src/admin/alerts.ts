import { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import { parseAlertRules } from '../sources/alerts';

const param = (req: Request, name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);

/**
 * The knipperlichten (X09, src/sources/alerts): GET /_admin/alerts lists the alerts raised
 * (?ssin=, ?organisation= the deciding OCMW's KBO number), GET/PUT /_admin/alerts/rules the
 * cross-source rules (PUT replaces the list; POST /_admin/reset restores the defaults), GET
 * /_admin/alerts/reminders the list POD MI sent on the last 1 March or 1 October of the emulator
 * clock (?at=yyyy-mm-dd another day, ?organisation=): the alerts of the six months before it
 * without a follow-up code that day.
 */
export function alertsRouter(app: AppContext): Router {
  const r = Router();
  r.get('/alerts', (req, res) => res.json({ alerts: app.alerts.list({ ssin: param(req, 'ssin'), ocmw: param(req, 'organisation') }) }));
  r.get('/alerts/rules', (_req, res) => res.json({ rules: app.alerts.rules() }));
  r.put('/alerts/rules', (req: Request, res: Response) => {
    const parsed = parseAlertRules(req.body);
    if (typeof parsed === 'string') {
      res.status(400).json({ error: parsed });
      return;
    }
    app.alerts.setRules(parsed);
    res.json({ rules: app.alerts.rules() });
  });
  r.get('/alerts/reminders', (req, res) => {
    const at = param(req, 'at') ?? app.clock.now().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) {
      res.status(400).json({ error: 'at: a day, yyyy-mm-dd.' });
      return;
    }
    res.json(app.alerts.reminders(at, param(req, 'organisation')));
  });
  return r;
}
