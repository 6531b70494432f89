import type { BatchFile, MediPrima } from './index';
import { batchFileNames } from './batch-file';
import { applyEvent, AppliedMutation, MediPrimaEvent } from './events';
import { MEMU_FLOW, memuFile } from './memu';
import { COVERS } from './model';
import { careMonths, Invoice, invoiceFor, monthOf, previousMonth, runDaysBetween } from './settlement';
import { CALCULATION_FLOW, calculationFile } from './calculation';

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

/** The moment of a run day MediPrima settles at (06:00 UTC): what the cards were then is what it settles. */
const runMoment = (day: string): string => `${day}T06:00:00.000Z`;

/**
 * One settlement run (N06): the care not settled yet of every card as it stood that morning, not
 * cancelled, until the end of the month before; one calculation file per OCMW that has invoices.
 */
export function runSettlement(store: MediPrima, day: string): { invoices: Invoice[]; files: BatchFile[] } {
  return store.transaction(() => {
    const at = runMoment(day);
    const lastMonth = previousMonth(monthOf(day));
    const invoices: Invoice[] = [];
    for (const number of store.numbersBy(at)) {
      const card = store.versionAt(number, at);
      if (!card || card.status === 'CANCELLED') continue;
      for (const month of careMonths(card, lastMonth))
        for (const cover of COVERS) {
          if (store.isSettled(number, cover, month)) continue;
          const invoice = invoiceFor(card, cover, month, day);
          if (invoice) invoices.push(store.addInvoice({ invoiceNumber: `${day.replace(/-/g, '')}${String(invoices.length + 1).padStart(4, '0')}`, ...invoice }));
        }
    }
    store.recordRun(day, invoices.length);
    const byOcmw = new Map<string, Invoice[]>();
    for (const i of invoices) byOcmw.set(i.ocmwCbe, [...(byOcmw.get(i.ocmwCbe) ?? []), i]);
    const files = [...byOcmw].map(([cbe, own]) => queueBatchFile(store, CALCULATION_FLOW, cbe, new Date(at), (seq) => calculationFile(cbe, own, new Date(at), seq)));
    return { invoices, files };
  });
}

/**
 * The settlement runs due by `now` (the emulator's clock) and not done yet, in order: from the
 * first run day after the first card was written. Run lazily (admin reads, the start, a ticker),
 * each run settles the cards as they stood on its own day, so when it runs changes nothing.
 */
export function settleDue(store: MediPrima, now: Date): { invoices: Invoice[]; files: BatchFile[] } {
  const first = store.firstWritten();
  if (!first) return { invoices: [], files: [] };
  const done = store.runDays();
  const from = done.length ? done[done.length - 1] : first.slice(0, 10);
  const out = { invoices: [] as Invoice[], files: [] as BatchFile[] };
  for (const day of runDaysBetween(from, now.toISOString().slice(0, 10))) {
    if (done.includes(day) || runMoment(day) > now.toISOString()) continue;
    const run = runSettlement(store, day);
    out.invoices.push(...run.invoices);
    out.files.push(...run.files);
  }
  return out;
}
