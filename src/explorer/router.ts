import * as path from 'path';
import express, { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import { PROJECT_ROOT } from '../paths';
import { PERSONA_OCMW_NIS, PERSONAS } from '../../fixtures/personas';
import { answerOf, outcomesFor } from '../personas/outcomes';
import { endpointOf } from '../pipeline/channels';
import { ExchangeCapture } from './capture';
import { describeCode, describeStep } from './explain';
import { catalogView, contractOf, serviceByKey, serviceSummary } from './model';
import { buildSample, SAMPLE_DOCUMENT } from './samples';
import { validateDocument } from './validate';

/**
 * The explorer: the page at / (a small hand-written front end under src/explorer/public, no
 * build step, no CDN) and the JSON it reads under /_explorer/api. It also keeps the bodies of
 * the last exchanges (capture.ts, filled by the SOAP routes of server.ts) to show them in the journal view.
 */
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'src', 'explorer', 'public');

export function explorerRouter(app: AppContext, capture: ExchangeCapture): Router {
  const r = Router();

  const page = (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(PUBLIC_DIR, 'index.html'));
  };
  r.get('/', page);
  r.get('/_explorer', page);
  r.use('/_explorer/static', express.static(PUBLIC_DIR, { index: false, maxAge: 0 }));

  const api = Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(express.text({ type: ['text/*', 'application/xml', 'application/soap+xml'], limit: app.config.bodyLimit }));

  api.get('/catalog', (_req, res) => {
    // The OCMW that integrated the personas: the page's default organisation for "try it".
    const personaOrganisation = app.directory.organisations().find((o) => o.nis_code === PERSONA_OCMW_NIS)?.cbe_number;
    res.json({ ...catalogView(app.config.baseUrl), baseUrl: app.config.baseUrl, securityMode: app.config.securityMode, personaOrganisation });
  });

  api.get('/services/:key', (req, res) => {
    const service = serviceByKey(req.params.key);
    if (!service) return void res.status(404).json({ error: `No service ${req.params.key}.` });
    const contract = contractOf(service);
    res.json({
      ...serviceSummary(service, app.config.baseUrl),
      operations: contract.operations,
      files: contract.set.files.map((f) => ({ ...f, url: `${app.config.baseUrl}/wsdl/${f.path}` })),
      authorizations: app.authorizations.all().filter((a) => a.serviceId === service.id),
      codeLists: service.codeLists ?? [],
      // What the personas get (src/personas/outcomes.ts, proved by test/e2e/persona-outcomes.test.ts).
      personaAnswers: PERSONAS.filter((p) => answerOf(p.key, service.id)).map((p) => ({ key: p.key, ssin: p.ssin, name: p.name, answer: answerOf(p.key, service.id) })),
      personaOutcomes: outcomesFor(service.id).filter((o) => contract.operations.some((op) => op.name === o.operation)).map((o) => {
        const p = PERSONAS.find((x) => x.key === o.persona)!;
        return { ...o, ssin: p.ssin, name: p.name };
      }),
    });
  });

  // The element tree of one global element of the service's contract.
  api.get('/services/:key/tree', (req, res) => {
    const service = serviceByKey(req.params.key);
    const ns = typeof req.query.ns === 'string' ? req.query.ns : '';
    const name = typeof req.query.name === 'string' ? req.query.name : '';
    const tree = service && contractOf(service).set.elementTree(ns, name);
    if (!tree) return void res.status(404).json({ error: `No element {${ns}}${name} in this contract.` });
    res.json(tree);
  });

  api.get('/services/:key/sample', (req, res) => {
    const service = serviceByKey(req.params.key);
    if (!service) return void res.status(404).json({ error: `No service ${req.params.key}.` });
    const q = (k: string) => (typeof req.query[k] === 'string' ? (req.query[k] as string) : undefined);
    const org =
      app.directory.organisation(q('org') ?? '') ??
      app.directory.organisations().find((o) => o.nis_code === PERSONA_OCMW_NIS) ??
      app.directory.organisations()[0];
    const role = q('role') ?? 'SOCIAL_WORKER';
    const ssin = (q('ssin') ?? PERSONAS[0].ssin).replace(/\D/g, '');
    const operation = q('operation') ?? contractOf(service).operations[0]?.name ?? '';
    const sample = buildSample(app, service, operation, { ssin, cbe: org.cbe_number, role });
    const credential = app.directory.credentials(org.cbe_number).find((c) => c.role === role) ?? app.directory.credentials(org.cbe_number)[0];
    const endpoint = endpointOf(service);
    const op = endpoint.operations.find((o) => o.name === operation);
    res.json({
      operation,
      document: sample.document,
      legalContext: sample.legalContext,
      check: validateDocument(sample.document),
      send: {
        style: service.style,
        path: endpoint.path,
        soapAction: op?.soapAction,
        basicAuth: endpoint.authentication === 'basic' ? credential && { username: credential.username, password: credential.password } : undefined,
        wrap: SAMPLE_DOCUMENT[service.style].wrap,
      },
    });
  });

  // Checks a document against its service's contract (the same check as `ksz-emulator validate FILE`).
  api.post('/validate', (req, res) => {
    const xml = typeof req.body === 'string' ? req.body : typeof req.body?.xml === 'string' ? req.body.xml : '';
    if (!xml.trim()) return void res.status(400).json({ error: 'Send the XML document as the request body (Content-Type text/xml).' });
    res.json(validateDocument(xml));
  });

  api.get('/journal', (req, res) => {
    const q = (k: string) => (typeof req.query[k] === 'string' && req.query[k] !== '' ? (req.query[k] as string) : undefined);
    const after = Number(q('after') ?? 0);
    const ticket = q('ticket');
    const rows = app.journal.recent({
      ssin: q('ssin'),
      organisation: q('organisation'),
      service: q('service'),
      decision: q('decision'),
      limit: ticket ? 1000 : Number(q('limit') ?? 100),
    });
    res.json(rows.filter((row) => Number(row.id) > after && (!ticket || row.ticket === ticket)).map((row) => explained(row, capture)));
  });

  api.get('/journal/:id', (req, res) => {
    const row = app.db.prepare('SELECT * FROM audit_exchange WHERE id = ?').get(Number(req.params.id)) as Record<string, unknown> | undefined;
    if (!row) return void res.status(404).json({ error: 'No such journal row.' });
    const bodies = capture.find(row.ticket);
    res.json({ ...explained(row, capture), request: bodies?.request, reply: bodies?.reply });
  });

  api.use((_req, res) => void res.status(404).json({ error: 'No such explorer route.' }));
  r.use('/_explorer/api', api);
  return r;
}

/** A journal row with its code and refusal explained, and whether its bodies are still in memory. */
function explained(row: Record<string, unknown>, capture: ExchangeCapture) {
  return {
    ...row,
    codeText: describeCode(row.code as string | null),
    stepText: describeStep(row.failed_step as string | null),
    bodiesKept: !!capture.find(row.ticket),
  };
}
