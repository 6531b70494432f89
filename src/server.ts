import express, { NextFunction, Request, Response } from 'express';
import * as http from 'http';
import type { AppContext } from './app';
import { adminRouter } from './admin/routes';
import { explorerRouter } from './explorer/router';
import { readContract } from './contracts';
import { serviceAtPath } from './services/registry';
import { CONNECTOR_PATH, CONNECTOR_WSDL } from './server-paths';
import { handleNewStyle } from './pipeline/newStyle';
import { handleClassic } from './pipeline/classic';
import { faultXml, SoapFault } from './soap/envelope';
import type { HttpReply, IncomingCall } from './pipeline/http';
import { loadXsdInProcess } from './validation/xsd';

/**
 * Builds the HTTP application: admin routes, published contracts, and the two SOAP channels,
 * each handed to its pipeline. No business logic lives here.
 */
export function createHttpApp(app: AppContext): express.Express {
  const web = express();
  web.disable('x-powered-by');
  web.set('etag', false);

  web.use('/_admin', adminRouter(app));
  web.use(explorerRouter(app)); // the page at /, and a capture of SOAP bodies for its journal view

  web.get('/wsdl/*path', (req, res) => {
    const file = readContract((req.params as { path: string[] }).path.join('/'), app.config.baseUrl);
    if (!file) return void res.status(404).type('text/plain').send('No such contract file.');
    res.type('text/xml; charset=utf-8').send(file);
  });

  const soapBody = express.text({ type: () => true, limit: app.config.bodyLimit, defaultCharset: 'utf-8' });

  web.get(CONNECTOR_PATH, (req, res) => sendContract(res, req, CONNECTOR_WSDL, app));
  web.post(CONNECTOR_PATH, soapBody, (req, res) => {
    const started = Date.now();
    const reply = handleClassic(app, incoming(req));
    logExchange(app, req, reply, started);
    send(res, reply);
  });

  web.get('/SOA4520/*path', (req, res) => {
    const service = serviceAtPath(req.path);
    if (!service) return void notFound(res, req.path);
    sendContract(res, req, service.wsdl, app);
  });
  web.post('/SOA4520/*path', soapBody, (req, res) => {
    const service = serviceAtPath(req.path);
    if (!service) return void notFound(res, req.path);
    const started = Date.now();
    const reply = handleNewStyle(app, service, incoming(req));
    logExchange(app, req, reply, started);
    send(res, reply);
  });

  web.use((req, res) => notFound(res, req.path));
  web.use(errorHandler(app));
  return web;
}

function incoming(req: Request): IncomingCall {
  return {
    body: typeof req.body === 'string' ? req.body : '',
    authorization: req.get('authorization'),
    soapAction: req.get('soapaction'),
  };
}

/** One log line per exchange. */
function logExchange(app: AppContext, req: Request, reply: HttpReply, started: number): void {
  app.log.info({ path: req.path, status: reply.status, ms: Date.now() - started, ...reply.summary }, 'exchange');
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
  send(res, {
    status: 404,
    body: faultXml(new SoapFault('soapenv:Client', `No KSZ service is published at ${path}. GET /_admin/services lists them.`)),
  });
}

/** Body too large, unreadable charset, or anything unexpected: a SOAP fault, never a stack trace. */
function errorHandler(app: AppContext) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    const type = (err as { type?: string }).type;
    if (status >= 500) app.log.error({ err, path: req.path }, 'unexpected error');
    const message =
      type === 'entity.too.large'
        ? `The request body exceeds the limit of ${app.config.bodyLimit} bytes.`
        : status < 500
          ? 'The request could not be read.'
          : 'An error occurred while servicing your request.';
    send(res, { status, body: faultXml(new SoapFault(status < 500 ? 'soapenv:Client' : 'soapenv:Server', message)) });
  };
}

export interface RunningServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Starts listening; port 0 picks a free port (tests). XSD validation moves into this thread first where it can. */
export async function listen(app: AppContext, port: number, host: string): Promise<RunningServer> {
  await loadXsdInProcess();
  const web = createHttpApp(app);
  return new Promise((resolve, reject) => {
    const server = web.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
