import express, { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import { personaViews } from '../personas/outcomes';
import { SERVICES } from '../services/registry';
import { contractUrl } from '../contracts';
import { endpointOf } from '../pipeline/channels';
import { certificateInfo, certificateRouter } from '../security/admin';
import { directoryRouter } from './directory';
import { faultsRouter } from './faults';
import { podmiRouter } from './podmi';
import { alertsRouter } from './alerts';
import { mediprimaRouter } from './mediprima';
import { eventsRouter } from './events';
import { batchFilesRouter } from './batch-files';
import { novaRouter } from './nova';
import { xsdValidationMode } from '../validation/xsd';

/**
 * The admin contract (ARCHITECTURE.md): routes that tests, tools and users rely on.
 * JSON in, JSON out; never reachable through the SOAP paths.
 */
export function adminRouter(app: AppContext): Router {
  const r = Router();
  r.use(express.json({ limit: '1mb' }));
  r.use('/directory', directoryRouter(app));

  r.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      now: app.clock.now().toISOString(),
      clock: app.clock.isReal ? 'real' : 'set',
      services: SERVICES.length,
      persons: app.rr.count() + app.bis.count(),
      baseUrl: app.config.baseUrl,
      xsdValidation: xsdValidationMode(),
    });
  });

  r.get('/services', (_req, res) => {
    const base = app.config.baseUrl;
    res.json(
      SERVICES.map((s) => {
        const endpoint = endpointOf(s);
        return {
          id: s.id,
          name: s.name,
          style: s.style,
          contract: s.contract,
          version: s.version,
          serviceId: endpoint.serviceId,
          path: endpoint.path,
          wsdl: `${base}${endpoint.wsdl}`,
          contractFiles: endpoint.contractFiles.map((x) => contractUrl(base, x)),
          operations: endpoint.operations.map((o) => o.name),
          soapActions: endpoint.operations.map((o) => o.soapAction),
          // The catalog row of each operation (one contract may cover several rows).
          catalogIds: Object.fromEntries(endpoint.operations.map((o) => [o.name, o.id])),
          authentication: endpoint.authentication,
        };
      }),
    );
  });

  // The personas with their outcomes (src/personas/outcomes.ts) and, derived from them, `answers` per service ID.
  r.get('/personas', (_req, res) => {
    res.json(personaViews());
  });

  r.get('/organizations', (_req, res) => {
    res.json(
      app.directory.organisations().map((o) => ({
        cbeNumber: o.cbe_number,
        name: o.name_nl,
        nameFr: o.name_fr,
        nisCode: o.nis_code,
        sector: o.sector,
        subSector: o.sub_sector,
        language: o.language,
        users: app.directory.users(o.cbe_number).map((u) => ({ userId: u.user_id, email: u.email, role: u.role, name: u.name })),
        basicAuth: app.directory.credentials(o.cbe_number).map((c) => ({ username: c.username, password: c.password, role: c.role })),
        certificate: certificateInfo(app, o.cbe_number),
      })),
    );
  });

  r.post('/reset', (_req, res) => {
    app.reset();
    res.json({ status: 'reset', persons: app.rr.count() + app.bis.count() });
  });

  const journalFilter = (req: Request) => {
    const q = (k: string) => (typeof req.query[k] === 'string' ? (req.query[k] as string) : undefined);
    return { ssin: q('ssin'), organisation: q('organisation'), service: q('service'), decision: q('decision'), limit: q('limit') ? Number(q('limit')) : undefined };
  };
  r.get('/journal', (req, res) => {
    res.json(app.journal.recent(journalFilter(req)));
  });
  // The whole access log (same filters), oldest first, one JSON object per line.
  r.get('/journal/export', (req, res) => {
    res.type('application/x-ndjson');
    res.set('Content-Disposition', 'attachment; filename="ksz-emulator-journal.jsonl"');
    for (const row of app.journal.iterate(journalFilter(req))) res.write(JSON.stringify(row) + '\n');
    res.end();
  });

  r.get('/clock', (_req, res) => res.json(clockState(app)));
  r.put('/clock', (req: Request, res: Response) => {
    const now = typeof req.body?.now === 'string' ? new Date(req.body.now) : undefined;
    if (!now || Number.isNaN(now.getTime())) {
      res.status(400).json({ error: 'Send {"now": "<ISO 8601 date-time>"}, e.g. {"now": "2026-01-31T10:00:00Z"}.' });
      return;
    }
    app.clock.set(now);
    res.json(clockState(app));
  });
  r.delete('/clock', (_req, res) => {
    app.clock.reset();
    res.json(clockState(app));
  });

  r.use(faultsRouter(app));
  r.use(podmiRouter(app));
  r.use(alertsRouter(app));
  r.use(mediprimaRouter(app));
  r.use(eventsRouter(app));
  r.use(batchFilesRouter(app));
  r.use(novaRouter(app));

  // WS-Security test certificates (issue #3): PEM downloads of keys and certificates.
  r.use(certificateRouter(app));

  r.use((_req, res) => res.status(404).json({ error: 'No such admin route.' }));
  return r;
}

function clockState(app: AppContext) {
  return { now: app.clock.now().toISOString(), mode: app.clock.isReal ? 'real' : 'set' };
}
