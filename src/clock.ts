/**
 * The emulator's "now". Tests move it with PUT /_admin/clock; it then keeps running from the
 * time set (an offset to the real clock), so timestamps still advance between calls.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get isReal(): boolean {
    return this.offsetMs === 0;
  }

  /** The emulator's date as yyyy-mm-dd (UTC). */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}
