import { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import { FaultRule, parseFaultRule } from '../faults/rules';

/** PUT/GET/DELETE /_admin/faults: the injected fault rules (src/faults/rules.ts). */
export function faultsRouter(app: AppContext): Router {
  const r = Router();
  r.get('/faults', (_req, res) => res.json({ rules: app.faults.list() }));
  r.put('/faults', (req: Request, res: Response) => {
    const raw = req.body?.rules;
    if (!Array.isArray(raw)) {
      res.status(400).json({ error: 'Send {"rules": [{"service": "S14", "ssin": "…", "kind": "PARTIAL", "count": 1}]}.' });
      return;
    }
    const rules: FaultRule[] = [];
    for (const [i, item] of raw.entries()) {
      const parsed = parseFaultRule(item);
      if (typeof parsed === 'string') {
        res.status(400).json({ error: `rules[${i}]: ${parsed}` });
        return;
      }
      rules.push(parsed);
    }
    app.faults.set(rules);
    res.json({ rules: app.faults.list() });
  });
  r.delete('/faults', (_req, res) => {
    app.faults.clear();
    res.json({ rules: [] });
  });
  return r;
}
