/**
 * Signatures already accepted, kept until their Timestamp (plus skew) has expired: the same
 * signature value seen again inside that window is a replayed message. One cache per emulator;
 * pruned as it grows, and bounded so a flood cannot exhaust memory.
 */
export class ReplayCache {
  private readonly seen = new Map<string, number>();
  private inserts = 0;

  constructor(private readonly maxEntries = 100_000) {}

  /** True when the key was seen and its window has not ended at `nowMs`. */
  has(key: string, nowMs: number): boolean {
    const until = this.seen.get(key);
    return until !== undefined && until >= nowMs;
  }

  remember(key: string, untilMs: number, nowMs: number): void {
    this.seen.set(key, untilMs);
    if (++this.inserts % 256 === 0 || this.seen.size > this.maxEntries) this.prune(nowMs);
  }

  prune(nowMs: number): void {
    for (const [key, until] of this.seen) if (until < nowMs) this.seen.delete(key);
    // Still too many live entries: drop the oldest inserted (Map keeps insertion order).
    for (const key of this.seen.keys()) {
      if (this.seen.size <= this.maxEntries) break;
      this.seen.delete(key);
    }
  }

  get size(): number {
    return this.seen.size;
  }
}
