import { Request, Response, Router } from 'express';
import type { AppContext } from '../app';
import { REFUND_CODES } from '../sources/mediprima';
import { mutateCards } from '../sources/mediprima/produce';
import { batchFileContent, batchFiles, viewOf, writeOutbox } from '../notifications/batch-outbox';
import { parseEventRequest } from './mediprima-events';
import { settleNow } from '../notifications/settlement-ticker';
import type { Invoice } from '../sources/mediprima';

const param = (req: Request, name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);

/** An invoice with its amounts in euro, as the calculation file has them. */
const invoiceView = (i: Invoice) => ({ ...i, amounts: Object.fromEntries(Object.entries(i.amounts).map(([k, cents]) => [k, (cents / 100).toFixed(2)])) });

/**
 * MediPrima (src/sources/mediprima): GET /_admin/mediprima/cards (?ssin=, ?organisation=) the
 * cards as they are now, GET /_admin/mediprima/cards/{number} every version of one; POST
 * /_admin/mediprima/events a change at a source that MediPrima acts on (the cards concerned are
 * suspended and a MEMU file goes to each managing OCMW); GET /_admin/mediprima/files (?organisation=,
 * ?flow=) the batch files waiting for the notifications, GET /_admin/mediprima/files/{name} one
 * file (FO., FS. or GO.); GET /_admin/mediprima/settlements (?ssin=, ?organisation=, ?card=, ?day=)
 * the invoices settled (N06), POST /_admin/mediprima/settlements/run the runs due on the clock now;
 * GET /_admin/mediprima/refund-codes the modelled refund-code table. Reading the files or the
 * settlements first runs the settlements that fell due.
 */
export function mediprimaRouter(app: AppContext): Router {
  const r = Router();
  r.get('/mediprima/cards', (req, res) => {
    const [ssin, ocmw] = [param(req, 'ssin'), param(req, 'organisation')];
    const cards = ssin ? app.mediprima.cardsOf(ssin) : app.mediprima.allCards();
    res.json({ cards: cards.filter((c) => !ocmw || c.manager.cbe === ocmw) });
  });
  r.get('/mediprima/cards/:number', (req, res) => {
    const versions = app.mediprima.history(req.params.number);
    if (versions.length === 0) res.status(404).json({ error: `no card ${req.params.number}` });
    else res.json({ versions, mutations: app.mediprima.mutations(req.params.number) });
  });
  r.post('/mediprima/events', (req: Request, res: Response) => {
    const parsed = parseEventRequest(req.body);
    if (typeof parsed === 'string') {
      res.status(400).json({ error: parsed });
      return;
    }
    const { applied, files } = mutateCards(app.mediprima, parsed.event, app.clock.now(), { activatable: parsed.activatable });
    writeOutbox(app);
    res.json({
      mutations: applied.map((a) => ({ mutationNbr: a.mutation.mutationNbr, eCarmedNumber: a.card.eCarmedNumber, versionNbr: a.card.versionNbr, kind: a.mutation.kind, organisation: a.card.manager.cbe, cardStatus: a.card.status })),
      files: files.map(viewOf),
    });
  });
  r.get('/mediprima/files', (req, res) => {
    settleNow(app);
    res.json({ files: batchFiles(app, { ocmw: param(req, 'organisation'), flow: param(req, 'flow') }).map(viewOf) });
  });
  r.get('/mediprima/files/:name', (req, res) => {
    const content = batchFileContent(app, req.params.name);
    if (content === undefined) res.status(404).json({ error: `no batch file ${req.params.name}` });
    else res.type(req.params.name.startsWith('FO.') ? 'application/xml' : 'text/plain').send(content);
  });
  r.get('/mediprima/settlements', (req, res) => {
    settleNow(app);
    const invoices = app.mediprima.invoices({ ssin: param(req, 'ssin'), ocmw: param(req, 'organisation'), eCarmedNumber: param(req, 'card'), settlementDate: param(req, 'day') });
    res.json({ runs: app.mediprima.runDays(), invoices: invoices.map(invoiceView) });
  });
  r.post('/mediprima/settlements/run', (_req, res) => {
    const due = settleNow(app);
    res.json({ invoices: due.invoices.map(invoiceView), files: due.files.map(viewOf) });
  });
  r.get('/mediprima/refund-codes', (_req, res) => res.json({ refundCodes: REFUND_CODES }));
  return r;
}
