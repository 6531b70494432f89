/**
 * The journal keeps only SHA-256 hashes of requests and replies (security.md: the access log holds
 * no content). So that the explorer can show an exchange's request and reply side by side, this
 * keeps the bodies of the last exchanges in memory only, found by the exchange's ticket (every
 * journal row of an exchange carries it). Nothing is written to disk, and a restart forgets them.
 */
export interface CapturedExchange {
  ticket: string;
  request: string;
  reply: string;
  path: string;
  status: number;
  at: string;
}

/** Bodies longer than this are kept cut, with a note (the journal's hashes still match the whole). */
const MAX_KEPT = 256 * 1024;
const cap = (s: string) => (s.length > MAX_KEPT ? `${s.slice(0, MAX_KEPT)}\n<!-- ksz-emulator explorer: cut at ${MAX_KEPT} of ${s.length} characters -->` : s);

export class ExchangeCapture {
  private readonly items = new Map<string, CapturedExchange>();

  constructor(readonly capacity = 200) {}

  add(e: CapturedExchange): void {
    // The bodies kept are capped, so that 200 exchanges near the body limit cannot take gigabytes.
    this.items.delete(e.ticket);
    this.items.set(e.ticket, { ...e, request: cap(e.request), reply: cap(e.reply) });
    // A Map iterates in insertion order: the first key is the oldest exchange.
    while (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value as string);
  }

  find(ticket: unknown): CapturedExchange | undefined {
    return typeof ticket === 'string' ? this.items.get(ticket) : undefined;
  }
}
