import * as fs from 'fs';
import * as path from 'path';
import type { AppContext } from '../app';
import type { BatchFile } from '../sources/mediprima';
import { batchBase } from '../sources/mediprima/batch-file';
import { emulatorCredentials } from '../security/testCa';
import { detachedSignature } from '../security/pkcs7';

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

/** <data-dir>/outbox/<kbo>/: where the batch files wait until the notifications deliver them. */
export function outboxDir(app: AppContext, cbe: string): string {
  return path.join(app.config.dataDir, 'outbox', cbe);
}

/**
 * Writes every batch file not yet on disk to its OCMW's outbox folder: the data file and its
 * signature first, the empty GO file last (it tells a reader the batch is complete). Nothing for
 * an in-memory emulator. Returns the names written.
 */
export function writeOutbox(app: AppContext): string[] {
  if (app.config.dataDir === ':memory:') return [];
  const written: string[] = [];
  for (const f of batchFiles(app)) {
    const dir = outboxDir(app, f.ocmwCbe);
    const { files } = viewOf(f);
    if (fs.existsSync(path.join(dir, files.go))) continue;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, files.data), f.content);
    fs.writeFileSync(path.join(dir, files.signature), f.signature!);
    fs.writeFileSync(path.join(dir, files.go), '');
    written.push(files.data, files.signature, files.go);
  }
  return written;
}
