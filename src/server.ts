import express, { NextFunction, Request, Response } from 'express';
import * as http from 'http';
import type { AppContext } from './app';
import { adminRouter } from './admin/routes';
import { explorerRouter } from './explorer/router';
import { ExchangeCapture } from './explorer/capture';
import { readContract } from './contracts';
import { serviceAtPath } from './services/registry';
import { CONNECTOR_PATH, CONNECTOR_WSDL } from './server-paths';
import { faultXml, SoapFault } from './soap/envelope';
import type { HttpReply } from './pipeline/http';
import { notFoundReply, soapExchange, soapFastPath, tooLargeReply } from './soap-endpoints';
import { loadXsdInProcess } from './validation/xsd';
import { startHooks, stopHooks } from './lifecycle';
import { startBatchDelivery } from './notifications/batch-delivery';

/**
 * Builds the Express application: admin routes, the explorer, published contracts, and the SOAP
 * channels for the bodies the fast path of soap-endpoints.ts leaves to it. No business logic lives here.
 */
export function createHttpApp(app: AppContext, capture: ExchangeCapture): express.Express {
  const web = express();
  web.disable('x-powered-by');
  web.set('etag', false);

  // The SOAP POSTs are mostly served ahead of Express (soap-endpoints.ts); these routes take the
  // bodies Express must decode first (compressed, or in another charset).
  const soapBody = express.text({ type: () => true, limit: app.config.bodyLimit, defaultCharset: 'utf-8' });
  const soapRoute = async (req: Request, res: Response) => {
    const reply = await soapExchange(app, capture, {
      path: req.path,
      body: typeof req.body === 'string' ? req.body : '',
      authorization: req.get('authorization'),
      soapAction: req.get('soapaction'),
    });
    send(res, reply);
  };
  web.post(CONNECTOR_PATH, soapBody, soapRoute);
  web.post('/SOA4520/*path', soapBody, soapRoute);

  web.use('/_admin', adminRouter(app));
  web.use(explorerRouter(app, capture)); // the page at / and its API

  web.get('/wsdl/*path', (req, res) => {
    const file = readContract((req.params as { path: string[] }).path.join('/'), app.config.baseUrl);
    if (!file) return void res.status(404).type('text/plain').send('No such contract file.');
    res.type('text/xml; charset=utf-8').send(file);
  });
  web.get(CONNECTOR_PATH, (req, res) => sendContract(res, req, CONNECTOR_WSDL, app));
  web.get('/SOA4520/*path', (req, res) => {
    const service = serviceAtPath(req.path);
    if (!service) return void notFound(res, req.path);
    sendContract(res, req, service.wsdl, app);
  });

  web.use((req, res) => notFound(res, req.path));
  web.use(errorHandler(app));
  return web;
}

function send(res: Response, reply: HttpReply): void {
  res.status(reply.status).set(reply.headers ?? {}).type('text/xml; charset=utf-8').send(reply.body);
}

function sendContract(res: Response, req: Request, file: string, app: AppContext): void {
  const wantsWsdl = Object.keys(req.query).some((k) => k.toLowerCase() === 'wsdl');
  if (!wantsWsdl) {
    res.status(405).type('text/plain').send('This is a SOAP endpoint: POST a SOAP 1.1 envelope, or GET ?wsdl for its contract.');
    return;
  }
  res.type('text/xml; charset=utf-8').send(readContract(file, app.config.baseUrl));
}

function notFound(res: Response, path: string): void {
  send(res, notFoundReply(path));
}

/** Body too large, unreadable charset, or anything unexpected: a SOAP fault, never a stack trace. */
function errorHandler(app: AppContext) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    const type = (err as { type?: string }).type;
    if (status >= 500) app.log.error({ err, path: req.path }, 'unexpected error');
    if (type === 'entity.too.large') return void send(res, tooLargeReply(app.config.bodyLimit));
    const message = status < 500 ? 'The request could not be read.' : 'An error occurred while servicing your request.';
    send(res, { status, body: faultXml(new SoapFault(status < 500 ? 'soapenv:Client' : 'soapenv:Server', message)) });
  };
}

export interface RunningServer {
  server: http.Server;
  url: string;
  /** The port of the SFTP server of the outbox files, when one runs (config.sftpPort). */
  sftpPort: number | null;
  close(): Promise<void>;
}

/** Starts listening; port 0 picks a free port (tests). XSD validation moves into this thread first where it can. */
export async function listen(app: AppContext, port: number, host: string): Promise<RunningServer> {
  await loadXsdInProcess();
  const capture = new ExchangeCapture(200);
  const web = createHttpApp(app, capture);
  const soap = soapFastPath(app, capture);
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => {
      if (!soap(req, res)) web(req, res);
    });
    server.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
      // The sources' and services' workers run while the server listens (src/lifecycle.ts).
      startHooks(app, url)
        .then(() => startBatchDelivery(app, host))
        .then(
          (batches) =>
            resolve({
              server,
              url,
              sftpPort: batches.sftp?.port ?? null,
              close: async () => {
                await batches.stop();
                await stopHooks(app);
                await new Promise<void>((done) => server.close(() => done()));
              },
            }),
          (err) => stopHooks(app).finally(() => server.close(() => reject(err))),
        );
    });
  });
}
