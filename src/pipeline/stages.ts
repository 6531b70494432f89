import type { Exchange } from './exchange';

/**
 * A step of an exchange. A stage reads and fills the exchange; it refuses by throwing (each
 * channel maps what was thrown to its own reply) or ends the exchange early by setting a reply.
 * Stages may be asynchronous; the synchronous ones run without a promise in between.
 */
export interface Stage<E extends Exchange = Exchange> {
  name: string;
  run(ex: E): void | Promise<void>;
}

/** Runs the stages in order until one throws or sets a reply. */
export function runStages<E extends Exchange>(stages: readonly Stage<E>[], ex: E): void | Promise<void> {
  for (let i = 0; i < stages.length; i++) {
    if (ex.reply) return;
    const pending = stages[i].run(ex);
    if (pending) return pending.then(() => runStages(stages.slice(i + 1), ex));
  }
}
