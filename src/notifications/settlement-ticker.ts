import type { AppContext } from '../app';
import { settleDue } from '../sources/mediprima/produce';
import { writeOutbox } from './batch-outbox';

/** Runs the MediPrima settlements (N06) due on the emulator's clock and writes their files to the outbox. */
export function settleNow(app: AppContext): ReturnType<typeof settleDue> {
  const due = settleDue(app.mediprima, app.clock.now());
  if (due.files.length) writeOutbox(app);
  return due;
}

/**
 * Checks once a minute whether a settlement run fell due (the clock may also be moved forward by
 * PUT /_admin/clock); the admin routes run them too before they answer. Returns the stop function.
 */
export function startSettlementTicker(app: AppContext, everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    try {
      settleNow(app);
    } catch (err) {
      app.log.error({ err }, 'MediPrima settlement run failed');
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
