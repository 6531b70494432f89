import type { BatchFile, MediPrima } from './index';
import { batchFileNames } from './batch-file';
import { applyEvent, AppliedMutation, MediPrimaEvent } from './events';
import { MEMU_FLOW, memuFile } from './memu';

/**
 * Queues a batch file for an OCMW: the next sequence number of the day (unique per day, whatever
 * the flow or the OCMW), its name, its content; unsigned until it is first handed out.
 */
export function queueBatchFile(store: MediPrima, flow: string, ocmwCbe: string, at: Date, render: (sequence: number) => string): BatchFile {
  const day = at.toISOString().slice(0, 10);
  const sequence = store.nextSequence(day);
  return store.addFile({ name: batchFileNames({ flow, day, sequence }).data, flow, ocmwCbe, day, sequence, content: render(sequence), signature: null, createdAt: at.toISOString() });
}

/** One MEMU file per managing OCMW, for the mutations of the cards it manages. */
export function queueMemuFiles(store: MediPrima, applied: AppliedMutation[], at: Date): BatchFile[] {
  const byOcmw = new Map<string, AppliedMutation[]>();
  for (const a of applied) byOcmw.set(a.card.manager.cbe, [...(byOcmw.get(a.card.manager.cbe) ?? []), a]);
  return [...byOcmw].map(([cbe, mutations]) => queueBatchFile(store, MEMU_FLOW, cbe, at, (seq) => memuFile(cbe, mutations, at, seq)));
}

/** An event applied to the cards it concerns, and the MEMU files it produces, in one transaction. */
export function mutateCards(store: MediPrima, e: MediPrimaEvent, at: Date, options: { activatable?: boolean } = {}): { applied: AppliedMutation[]; files: BatchFile[] } {
  return store.transaction(() => {
    const applied = applyEvent(store, e, at, options);
    return { applied, files: queueMemuFiles(store, applied, at) };
  });
}
