import type * as http from 'http';
import type { AppContext } from './app';
import type { ExchangeCapture } from './explorer/capture';
import type { HttpReply } from './pipeline/http';
import { channelFor } from './pipeline/channels';
import { CONNECTOR_PATH } from './server-paths';
import { faultXml, SoapFault } from './soap/envelope';

/**
 * The two SOAP channels over HTTP: POST to the SSDN connector path or under /SOA4520/. They carry
 * the load, so they are served straight from node:http, ahead of Express (whose router, request
 * and response objects and body parser cost about 0.14 ms a request, a sixth of a lookup; bench/).
 * A body Express must decode first (a Content-Encoding, a charset other than UTF-8) is left to the
 * Express route of server.ts, which ends in the same `soapExchange`.
 */
export interface SoapRequest {
  path: string;
  body: string;
  authorization?: string;
  soapAction?: string;
}

const isSoapPath = (path: string) => path === CONNECTOR_PATH || path.startsWith('/SOA4520/');

/** One exchange: the pipeline's reply, logged, kept for the explorer, with the headers to send. */
export function soapExchange(app: AppContext, capture: ExchangeCapture, req: SoapRequest): HttpReply | Promise<HttpReply> {
  const started = Date.now();
  const reply = serve(app, req);
  return reply instanceof Promise ? reply.then((r) => logged(app, capture, req, r, started)) : logged(app, capture, req, reply, started);
}

/** The channel a path belongs to serves it (channels.ts); a path no service has is a 404 fault. */
function serve(app: AppContext, req: SoapRequest): HttpReply | Promise<HttpReply> {
  const found = channelFor(req.path);
  return found ? found.channel.serve(app, req, found.service) : notFoundReply(req.path);
}

function logged(app: AppContext, capture: ExchangeCapture, req: SoapRequest, reply: HttpReply, started: number): HttpReply {
  app.log.info({ path: req.path, status: reply.status, ms: Date.now() - started, ...reply.summary }, 'exchange');
  const ticket = reply.summary?.ticket;
  if (typeof ticket === 'string') capture.add({ ticket, request: req.body, reply: reply.body, path: req.path, status: reply.status, at: new Date().toISOString() });
  return reply;
}

export function notFoundReply(path: string): HttpReply {
  return { status: 404, body: faultXml(new SoapFault('soapenv:Client', `No KSZ service is published at ${path}. GET /_admin/services lists them.`)) };
}

export function tooLargeReply(limit: number): HttpReply {
  return { status: 413, body: faultXml(new SoapFault('soapenv:Client', `The request body exceeds the limit of ${limit} bytes.`)) };
}

/** Writes a reply as the SOAP channels always do: text/xml in UTF-8, with its length. */
function writeReply(res: http.ServerResponse, reply: HttpReply): void {
  res.writeHead(reply.status, {
    ...reply.headers,
    'Content-Type': 'text/xml; charset=utf-8',
    'Content-Length': Buffer.byteLength(reply.body),
  });
  res.end(reply.body);
}

/**
 * Takes the SOAP POSTs it can read itself (plain UTF-8 bodies) and returns true; anything else
 * returns false untouched, for Express.
 */
export function soapFastPath(app: AppContext, capture: ExchangeCapture): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const limit = app.config.bodyLimit;
  return (req, res) => {
    if (req.method !== 'POST' || !req.url) return false;
    const q = req.url.indexOf('?');
    const path = q < 0 ? req.url : req.url.slice(0, q);
    if (!isSoapPath(path) || !plainUtf8(req.headers)) return false;

    if (Number(req.headers['content-length']) > limit) {
      refuse(req, res, tooLargeReply(limit));
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        return refuse(req, res, tooLargeReply(limit));
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      done = true; // the client went away: nothing to answer
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const unexpected = (err: unknown): HttpReply => {
        app.log.error({ err, path }, 'unexpected error');
        return { status: 500, body: faultXml(new SoapFault('soapenv:Server', 'An error occurred while servicing your request.')) };
      };
      let reply: HttpReply | Promise<HttpReply>;
      try {
        const body = Buffer.concat(chunks, size).toString('utf8');
        reply = soapExchange(app, capture, { path, body, authorization: header(req, 'authorization'), soapAction: header(req, 'soapaction') });
      } catch (err) {
        reply = unexpected(err);
      }
      if (reply instanceof Promise) reply.catch(unexpected).then((r) => writeReply(res, r));
      else writeReply(res, reply);
    });
    return true;
  };
}

/** Answers without reading the rest of the body, and closes the connection (the body is not drained). */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, reply: HttpReply): void {
  res.setHeader('Connection', 'close');
  writeReply(res, reply);
  req.resume();
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** No Content-Encoding, and UTF-8 or no charset (body-parser's default for text is UTF-8 too). */
function plainUtf8(headers: http.IncomingHttpHeaders): boolean {
  const encoding = headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return false;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers['content-type'] ?? '')?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}
