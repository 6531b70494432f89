import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client, type SFTPWrapper } from 'ssh2';
import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { validateAgainst } from '../helpers/xsd';
import { child, childText, elements, XmlElement } from '../../src/xml/node';
import { parseXml } from '../../src/xml/parse';
import { SSIN } from '../../fixtures/personas';
import { testCa, ensureOrganisationCertificates, organisationCredentials } from '../../src/security/testCa';
import { sftpOf } from '../../src/notifications/batch-delivery';

const CBE = GENT.org.cbe_number;
const byTagName = (el: XmlElement, local: string): XmlElement[] => elements(el).flatMap((c) => [...(c.local === local ? [c] : []), ...byTagName(c, local)]);
const ADDRESS = { street: 'Korenmarkt', houseNumber: '1', postalCode: '9000', municipality: 'Gent' };
const NOTI_NAME = /^(FO|FS)\.NOTI\.999999\.\d{8}\.\d{5}\.T\.1\.1$|^GO\.NOTI\.999999\.\d{8}\.\d{5}\.T\.1$/;

async function until<T>(what: string, probe: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A real SFTP client session (ssh2's client), logged in with a password. */
async function sftpSession(port: number, username: string, password: string): Promise<{ sftp: SFTPWrapper; end(): void }> {
  const client = new Client();
  await new Promise<void>((resolve, reject) => {
    client.once('ready', resolve).once('error', reject);
    client.connect({ host: '127.0.0.1', port, username, password, readyTimeout: 5000 });
  });
  const sftp = await new Promise<SFTPWrapper>((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
  return { sftp, end: () => client.end() };
}

const list = (sftp: SFTPWrapper, dir: string) => new Promise<string[]>((resolve, reject) => sftp.readdir(dir, (err, entries) => (err ? reject(err) : resolve(entries.map((e) => e.filename)))));
const read = (sftp: SFTPWrapper, file: string) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    sftp.createReadStream(file).on('data', (c: Buffer) => chunks.push(c)).on('error', reject).on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
/** OpenSSH's sftp in batch mode, run without blocking the event loop (the emulator under test serves from it). */
function openSsh(args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn('sftp', args, { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d));
    p.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => p.kill(), 20_000);
    p.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    p.stdin.end(input);
  });
}

const errorOf = (run: (cb: (err: Error | undefined | null) => void) => void) => new Promise<{ code?: number; message: string } | null>((resolve) => run((err) => resolve(err ? { code: (err as { code?: number }).code, message: err.message } : null)));

describe('batch files: each notification as FO/FS/GO NOTI files in <data-dir>/outbox/<kbo>/, served over SFTP with per-organisation logins', () => {
  let emu: TestEmulator;
  let dataDir: string;
  let port: number;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-sftp-'));
    emu = await startEmulator({ dataDir, sftpPort: 0 });
    port = sftpOf(emu.app)!.port;
  });
  afterAll(async () => {
    await emu.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => emu.app.reset());

  const json = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${emu.url}${p}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const move = async (day: string, houseNumber: string) => expect((await json('POST', '/_admin/events', { type: 'ADDRESS_CHANGE', ssin: SSIN.standard, date: day, address: { ...ADDRESS, houseNumber } })).status).toBe(200);
  const notiFiles = async () => ((await json('GET', `/_admin/organizations/${CBE}/batch-files`)).body.files as { name: string; size: number }[]).filter((f) => f.name.includes('.NOTI.'));

  it('lists three files per notification, named as social security names its output files, and says how to log in', async () => {
    await move('2026-04-01', '1');
    await move('2026-04-02', '2');
    const { body } = await json('GET', `/_admin/organizations/${CBE}/batch-files`);
    const names = (body.files as { name: string }[]).map((f) => f.name).filter((n) => n.includes('.NOTI.'));
    expect(names).toHaveLength(6);
    for (const n of names) expect(n).toMatch(NOTI_NAME);
    // The sequence part is the notification's sequence number: 00001, then 00002.
    expect(names.filter((n) => n.startsWith('FO.')).map((n) => n.split('.')[4])).toEqual(['00001', '00002']);
    expect(body.sftp).toMatchObject({ host: '127.0.0.1', port, url: `sftp://127.0.0.1:${port}/` });
    expect(body.sftp.hostKeyFingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(body.sftp.passwordLogins).toContainEqual({ username: GENT.credential.username, password: GENT.credential.password });
    expect(body.folder).toBe(path.join(dataDir, 'outbox', CBE));
  });

  it('writes the files to the outbox folder, GO last, and the data file carries the notification inside the systemFlux envelope, valid against X07\'s XSD', async () => {
    await move('2026-04-01', '7');
    const [fo, fsName, go] = (await notiFiles()).map((f) => f.name);
    const folder = path.join(dataDir, 'outbox', CBE);
    await until('the GO file is on disk', () => (fs.existsSync(path.join(folder, go)) ? true : undefined));
    const content = fs.readFileSync(path.join(folder, fo), 'utf8');
    const res = await fetch(`${emu.url}/_admin/organizations/${CBE}/batch-files/${fo}`);
    expect(await res.text()).toBe(content);
    expect(fs.readFileSync(path.join(folder, go), 'utf8')).toBe('');
    const root = parseXml(content);
    expect([root.local, childText(root, 'Form', 'Identification'), childText(root, 'Form', 'ReferenceData', 'EmployerId', 'CompanyID')]).toEqual(['GenericXmlDocument', 'NOTI001', CBE.replace(/^0/, '')]);
    const batch = byTagName(root, 'notificationBatch')[0];
    const notification = child(batch, 'notification')!;
    expect([batch.ns, notification.ns, childText(notification, 'sequenceNumber'), childText(notification, 'flow'), childText(notification, 'ssin'), childText(notification, 'eventDate')]).toEqual([
      'http://kszbcss.fgov.be/types/NotificationService/v1',
      '',
      '1',
      'N01',
      SSIN.standard,
      '2026-04-01',
    ]);
    // The business document alone, as a vendor's parser would take it out of DocumentXML.
    const start = content.indexOf('<not:notificationBatch');
    const end = content.indexOf('</not:notificationBatch>') + '</not:notificationBatch>'.length;
    validateAgainst(content.slice(start, end).replace('<not:notificationBatch', '<not:notificationBatch xmlns:not="http://kszbcss.fgov.be/types/NotificationService/v1"'), 'X07-NotificationService/v1/NotificationServiceTypesV1.xsd');
    // The detached signature verifies with openssl against the emulator's test CA, and fails on a changed file.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noti-sig-'));
    try {
      const [der, ca, changed] = ['fs.der', 'ca.pem', 'changed'].map((n) => path.join(dir, n));
      fs.writeFileSync(der, Buffer.from(fs.readFileSync(path.join(folder, fsName), 'utf8'), 'base64'));
      fs.writeFileSync(ca, testCa(emu.app).certPem);
      fs.writeFileSync(changed, content.replace('<flow>N01</flow>', '<flow>N02</flow>'));
      const verify = (file: string) => spawnSync('openssl', ['smime', '-verify', '-binary', '-inform', 'DER', '-in', der, '-content', file, '-CAfile', ca, '-purpose', 'any', '-out', '/dev/null']).status;
      expect([verify(path.join(folder, fo)), verify(changed)]).toEqual([0, 4]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('over SFTP, Gent logs in with its HTTP Basic credential, lists its folder and downloads exactly the files of its outbox', async () => {
    await move('2026-04-01', '3');
    const session = await sftpSession(port, GENT.credential.username, GENT.credential.password);
    try {
      const listed = await list(session.sftp, '/');
      const expected = (await json('GET', `/_admin/organizations/${CBE}/batch-files`)).body.files.map((f: { name: string }) => f.name);
      expect([...listed].sort()).toEqual([...expected].sort());
      const fo = listed.find((n) => n.startsWith('FO.NOTI.'))!;
      const over = await read(session.sftp, fo);
      const direct = await (await fetch(`${emu.url}/_admin/organizations/${CBE}/batch-files/${fo}`)).text();
      expect(over).toBe(direct);
      // "." and a path that climbs out of the folder both stay in it.
      expect((await list(session.sftp, '.')).sort()).toEqual([...listed].sort());
      expect(await read(session.sftp, `../../etc/../${fo}`)).toBe(direct);
    } finally {
      session.end();
    }
  });

  it('refuses a wrong password, shows each organisation only its own folder, and keeps the folder read-only', async () => {
    await move('2026-04-01', '4');
    await expect(sftpSession(port, GENT.credential.username, 'wrong')).rejects.toThrow(/authentication/i);
    await expect(sftpSession(port, 'nobody', 'x')).rejects.toThrow(/authentication/i);
    const liege = await sftpSession(port, LIEGE.credential.username, LIEGE.credential.password);
    try {
      const theirs = await list(liege.sftp, '/');
      expect(theirs.some((n) => n.includes('.NOTI.'))).toBe(false);
      const gentFile = (await notiFiles())[0].name;
      expect((await errorOf((cb) => liege.sftp.stat(gentFile, cb)))?.code).toBe(2); // NO_SUCH_FILE
    } finally {
      liege.end();
    }
    const gent = await sftpSession(port, GENT.credential.username, GENT.credential.password);
    try {
      const fo = (await list(gent.sftp, '/')).find((n) => n.startsWith('FO.NOTI.'))!;
      expect((await errorOf((cb) => gent.sftp.unlink(fo, cb)))?.code).toBe(3); // PERMISSION_DENIED
      expect((await errorOf((cb) => gent.sftp.open('new.txt', 'w', (err) => cb(err))))?.code).toBe(3);
      expect((await errorOf((cb) => gent.sftp.rename(fo, 'x', cb)))?.code).toBe(3);
      expect((await errorOf((cb) => gent.sftp.stat('FO.NOTI.none', cb)))?.code).toBe(2);
      // The folder still lists the same file afterwards.
      expect(await list(gent.sftp, '/')).toContain(fo);
    } finally {
      gent.end();
    }
  });

  it("OpenSSH's sftp client logs in as the CBE number with the organisation's certificate key and fetches a file in batch mode", async () => {
    ensureOrganisationCertificates(emu.app);
    await move('2026-04-01', '5');
    const keyFile = organisationCredentials(emu.app, CBE)!.keyFile!;
    fs.chmodSync(keyFile, 0o600);
    const fo = (await notiFiles())[0].name;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openssh-'));
    try {
      const target = path.join(dir, fo);
      const options = (dir: string) => ['-i', keyFile, '-P', String(port), '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=no', '-o', `UserKnownHostsFile=${path.join(dir, 'known_hosts')}`, '-o', 'IdentitiesOnly=yes', '-b', '-'];
      const fetched = await openSsh([...options(dir), `${CBE}@127.0.0.1`], `ls -1\nget ${fo} ${target}\n`);
      expect([fetched.status, fetched.stdout.includes(fo)]).toEqual([0, true]);
      expect(fs.readFileSync(target, 'utf8')).toBe(await (await fetch(`${emu.url}/_admin/organizations/${CBE}/batch-files/${fo}`)).text());
      // Another organisation's CBE number with Gent's key is refused.
      const refused = await openSsh([...options(dir), `${LIEGE.org.cbe_number}@127.0.0.1`], 'ls\n');
      expect([refused.status, refused.stderr]).toEqual([255, expect.stringMatching(/Permission denied/)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the host key across restarts, so a client that trusted it once still does', async () => {
    const before = sftpOf(emu.app)!.fingerprint;
    const again = await startEmulator({ dataDir, sftpPort: 0 });
    try {
      expect(sftpOf(again.app)!.fingerprint).toBe(before);
    } finally {
      await again.close();
    }
  });
});
