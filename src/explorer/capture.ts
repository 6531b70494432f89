import { createHash } from 'crypto';
import type { NextFunction, Request, Response } from 'express';
import { CONNECTOR_PATH } from '../server-paths';

/**
 * The journal keeps only SHA-256 hashes of requests and replies (security.md: the access log holds
 * no content). So that the explorer can show an exchange's request and reply side by side, this
 * keeps the bodies of the last exchanges in memory only, matched to journal rows by those hashes.
 * Nothing is written to disk, and a restart forgets them.
 */
export interface CapturedExchange {
  requestSha256: string;
  replySha256: string;
  request: string;
  reply: string;
  path: string;
  status: number;
  at: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Bodies longer than this are kept cut, with a note (the journal's hashes still match the whole). */
const MAX_KEPT = 256 * 1024;
const cap = (s: string) => (s.length > MAX_KEPT ? `${s.slice(0, MAX_KEPT)}\n<!-- ksz-emulator explorer: cut at ${MAX_KEPT} of ${s.length} characters -->` : s);

export class ExchangeCapture {
  private readonly items: CapturedExchange[] = [];

  constructor(readonly capacity = 200) {}

  add(e: Omit<CapturedExchange, 'requestSha256' | 'replySha256'>): void {
    // Hashes of the whole bodies (to match the journal); the bodies kept are capped, so that 200
    // exchanges near the body limit cannot take gigabytes.
    this.items.push({ ...e, request: cap(e.request), reply: cap(e.reply), requestSha256: sha256(e.request), replySha256: sha256(e.reply) });
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  /** The exchange of a journal row: by its reply hash (unique: every reply has its own ticket), else by its request hash. */
  find(replySha256?: string, requestSha256?: string): CapturedExchange | undefined {
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i].replySha256 === replySha256) return this.items[i];
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i].requestSha256 === requestSha256) return this.items[i];
    return undefined;
  }

  clear(): void {
    this.items.length = 0;
  }

  /**
   * Express middleware: on POSTs to the SOAP paths, records the body sent back with the request
   * body the SOAP route parsed (req.body is set by the time the reply is sent).
   */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'POST' || !(req.path.startsWith('/SOA4520/') || req.path === CONNECTOR_PATH)) return next();
      const send = res.send.bind(res);
      res.send = (body?: unknown) => {
        if (typeof body === 'string') {
          this.add({
            request: typeof req.body === 'string' ? req.body : '',
            reply: body,
            path: req.path,
            status: res.statusCode,
            at: new Date().toISOString(),
          });
        }
        return send(body);
      };
      next();
    };
  }
}
