import { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import { parseNovaRules } from '../sources/nova';

/**
 * GET/PUT /_admin/nova/rules: Nova+'s residence-status rules (P15, src/sources/nova/rules.ts).
 * PUT replaces the whole list (send back what GET gives, changed; 400 names the bad field);
 * POST /_admin/reset restores the defaults.
 */
export function novaRouter(app: AppContext): Router {
  const r = Router();
  r.get('/nova/rules', (_req, res) => res.json({ rules: app.nova.rules() }));
  r.put('/nova/rules', (req: Request, res: Response) => {
    const parsed = parseNovaRules(req.body);
    if (typeof parsed === 'string') {
      res.status(400).json({ error: parsed });
      return;
    }
    app.nova.setRules(parsed);
    res.json({ rules: app.nova.rules() });
  });
  return r;
}
