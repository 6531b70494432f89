import { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import { parseRuleSet } from '../sources/podmi/rules';

/**
 * GET/PUT /_admin/podmi/rules: POD MI's decision rules and decisionDelayDays (src/sources/podmi/rules.ts).
 * PUT replaces the whole set (send back what GET gives, changed); POST /_admin/reset restores the defaults.
 */
export function podmiRouter(app: AppContext): Router {
  const r = Router();
  r.get('/podmi/rules', (_req, res) => res.json(app.podmi.store.rules()));
  r.put('/podmi/rules', (req: Request, res: Response) => {
    const parsed = parseRuleSet(req.body);
    if (typeof parsed === 'string') {
      res.status(400).json({ error: parsed });
      return;
    }
    app.podmi.store.setRules(parsed);
    res.json(app.podmi.store.rules());
  });
  return r;
}
