import { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import type { AuthorizationRule } from '../services/types';

/**
 * /_admin/directory/...: every table of the reference directory, readable and changeable, so a test
 * can set up exactly the rules it needs (POST /_admin/reset restores the seeded state).
 *
 * - authorizations: the access-authorization rows, in the camelCase shape services declare them
 * - organisations, users, credentials, quality-codes, inscriptions, availability, flow-rules (who may
 *   receive each notification flow; quality_codes a JSON list): plain table rows,
 *   addressed by `id` (the SQLite rowid); unknown fields are refused, constraints give HTTP 400.
 */
const TABLES: Record<string, string> = {
  organisations: 'dir_organisation',
  users: 'dir_user',
  credentials: 'dir_credential',
  'quality-codes': 'dir_quality_code',
  inscriptions: 'ksz_inscription',
  availability: 'dir_availability',
  'flow-rules': 'dir_flow_rule',
};

export function directoryRouter(app: AppContext): Router {
  const r = Router();

  r.get('/', (_req, res) => res.json({ tables: ['authorizations', ...Object.keys(TABLES)] }));

  // ------------------------------------------------------------- authorizations
  r.get('/authorizations', (req, res) => {
    const service = typeof req.query.service === 'string' ? req.query.service : undefined;
    res.json(app.authorizations.all().filter((a) => !service || a.serviceId === service));
  });
  r.get('/authorizations/:id', (req, res) => {
    const row = app.authorizations.get(Number(req.params.id));
    return row ? res.json(row) : notFound(res);
  });
  r.post('/authorizations', (req, res) =>
    guarded(res, () => {
      const { serviceId, rule } = authorizationOf(req.body);
      res.status(201).json(app.authorizations.insert(serviceId, rule));
    }),
  );
  r.put('/authorizations/:id', (req, res) =>
    guarded(res, () => {
      const existing = app.authorizations.get(Number(req.params.id));
      if (!existing) return notFound(res);
      const { serviceId, rule } = authorizationOf({ ...existing, ...req.body });
      res.json(app.authorizations.update(existing.id, serviceId, rule));
    }),
  );
  r.delete('/authorizations/:id', (req, res) => (app.authorizations.remove(Number(req.params.id)) ? res.status(204).end() : notFound(res)));

  // ------------------------------------------------------------- plain tables
  r.get('/:table', (req, res) => withTable(req, res, (t) => res.json(app.db.prepare(`SELECT rowid AS id, * FROM ${t}`).all())));
  r.get('/:table/:id', (req, res) =>
    withTable(req, res, (t) => {
      const row = app.db.prepare(`SELECT rowid AS id, * FROM ${t} WHERE rowid = ?`).get(Number(req.params.id));
      return row ? res.json(row) : notFound(res);
    }),
  );
  r.post('/:table', (req, res) =>
    withTable(req, res, (t) =>
      guarded(res, () => {
        const fields = fieldsOf(app, t, req.body);
        const names = Object.keys(fields);
        const info = app.db.prepare(`INSERT INTO ${t} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`).run(fields);
        res.status(201).json(app.db.prepare(`SELECT rowid AS id, * FROM ${t} WHERE rowid = ?`).get(info.lastInsertRowid));
      }),
    ),
  );
  r.put('/:table/:id', (req, res) =>
    withTable(req, res, (t) =>
      guarded(res, () => {
        const fields = fieldsOf(app, t, req.body);
        const names = Object.keys(fields);
        if (names.length === 0) throw new BadRequest('Send the fields to change.');
        const info = app.db.prepare(`UPDATE ${t} SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE rowid = @__id`).run({ ...fields, __id: Number(req.params.id) });
        if (!info.changes) return notFound(res);
        res.json(app.db.prepare(`SELECT rowid AS id, * FROM ${t} WHERE rowid = ?`).get(Number(req.params.id)));
      }),
    ),
  );
  r.delete('/:table/:id', (req, res) =>
    withTable(req, res, (t) =>
      guarded(res, () => (app.db.prepare(`DELETE FROM ${t} WHERE rowid = ?`).run(Number(req.params.id)).changes ? res.status(204).end() : notFound(res))),
    ),
  );
  return r;
}

class BadRequest extends Error {}

function withTable(req: Request, res: Response, run: (table: string) => unknown): void {
  const table = TABLES[String(req.params.table)];
  if (!table) {
    res.status(404).json({ error: `No directory table '${req.params.table}'.`, tables: ['authorizations', ...Object.keys(TABLES)] });
    return;
  }
  run(table);
}

/** Runs a change; bad input and constraint violations become HTTP 400 with the reason. */
function guarded(res: Response, run: () => unknown): void {
  try {
    run();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof BadRequest || /constraint|NOT NULL|CHECK|UNIQUE|FOREIGN KEY|datatype/i.test(message)) {
      res.status(400).json({ error: message });
    } else throw e;
  }
}

function notFound(res: Response) {
  return res.status(404).json({ error: 'No such row.' });
}

/** The body's fields, restricted to the table's columns. */
function fieldsOf(app: AppContext, table: string, body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('Send a JSON object.');
  const columns = new Set((app.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === 'id' && !columns.has('id')) continue;
    if (!columns.has(k)) throw new BadRequest(`Unknown field '${k}'; the columns are: ${[...columns].join(', ')}.`);
    fields[k] = v;
  }
  return fields;
}

const stringList = (v: unknown, name: string): string[] => {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new BadRequest(`${name} must be a list of strings.`);
  return v;
};

/** Reads and checks an authorization row sent as JSON. */
function authorizationOf(body: Record<string, unknown>): { serviceId: string; rule: AuthorizationRule } {
  const b = body ?? {};
  if (typeof b.serviceId !== 'string' || !b.serviceId) throw new BadRequest('serviceId is required (e.g. "R09").');
  const qualityCodes = b.qualityCodes ?? [];
  if (!Array.isArray(qualityCodes) || !qualityCodes.every((x) => Number.isInteger(x))) throw new BadRequest('qualityCodes must be a list of integers.');
  const integrationCheck = b.integrationCheck ?? 'BLOCKING';
  if (!['BLOCKING', 'NON_BLOCKING', 'NONE'].includes(String(integrationCheck))) throw new BadRequest('integrationCheck is BLOCKING, NON_BLOCKING or NONE.');
  const periodRule = b.periodRule ?? 'REQUEST_DATE';
  if (!['REQUEST_DATE', 'REQUESTED_PERIOD'].includes(String(periodRule))) throw new BadRequest('periodRule is REQUEST_DATE or REQUESTED_PERIOD.');
  return {
    serviceId: b.serviceId,
    rule: {
      deliberation: typeof b.deliberation === 'string' ? b.deliberation : 'added through the admin API',
      requesterSector: Number(b.requesterSector ?? 17),
      requesterCbe: typeof b.requesterCbe === 'string' ? b.requesterCbe : null,
      operation: typeof b.operation === 'string' ? b.operation : '*',
      legalContexts: stringList(b.legalContexts ?? [], 'legalContexts'),
      roles: stringList(b.roles ?? [], 'roles'),
      qualityCodes: qualityCodes as number[],
      integrationCheck: integrationCheck as AuthorizationRule['integrationCheck'],
      periodRule: periodRule as AuthorizationRule['periodRule'],
      minPhase: Number(b.minPhase ?? 0),
      dataBlocks: stringList(b.dataBlocks ?? ['*'], 'dataBlocks'),
      validFrom: typeof b.validFrom === 'string' ? b.validFrom : '2005-01-01',
      validTo: typeof b.validTo === 'string' ? b.validTo : null,
    },
  };
}
