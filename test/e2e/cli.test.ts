import { ChildProcess, execFile, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PERSONAS, SSIN } from '../../fixtures/personas';
import { outcomesFor, personaViews } from '../../src/personas/outcomes';
import { outcomeLine } from '../../src/personas/outcome';
import { PROJECT_ROOT } from '../../src/paths';
import { buildCli, CLI, startCli } from '../helpers/cli';

/**
 * The command line as users run it: `node dist/src/cli.js ...` after a build, every command, its
 * help, bad flags and exit codes (0 done / valid, 1 failed / invalid, 2 usage).
 */
const SAMPLES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'samples');
const GENT_CBE = '0244021019';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? 1) : 0;
      resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const TEST_CONNECTION = (echo: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><t:sendTestMessageRequest xmlns:t="http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1"><echo>${echo}</echo></t:sendTestMessageRequest></s:Body></s:Envelope>`;

jest.setTimeout(60_000);

describe('ksz-emulator command line', () => {
  let tmp: string;

  beforeAll(() => {
    // The CLI as shipped: compiled to dist/ (incremental, so a second run only recompiles what changed).
    buildCli();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-cli-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--help lists every command, and each command has its own --help', async () => {
    const main = await run('--help');
    expect(main.code).toBe(0);
    for (const c of ['start', 'seed', 'reset', 'personas', 'validate', 'certs']) expect(main.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'm'));
    const helps = await Promise.all(['start', 'seed', 'reset', 'personas', 'validate'].map((c) => run(c, '--help')));
    for (const h of helps) expect(h.code).toBe(0);
    expect(helps[0].stdout).toContain('--port <port>');
    expect(helps[0].stdout).toContain('--log-format <format>');
    expect(helps[4].stdout).toContain('Usage: ksz-emulator validate [options] <files...>');
    const version = await run('--version');
    expect(version).toEqual(expect.objectContaining({ code: 0, stdout: `${JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n` }));
  });

  it('answers bad flags, bad values and unknown commands with a clear error and exit code 2', async () => {
    const [flag, port, security, command, noFile, sftpPort] = await Promise.all([
      run('start', '--bogus'),
      run('--port', 'eighty'),
      run('start', '--security', 'loose'),
      run('frobnicate'),
      run('validate'),
      run('start', '--sftp-port', 'ftp'),
    ]);
    expect(sftpPort.code).toBe(2);
    expect(sftpPort.stderr).toContain('--sftp-port must be a whole number from 0 to 65535');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--bogus'");
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port must be a whole number from 0 to 65535');
    expect(security.code).toBe(2);
    expect(security.stderr).toContain('Allowed choices are strict, lenient');
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'frobnicate'");
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("missing required argument 'files'");
  });

  it('seed builds a data directory and prints what it generated; a second seed re-seeds with progress', async () => {
    const dir = path.join(tmp, 'seeded');
    const first = await run('seed', '--data-dir', dir, '--population', '150');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Seeded .*ksz-emulator\.db in \d+ ms \(seed \d+, population 150\): \d+ persons in the National Register/);
    expect(first.stdout).toMatch(/National Register: .*\d+ person/);
    expect(fs.existsSync(path.join(dir, 'ksz-emulator.db'))).toBe(true);
    const again = await run('seed', '--data-dir', dir, '--population', '150');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Seeding about 150 persons');
    expect(again.stdout.split('\n')[0].replace(/in \d+ ms/, '')).toBe(first.stdout.split('\n')[0].replace(/in \d+ ms/, ''));
  });

  it('reset deletes and rebuilds the database of a data directory; it needs one', async () => {
    const dir = path.join(tmp, 'reset');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'ksz-emulator.db'), 'not a database');
    const reset = await run('reset', '--data-dir', dir, '--population', '100');
    expect(reset.code).toBe(0);
    expect(reset.stderr).toContain('Deleted');
    expect(reset.stdout).toMatch(/^Seeded .* population 100\)/);
    const memory = await run('reset', '--data-dir', ':memory:');
    expect(memory.code).toBe(2);
    expect(memory.stderr).toContain('reset needs a data directory');
  });

  it('personas prints the table, one service\'s answers, or JSON', async () => {
    const [table, r09, json, unknown] = await Promise.all([run('personas'), run('personas', '--service', 'R09'), run('personas', '--json'), run('personas', '--service', 'Z99')]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^KEY\s+SSIN\s+NAME\s+SITUATION$/);
    for (const p of PERSONAS) expect(table.stdout).toMatch(new RegExp(`^${p.key}\\s+${p.ssin}\\s+${p.name.replace(/[()]/g, '\\$&')}`, 'm'));
    const standardR09 = outcomesFor('R09').find((o) => o.persona === 'standard')!;
    expect(r09.stdout).toContain(`R09 retrieveTI: ${outcomeLine(standardR09)}`);
    expect(JSON.parse(json.stdout)).toEqual(personaViews());
    expect(unknown.code).toBe(2);
  });

  it('validate checks documents against their contract: 0 valid, 1 invalid with XPaths, 2 unreadable', async () => {
    const bad = path.join(tmp, 'bad-request.xml');
    fs.writeFileSync(bad, fs.readFileSync(path.join(SAMPLES, 'R09', 'retrieve-ti-request.xml'), 'utf8').replace(/<ssin>\d+<\/ssin>/, '<ssin>12</ssin>').replace('<language>', '<colour>red</colour><language>'));
    const [good, ssdn, invalid, missing, json] = await Promise.all([
      run('validate', path.join(SAMPLES, 'R09', 'retrieve-ti-request.xml'), path.join(SAMPLES, 'S13', 'consultRights.response.xml')),
      run('validate', path.join(SAMPLES, 'ssdn', 'ssdn-request.xml')),
      run('validate', bad),
      run('validate', path.join(tmp, 'no-such-file.xml')),
      run('validate', '--json', bad),
    ]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('retrieve-ti-request.xml: valid — R09 RetrieveTIGroupsService v2, new-style request (retrieveTI)');
    expect(good.stdout).toContain('consultRights.response.xml: valid — S13 UnemploymentDataService v3, new-style reply (consultRights)');
    expect(ssdn.code).toBe(0);
    expect(ssdn.stdout).toContain('valid — R02 OCMWCPASManageAccess 20050930, ServiceRequest 1');
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('bad-request.xml: INVALID — R09 RetrieveTIGroupsService v2');
    expect(invalid.stdout).toMatch(/^ {2}\/v2:retrieveTIGroupsRequest\/searchInformation\/ssin \(line \d+\): /m);
    expect(invalid.stdout).toMatch(/^ {2}\/v2:retrieveTIGroupsRequest\/searchInformation\/colour \(line \d+\): /m);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)[0]).toEqual(expect.objectContaining({ ok: false, file: bad }));
  });

  it('start is the default command and logs one readable line per exchange', async () => {
    const emu = await startCli(['--data-dir', ':memory:', '--population', '100', '--port', '0', '--host', '127.0.0.1']);
    try {
      expect((await (await fetch(`${emu.url}/_admin/health`)).json()).status).toBe('ok');
      expect((await fetch(`${emu.url}/`)).headers.get('content-type')).toMatch(/text\/html/);
      await fetch(`${emu.url}/SOA4520/TestConnectionServiceService/sendTestMessage`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: TEST_CONNECTION('cli') });
      await waitFor(() => /\bR01\b.*POST \/SOA4520\/TestConnectionServiceService\/sendTestMessage/.test(emu.output()), 'the exchange line');
      expect(emu.output()).toMatch(/^\d\d:\d\d:\d\d 200 R01 sendTestMessage ALLOW MSG00000 \d+ms POST \/SOA4520\/TestConnectionServiceService\/sendTestMessage ticket [0-9a-f-]{36}$/m);
      // The SFTP server of the batch files listens too (KSZ_EMU_SFTP_PORT=0: a free port), and says where.
      const sftp = emu.output().match(/sftp[=:]\s*"?sftp:\/\/127\.0\.0\.1:(\d+)/);
      expect(Number(sftp?.[1])).toBeGreaterThan(0);
    } finally {
      expect(await stop(emu.child)).toBe(0);
    }
  });

  it('start validates requests against the XSD in its own thread', async () => {
    const emu = await startCli(['--data-dir', ':memory:', '--population', '100', '--port', '0', '--host', '127.0.0.1']);
    try {
      expect((await (await fetch(`${emu.url}/_admin/health`)).json()).xsdValidation).toBe('in-process');
      const sample = fs.readFileSync(path.join(SAMPLES, 'R09', 'retrieve-ti-request.xml'), 'utf8').replace('0212344876', GENT_CBE).replace(/<ssin>\d+<\/ssin>/, `<ssin>${SSIN.standard}</ssin>`);
      const send = async (body: string) => {
        const reply = await fetch(`${emu.url}/SOA4520/RetrieveTIGroupsService/v2/retrieveTI`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/xml', Authorization: 'Basic ' + Buffer.from(`E${GENT_CBE}:test-44021`).toString('base64') },
          body,
        });
        return reply.text();
      };
      const valid = await send(sample);
      expect(valid).toContain('<value>DATA_FOUND</value>');
      const invalid = await send(sample.replace('<language>', '<colour>red</colour><language>'));
      expect(invalid).toContain('<code>MSG00008</code>');
      expect(invalid).toContain('<fieldName>searchInformation/colour</fieldName>');
    } finally {
      await stop(emu.child);
    }
  });

  it('start --log-format json logs JSON lines', async () => {
    const emu = await startCli(['start', '--data-dir', ':memory:', '--population', '100', '--port', '0', '--log-format', 'json']);
    try {
      await fetch(`${emu.url}/SOA4520/TestConnectionServiceService/sendTestMessage`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: TEST_CONNECTION('json') });
      await waitFor(() => emu.output().includes('"msg":"exchange"'), 'the exchange line');
      const line = emu.output().split('\n').find((l) => l.includes('"msg":"exchange"'))!;
      expect(JSON.parse(line)).toEqual(expect.objectContaining({ msg: 'exchange', service: 'R01', status: 200, decision: 'ALLOW', path: '/SOA4520/TestConnectionServiceService/sendTestMessage' }));
    } finally {
      await stop(emu.child);
    }
  });
});
