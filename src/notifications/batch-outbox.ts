import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { AppContext } from '../app';
import type { BatchFile } from '../sources/mediprima';
import { batchBase } from '../sources/mediprima/batch-file';
import { emulatorCredentials } from '../security/testCa';
import { detachedSignature } from '../security/pkcs7';
import type { Notification } from '../sources/notifications';
import { notificationBatchContent, notificationBatchNames } from './noti-batch';

/** A batch as the admin API lists it: its three file names and who it is for. */
export interface BatchView {
  organisation: string;
  flow: string;
  day: string;
  sequence: number;
  createdAt: string;
  files: { data: string; signature: string; go: string };
}

export const viewOf = (f: BatchFile): BatchView => {
  const base = batchBase(f.name);
  return { organisation: f.ocmwCbe, flow: f.flow, day: f.day, sequence: f.sequence, createdAt: f.createdAt, files: { data: `FO.${base}.1.1`, signature: `FS.${base}.1.1`, go: `GO.${base}.1` } };
};

/** Signs the batch files not signed yet, with the emulator's certificate (issued by its test CA), at their creation time. */
export function signPending(app: AppContext, files: BatchFile[]): BatchFile[] {
  const pending = files.filter((f) => f.signature === null);
  if (pending.length === 0) return files;
  const signer = emulatorCredentials(app);
  for (const f of pending) {
    f.signature = detachedSignature(f.content, signer, new Date(f.createdAt));
    app.mediprima.setSignature(f.name, f.signature);
  }
  return files;
}

/** The batch files of an OCMW and/or flow, signed. */
export function batchFiles(app: AppContext, filter: { ocmw?: string; flow?: string } = {}): BatchFile[] {
  return signPending(app, app.mediprima.files(filter));
}

/** One file of a batch by its name (FO., FS. or GO.): its content, or undefined. */
export function batchFileContent(app: AppContext, name: string): string | undefined {
  const base = name.match(/^(?:FO|FS)\.(.+)\.1\.1$/)?.[1] ?? name.match(/^GO\.(.+)\.1$/)?.[1];
  if (!base) return undefined;
  const file = app.mediprima.file(`FO.${base}.1.1`);
  if (!file) return undefined;
  if (name.startsWith('FO.')) return file.content;
  if (name.startsWith('GO.')) return '';
  return signPending(app, [file])[0].signature!;
}

/** One file of an organisation's outbox folder, as it is written to disk and served over SFTP. */
export interface OutboxFile {
  name: string;
  content: string;
  createdAt: string;
}

/** The signatures of the NOTI files made so far (signing is the costly part; the same bytes give the same signature). */
const notiSignatures = new WeakMap<AppContext, Map<string, string>>();
const KEPT_SIGNATURES = 5000;

function notiSignature(app: AppContext, name: string, content: string, createdAt: string): string {
  let kept = notiSignatures.get(app);
  if (!kept) notiSignatures.set(app, (kept = new Map()));
  // Keyed by the content too: after a reset the same name may hold another notification.
  const key = `${name}:${createHash('sha256').update(content).digest('base64')}`;
  let signature = kept.get(key);
  if (signature === undefined) {
    signature = detachedSignature(content, emulatorCredentials(app), new Date(createdAt));
    if (kept.size >= KEPT_SIGNATURES) kept.delete(kept.keys().next().value!);
    kept.set(key, signature);
  }
  return signature;
}

/** The three files of one outbox notification's NOTI batch: data, detached signature, empty GO. */
export function notificationBatchFiles(app: AppContext, n: Notification): OutboxFile[] {
  const names = notificationBatchNames(n);
  const content = notificationBatchContent(n);
  return [
    { name: names.data, content, createdAt: n.createdAt },
    { name: names.signature, content: notiSignature(app, names.data, content, n.createdAt), createdAt: n.createdAt },
    { name: names.go, content: '', createdAt: n.createdAt },
  ];
}

function mediprimaBatchFiles(f: BatchFile): OutboxFile[] {
  const { files } = viewOf(f);
  return [
    { name: files.data, content: f.content, createdAt: f.createdAt },
    { name: files.signature, content: f.signature!, createdAt: f.createdAt },
    { name: files.go, content: '', createdAt: f.createdAt },
  ];
}

/**
 * Everything in an organisation's outbox folder, oldest batch first: its MediPrima batches
 * (MEMU, MECA) and one NOTI batch per notification of its outbox (N01–N13). Built from the
 * database, so an in-memory emulator serves the same files over SFTP as one that writes them.
 */
export function outboxFiles(app: AppContext, cbe: string): OutboxFile[] {
  const batches = [...batchFiles(app, { ocmw: cbe }).map(mediprimaBatchFiles), ...app.notifications.outbox(cbe, 0, Number.MAX_SAFE_INTEGER).map((n) => notificationBatchFiles(app, n))];
  return batches.sort((a, b) => (a[0].createdAt < b[0].createdAt ? -1 : a[0].createdAt > b[0].createdAt ? 1 : 0)).flat();
}

/** <data-dir>/outbox/<kbo>/: where the batch files wait until the organisation fetches them. */
export function outboxDir(app: AppContext, cbe: string): string {
  return path.join(app.config.dataDir, 'outbox', cbe);
}

/** How far each organisation's NOTI files are on disk (per app: tests run several emulators in one process). */
const notiWritten = new WeakMap<AppContext, Map<string, number>>();

/**
 * Writes one batch's files to its organisation's folder unless its GO file is there: the data
 * file and its signature first, the empty GO file last (it tells a reader the batch is complete).
 */
function writeBatch(dir: string, files: OutboxFile[], written: string[]): void {
  const go = files[files.length - 1];
  if (fs.existsSync(path.join(dir, go.name))) return;
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.content);
  written.push(...files.map((f) => f.name));
}

/**
 * Writes every batch not yet on disk to its organisation's outbox folder: the MediPrima batches
 * and the NOTI batch of each new notification. Nothing for an in-memory emulator. Returns the
 * names written.
 */
export function writeOutbox(app: AppContext): string[] {
  if (app.config.dataDir === ':memory:') return [];
  const written: string[] = [];
  for (const f of batchFiles(app)) writeBatch(outboxDir(app, f.ocmwCbe), mediprimaBatchFiles(f), written);
  let cursors = notiWritten.get(app);
  if (!cursors) notiWritten.set(app, (cursors = new Map()));
  for (const { organisation, last } of app.notifications.lastSequences()) {
    const from = cursors.get(organisation) ?? 0;
    if (last <= from) continue;
    for (const n of app.notifications.outbox(organisation, from, last - from)) writeBatch(outboxDir(app, organisation), notificationBatchFiles(app, n), written);
    cursors.set(organisation, last);
  }
  return written;
}

/** After a reset the outboxes start again at sequence 1: the folders of the old ones go, and the writer starts over. */
export function clearOutbox(app: AppContext): void {
  notiWritten.delete(app);
  if (app.config.dataDir !== ':memory:') fs.rmSync(path.join(app.config.dataDir, 'outbox'), { recursive: true, force: true });
}
