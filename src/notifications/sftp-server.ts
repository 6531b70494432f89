import { createHash } from 'crypto';
import * as posix from 'path/posix';
import { AddressInfo } from 'net';
import { Server, utils, type Connection, type SFTPWrapper, type FileEntry, type Attributes } from 'ssh2';
import type { AppContext } from '../app';
import { securityState } from '../security/testCa';
import { outboxFiles, type OutboxFile } from './batch-outbox';
import { organisationOfPassword, organisationSshKeys } from './sftp-accounts';

const { STATUS_CODE, OPEN_MODE } = utils.sftp;

/**
 * The social-security file transfer as a vendor's software uses it: an SFTP server on a loopback
 * port where each organisation logs in with its own credentials (sftp-accounts.ts) and finds its
 * outbox folder at "/": the MediPrima batches and the NOTI batch of each notification, FO/FS/GO
 * (batch-outbox.ts). The folder is read-only: KSZ's files are fetched, not changed.
 */
export interface RunningSftpServer {
  port: number;
  /** The host key's SHA-256 fingerprint, as `ssh-keygen -lf` prints it (SHA256:…). */
  fingerprint: string;
  close(): Promise<void>;
}

const HOST_KEY_FILE = 'sftp-host.ed25519.key';
const READ_ONLY = 'The KSZ outbox is read-only: fetch the files, do not change them.';

/** The server's host key: made once and kept in <data-dir>/certs, so a client's known_hosts stays valid across restarts. */
function hostKey(app: AppContext): string {
  const { store } = securityState(app);
  let key = store.read(HOST_KEY_FILE);
  if (!key) {
    key = utils.generateKeyPairSync('ed25519').private;
    store.write(HOST_KEY_FILE, key, true);
  }
  return key;
}

export function hostKeyFingerprint(app: AppContext): string {
  const parsed = utils.parseKey(hostKey(app));
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key instanceof Error) throw key;
  return `SHA256:${createHash('sha256').update(key.getPublicSSH()).digest('base64').replace(/=+$/, '')}`;
}

export function startSftpServer(app: AppContext, port: number, host: string): Promise<RunningSftpServer> {
  const connections = new Set<Connection>();
  const server = new Server({ hostKeys: [hostKey(app)], ident: 'KSZ-BCSS-emulator' }, (client) => {
    connections.add(client);
    client.on('close', () => connections.delete(client));
    // A client that goes away mid-handshake is its own business, never the emulator's crash.
    client.on('error', (err) => app.log.debug({ err }, 'SFTP client error'));
    let organisation: string | undefined;
    client.on('authentication', (ctx) => {
      if (ctx.method === 'password') {
        organisation = organisationOfPassword(app, ctx.username, ctx.password);
        return organisation ? ctx.accept() : ctx.reject(['password', 'publickey']);
      }
      if (ctx.method === 'publickey' && app.directory.organisation(ctx.username)) {
        const key = organisationSshKeys(app, ctx.username).find((k) => k.type === ctx.key.algo && k.getPublicSSH().equals(ctx.key.data));
        if (!key) return ctx.reject(['password', 'publickey']);
        // Without a signature the client only asks whether the key would do.
        if (!ctx.signature) return ctx.accept();
        if (!ctx.blob || !key.verify(ctx.blob, ctx.signature, ctx.hashAlgo)) return ctx.reject(['password', 'publickey']);
        organisation = ctx.username;
        return ctx.accept();
      }
      ctx.reject(['password', 'publickey']);
    });
    client.on('ready', () => {
      app.log.info({ organisation }, 'SFTP login');
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        // Only the sftp subsystem: shell and exec requests have no listener and are refused.
        session.on('sftp', (acceptSftp) => serveOutbox(app, acceptSftp(), organisation!));
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.on('error', (err: Error) => app.log.error({ err }, 'SFTP server error'));
      resolve({
        port: (server.address() as AddressInfo).port,
        fingerprint: hostKeyFingerprint(app),
        close: () =>
          new Promise<void>((done) => {
            for (const c of connections) c.end();
            server.close(() => done());
          }),
      });
    });
  });
}

type Handle = { kind: 'file'; file: OutboxFile; bytes: Buffer } | { kind: 'dir'; entries: FileEntry[]; listed: boolean };

/** The SFTP requests on one session, answered from the organisation's outbox as it stands when a file or the folder is opened. */
function serveOutbox(app: AppContext, sftp: SFTPWrapper, organisation: string): void {
  const handles = new Map<number, Handle>();
  let nextHandle = 1;
  const open = (h: Handle): Buffer => {
    const id = nextHandle++;
    handles.set(id, h);
    const b = Buffer.alloc(4);
    b.writeUInt32BE(id);
    return b;
  };
  const handleOf = (b: Buffer): Handle | undefined => (b.length === 4 ? handles.get(b.readUInt32BE(0)) : undefined);
  const files = () => outboxFiles(app, organisation);
  /** A client path ("FO.…", "/FO.…", "./x/../FO.…") as a name in the folder; '' is the folder itself, undefined is outside it. */
  const nameOf = (p: string): string | undefined => {
    const resolved = posix.resolve('/', p);
    if (resolved === '/') return '';
    const name = resolved.slice(1);
    return name.includes('/') ? undefined : name;
  };
  const fileNamed = (p: string): OutboxFile | undefined => {
    const name = nameOf(p);
    return name ? files().find((f) => f.name === name) : undefined;
  };

  sftp.on('REALPATH', (reqid, p) => {
    const resolved = posix.resolve('/', p);
    sftp.name(reqid, [{ filename: resolved, longname: resolved, attrs: directoryAttrs() }]);
  });
  const stat = (reqid: number, p: string) => {
    const name = nameOf(p);
    if (name === '') return sftp.attrs(reqid, directoryAttrs());
    const file = fileNamed(p);
    if (!file) return sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE, 'No such file in the outbox.');
    sftp.attrs(reqid, fileAttrs(file));
  };
  sftp.on('STAT', stat);
  sftp.on('LSTAT', stat);
  sftp.on('OPENDIR', (reqid, p) => {
    if (nameOf(p) !== '') return sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE, 'The outbox has no sub-folders.');
    const entries = files().map((f) => ({ filename: f.name, longname: longname(f, organisation), attrs: fileAttrs(f) }));
    sftp.handle(reqid, open({ kind: 'dir', entries, listed: false }));
  });
  sftp.on('READDIR', (reqid, handle) => {
    const h = handleOf(handle);
    if (!h || h.kind !== 'dir') return sftp.status(reqid, STATUS_CODE.FAILURE, 'Not an open folder.');
    if (h.listed || h.entries.length === 0) return sftp.status(reqid, STATUS_CODE.EOF);
    h.listed = true;
    sftp.name(reqid, h.entries);
  });
  sftp.on('OPEN', (reqid, p, flags) => {
    if (flags & (OPEN_MODE.WRITE | OPEN_MODE.APPEND | OPEN_MODE.CREAT | OPEN_MODE.TRUNC)) return sftp.status(reqid, STATUS_CODE.PERMISSION_DENIED, READ_ONLY);
    const file = fileNamed(p);
    if (!file) return sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE, 'No such file in the outbox.');
    sftp.handle(reqid, open({ kind: 'file', file, bytes: Buffer.from(file.content, 'utf8') }));
  });
  sftp.on('READ', (reqid, handle, offset, length) => {
    const h = handleOf(handle);
    if (!h || h.kind !== 'file') return sftp.status(reqid, STATUS_CODE.FAILURE, 'Not an open file.');
    if (offset >= h.bytes.length) return sftp.status(reqid, STATUS_CODE.EOF);
    sftp.data(reqid, h.bytes.subarray(offset, Math.min(h.bytes.length, offset + length)));
  });
  sftp.on('FSTAT', (reqid, handle) => {
    const h = handleOf(handle);
    if (!h) return sftp.status(reqid, STATUS_CODE.FAILURE, 'Not an open handle.');
    sftp.attrs(reqid, h.kind === 'file' ? fileAttrs(h.file) : directoryAttrs());
  });
  sftp.on('CLOSE', (reqid, handle) => {
    const ok = handle.length === 4 && handles.delete(handle.readUInt32BE(0));
    sftp.status(reqid, ok ? STATUS_CODE.OK : STATUS_CODE.FAILURE);
  });
  for (const request of ['WRITE', 'REMOVE', 'RENAME', 'MKDIR', 'RMDIR', 'SETSTAT', 'FSETSTAT', 'SYMLINK'] as const)
    sftp.on(request, (reqid: number) => sftp.status(reqid, STATUS_CODE.PERMISSION_DENIED, READ_ONLY));
  // The client's end of input (OpenSSH's `sftp -b` at the end of its batch) closes the session.
  sftp.on('end', () => sftp.end());
  sftp.on('READLINK', (reqid) => sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE, 'The outbox has no links.'));
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function fileAttrs(f: OutboxFile): Attributes {
  const t = seconds(f.createdAt);
  return { mode: 0o100444, uid: 0, gid: 0, size: Buffer.byteLength(f.content, 'utf8'), atime: t, mtime: t };
}

function directoryAttrs(): Attributes {
  return { mode: 0o040555, uid: 0, gid: 0, size: 0, atime: 0, mtime: 0 };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The `ls -l` line an SFTP client shows for a file. */
function longname(f: OutboxFile, owner: string): string {
  const d = new Date(f.createdAt);
  const when = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `-r--r--r--    1 ${owner} ${owner} ${String(Buffer.byteLength(f.content, 'utf8')).padStart(8)} ${when} ${f.name}`;
}
