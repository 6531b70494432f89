#!/usr/bin/env node
import * as fs from 'fs';
import * as path from 'path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pino from 'pino';
import { Presets, SingleBar } from 'cli-progress';
import Database from 'better-sqlite3';
import { Config, DEFAULT_SFTP_PORT, fromEnv, resolveConfig, sftpPortOf } from './config';
import { AppContext, createAppContext } from './app';
import { DB_FILE } from './store/db';
import { listen } from './server';
import { ensureOrganisationCertificates, issueOrganisationCertificate, testCa } from './security';
import { PROJECT_ROOT } from './paths';
import { getMeta } from './store/db';
import { PERSONAS } from '../fixtures/personas';
import { outcomesFor, personaViews, servicesWithOutcomes } from './personas/outcomes';
import { outcomeLine } from './personas/outcome';
import { validateDocument } from './explorer/validate';
import { loadXsdInProcess } from './validation/xsd';
import { writeOutbox } from './notifications/batch-outbox';
import { settleNow, startSettlementTicker } from './notifications/settlement-ticker';

/**
 * The command line: `start` (the default) serves the emulator; `seed` rebuilds the seeded data,
 * `reset` rebuilds a data directory's database from scratch; `personas` prints the personas;
 * `validate FILE...` checks documents against their service's contract; `certs issue` issues a
 * test key and certificate for an organisation.
 * Exit codes: 0 done / valid, 1 failed / invalid, 2 usage (unknown command or flag, bad value, unreadable file).
 */
const program = new Command();
program
  .name('ksz-emulator')
  .description('Emulator of the KSZ/BCSS/CBSS web services for OCMW/CPAS software tests')
  .version(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride()
  .addHelpText('after', '\nExit codes: 0 done (valid), 1 failed (invalid), 2 usage error.\nRun `ksz-emulator <command> --help` for the options of a command.');

/** A mistake in how the command was called: exit code 2. */
class UsageError extends Error {}

/** The SQLite file inside a data directory (src/store/db.ts). */

/** Flag value checks: commander reports the message and the command exits with code 2. */
const wholeNumber = (flag: string, min: number, max = Number.MAX_SAFE_INTEGER) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new InvalidArgumentError(`${flag} must be a whole number from ${min} to ${max}.`);
  return value;
};
const portOrOff = (value: string) => (/^off$/i.test(value) ? 'off' : wholeNumber('--sftp-port', 0, 65535)(value));
const url = (value: string) => {
  try {
    return new URL(value).toString().replace(/\/+$/, '');
  } catch {
    throw new InvalidArgumentError('expected an absolute URL such as http://localhost:8080.');
  }
};

function flags(options: Record<string, string | undefined>): Partial<Config> {
  const c: Partial<Config> = {};
  if (options.port) c.port = Number(options.port);
  if (options.host) c.host = options.host;
  if (options.baseUrl) c.baseUrl = options.baseUrl;
  if (options.dataDir) c.dataDir = options.dataDir;
  if (options.seed) c.seed = Number(options.seed);
  if (options.population) c.population = Number(options.population);
  if (options.bodyLimit) c.bodyLimit = Number(options.bodyLimit);
  if (options.logLevel) c.logLevel = options.logLevel;
  if (options.security) c.securityMode = options.security as Config['securityMode'];
  if (options.clockSkew) c.clockSkewSeconds = Number(options.clockSkew);
  if (options.allowSha1) c.allowSha1 = true;
  if (options.signResponses) c.signResponses = true;
  if (options.sftpPort) c.sftpPort = sftpPortOf(options.sftpPort);
  return c;
}

const common = (cmd: Command) =>
  cmd
    .option('--data-dir <dir>', 'folder of the SQLite database (env KSZ_EMU_DATA_DIR; default ./data; :memory: keeps nothing)')
    .option('--seed <n>', 'seed of the synthetic population (env KSZ_EMU_SEED)', wholeNumber('--seed', 0))
    .option('--population <n>', 'number of generated persons (env KSZ_EMU_POPULATION; default 2000)', wholeNumber('--population', 0, 1_000_000))
    .addOption(new Option('--log-level <level>', 'log level (env KSZ_EMU_LOG_LEVEL; default info)').choices(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']))
    .addOption(
      new Option('--log-format <format>', 'human: one readable line per exchange; json: JSON lines (env KSZ_EMU_LOG_FORMAT)')
        .choices(['human', 'json'])
        .default(process.env.KSZ_EMU_LOG_FORMAT === 'json' ? 'json' : 'human'),
    );

common(
  program
    .command('start', { isDefault: true })
    .description('serve the emulator (the default command): the SOAP services, the admin API and the explorer page at /')
    .option('-p, --port <port>', 'port to listen on (env KSZ_EMU_PORT or PORT; default 8080)', wholeNumber('--port', 0, 65535))
    .option('--host <host>', 'interface to bind (env KSZ_EMU_HOST; default 127.0.0.1; 0.0.0.0 for every interface)')
    .option('--base-url <url>', 'public base URL written into the WSDLs (env KSZ_EMU_BASE_URL; default http://localhost:<port>)', url)
    .option('--body-limit <bytes>', 'largest accepted request body (env KSZ_EMU_BODY_LIMIT; default 5242880)', wholeNumber('--body-limit', 1024))
    .addOption(
      new Option('--security <mode>', 'strict refuses what fails a check; lenient checks and logs but refuses nothing (env KSZ_EMU_SECURITY_MODE; default strict)').choices([
        'strict',
        'lenient',
      ]),
    )
    .option('--clock-skew <seconds>', 'WS-Security Timestamp tolerance (env KSZ_EMU_CLOCK_SKEW; default 60)', wholeNumber('--clock-skew', 0))
    .option('--allow-sha1', 'accept legacy RSA-SHA1 / SHA-1 signatures (env KSZ_EMU_ALLOW_SHA1)')
    .option('--sign-responses', 'sign new-style replies with the emulator certificate (env KSZ_EMU_SIGN_RESPONSES)')
    .option('--sftp-port <port>', `port of the SFTP server of the outbox batch files, or off (env KSZ_EMU_SFTP_PORT; default ${DEFAULT_SFTP_PORT})`, portOrOff)
    .addHelpText('after', '\nExamples:\n  ksz-emulator                        # same as start: http://localhost:8080\n  ksz-emulator start -p 9000 --data-dir /tmp/ksz --log-format json'),
).action(async (options) => {
  const config = resolveConfig({ sftpPort: DEFAULT_SFTP_PORT }, fromEnv(), flags(options));
  const app = openApp(config, options.logFormat);
  // The test CA and one key+certificate per organisation, created at first start (<data-dir>/certs/).
  ensureOrganisationCertificates(app);
  // The MediPrima settlements due on the clock (N06), then the batch files (MEMU, settlements), signed, in <data-dir>/outbox/<kbo>/.
  settleNow(app);
  writeOutbox(app);
  const stopTicker = startSettlementTicker(app);
  const running = await listen(app, config.port, config.host);
  app.log.info({ url: running.url, explorer: `${config.baseUrl}/`, sftp: running.sftpPort === null ? 'off' : `sftp://${config.host}:${running.sftpPort}`, dataDir: config.dataDir, persons: app.rr.count() + app.bis.count() }, 'KSZ emulator listening');
  const stop = async () => {
    stopTicker();
    await running.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});

common(
  program
    .command('seed')
    .description('rebuild the seeded data of a data directory (personas, population, directory) with a progress bar, then print what was generated')
    .addHelpText('after', '\nIntegrations, certificates registered through the admin API and the journal are replaced by the seeded state.\nExample:\n  ksz-emulator seed --data-dir ./data --population 20000'),
).action((options) => {
  const config = resolveConfig(fromEnv(), flags(options));
  const started = Date.now();
  // Opening a new or outdated database seeds it already (src/app.ts); otherwise re-seed it here, with progress.
  const before = seededKeyOf(config.dataDir);
  const app = createAppContext({ ...config, logLevel: 'silent' });
  try {
    if (config.dataDir !== ':memory:' && getMeta(app.db, 'seeded') === before) reseedWithProgress(app, config.population);
    else process.stderr.write('The database was new or of another version: it was created and seeded while opening.\n');
    printSummary(app, config, Date.now() - started);
  } finally {
    app.close();
  }
});

common(
  program
    .command('reset')
    .description("delete a data directory's database and rebuild it from the seed (the test certificates in <data-dir>/certs are kept)")
    .option('--url <base-url>', "instead, restore a running emulator's seeded state (POST <base-url>/_admin/reset)", url)
    .addHelpText('after', '\nStop the emulator first when it uses the same data directory, or use --url.\nExamples:\n  ksz-emulator reset --data-dir ./data\n  ksz-emulator reset --url http://localhost:8080'),
).action(async (options) => {
  if (options.url) {
    const res = await fetch(`${options.url}/_admin/reset`, { method: 'POST' }).catch((e: Error) => {
      throw new Error(`No emulator answers at ${options.url}: ${e.message}`);
    });
    if (!res.ok) throw new Error(`${options.url}/_admin/reset answered HTTP ${res.status}.`);
    const body = (await res.json()) as { persons?: number };
    console.log(`The emulator at ${options.url} is back in its seeded state (${body.persons ?? '?'} persons).`);
    return;
  }
  const config = resolveConfig(fromEnv(), flags(options));
  if (config.dataDir === ':memory:') throw new UsageError('reset needs a data directory (--data-dir): an in-memory database is rebuilt at every start anyway.');
  const started = Date.now();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(config.dataDir, DB_FILE + suffix), { force: true });
  process.stderr.write(`Deleted ${path.join(config.dataDir, DB_FILE)}; rebuilding it from seed ${config.seed} with ${config.population} persons…\n`);
  const app = createAppContext({ ...config, logLevel: 'silent' });
  try {
    printSummary(app, config, Date.now() - started);
  } finally {
    app.close();
  }
});

program
  .command('personas')
  .description('print the personas: fixed people for every business outcome, with their SSINs')
  .option('--service <id>', 'also print what this service answers for each persona (e.g. R09): operation, status, code')
  .option('--json', 'print JSON (the same as GET /_admin/personas)')
  .action((options) => {
    if (options.json) return void console.log(JSON.stringify(personaViews(), null, 2));
    const service = options.service?.toUpperCase();
    if (service && !outcomesFor(service).length) throw new UsageError(`No persona has an outcome for service ${options.service}; known: ${servicesWithOutcomes().join(', ')}.`);
    const rows = PERSONAS.map((p) => [p.key, p.ssin, p.name, p.description]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['KEY', 'SSIN', 'NAME'][i].length));
    const line = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ');
    console.log(line(['KEY', 'SSIN', 'NAME', 'SITUATION']));
    for (const p of PERSONAS) {
      console.log(line([p.key, p.ssin, p.name, p.description]));
      if (!service) continue;
      const outcomes = outcomesFor(service).filter((o) => o.persona === p.key);
      if (!outcomes.length) console.log(`${' '.repeat(widths[0] + 2)}${service}: (not described)`);
      for (const o of outcomes) console.log(`${' '.repeat(widths[0] + 2)}${service} ${o.operation}: ${outcomeLine(o)}`);
    }
  });

program
  .command('validate')
  .description("check request or reply files against their service's contract (XSD), printing each error with its XPath")
  .argument('<files...>', 'XML files: a SOAP envelope (new style, or sendXML), an SSDNRequest / SSDNReply, or a bare payload')
  .option('--json', 'print the reports as JSON')
  .addHelpText('after', '\nThe service is found from the document: the namespace and name of its root (or SOAP body) element, or the\nServiceId and Version of each SSDN ServiceRequest. Exit code 0 when every file is valid, 1 otherwise.\nExample:\n  ksz-emulator validate request.xml reply.xml')
  .action(async (files: string[], options) => {
    await loadXsdInProcess();
    const reports = files.map((file) => {
      let xml: string;
      try {
        xml = fs.readFileSync(file, 'utf8');
      } catch (e) {
        throw new UsageError(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      return { file, ...validateDocument(xml) };
    });
    if (options.json) console.log(JSON.stringify(reports, null, 2));
    else for (const r of reports) console.log(describeReport(r));
    process.exitCode = reports.every((r) => r.ok) ? 0 : 1;
  });

const certs = program.command('certs').description('the test CA: keys and certificates for WS-Security X.509');
common(
  certs
    .command('issue')
    .description('issue a key and certificate (signed by the test CA) for an organisation and register it')
    .requiredOption('--org <cbe>', 'KBO number of an organisation of the directory')
    .option('--role <role>', 'the role signed calls act in (default SOCIAL_WORKER)')
    .option('--days <n>', 'validity in days from now (default: 10 years)'),
).action((options) => {
  const config = resolveConfig({ logLevel: 'warn' }, fromEnv(), flags(options));
  if (config.dataDir === ':memory:') throw new Error('certs issue needs a data directory (--data-dir): an in-memory emulator keeps nothing.');
  const app = createAppContext(config);
  try {
    testCa(app);
    const days = options.days ? Number(options.days) : undefined;
    if (days !== undefined && !(days > 0)) throw new Error('--days must be a positive number');
    const now = app.clock.now();
    const issued = issueOrganisationCertificate(app, options.org, {
      role: options.role,
      notBefore: days ? new Date(now.getTime() - 60_000) : undefined,
      notAfter: days ? new Date(now.getTime() + days * 86_400_000) : undefined,
    });
    console.log(
      [
        `Issued a certificate for ${options.org} (role ${issued.role}), registered in the directory.`,
        `  certificate: ${issued.certFile}`,
        `  private key: ${issued.keyFile}`,
        `  subject:     ${issued.subject}`,
        `  SHA-256:     ${issued.fingerprint}`,
        `  valid:       ${issued.notBefore.toISOString()} .. ${issued.notAfter.toISOString()}`,
      ].join('\n'),
    );
  } finally {
    app.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** Opens the emulator with the chosen log format: JSON lines (pino's own) or one readable line per event. */
function openApp(config: Config, format: string): AppContext {
  if (format === 'json') return createAppContext(config);
  const app = createAppContext({ ...config, logLevel: 'silent' });
  app.config.logLevel = config.logLevel;
  app.log = pino({ level: config.logLevel, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, { write: (line: string) => process.stdout.write(humanLine(line, !!process.stdout.isTTY && !process.env.NO_COLOR) + '\n') });
  return app;
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const PAINT: Record<string, string> = { ALLOW: '\x1b[32m', DENY: '\x1b[33m', ERROR: '\x1b[31m' };

/** One pino JSON line as a readable line: `12:00:01 200 R09 retrieveTI ALLOW MSG00000 org … ssin … 4ms POST …`. */
function humanLine(json: string, color = false): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json);
  } catch {
    return json.trimEnd();
  }
  const { time, level, msg, err, ...rest } = o;
  const clock = typeof time === 'string' ? time.slice(11, 19) : '';
  const paint = (text: string) => (color && PAINT[text] ? `${PAINT[text]}${text}\x1b[0m` : text);
  if (msg === 'exchange') {
    const services = Array.isArray(rest.services) ? (rest.services as string[]).map((s) => s.split(':')[0]).join(',') : undefined;
    return [
      clock,
      rest.status,
      rest.service ?? services ?? '-',
      rest.operation,
      paint(String(rest.decision ?? '')),
      rest.code,
      rest.step && `refused at ${rest.step}`,
      rest.organisation && `org ${rest.organisation}`,
      rest.ssin && `ssin ${rest.ssin}`,
      `${rest.ms}ms`,
      `POST ${rest.path}`,
      rest.ticket && `ticket ${rest.ticket}`,
    ]
      .filter((x) => x !== undefined && x !== null && x !== '')
      .join(' ');
  }
  const fields = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`)
    .join(' ');
  const stack = err && typeof err === 'object' ? `\n  ${(err as { stack?: string; message?: string }).stack ?? (err as { message?: string }).message}` : '';
  return `${clock} ${LEVELS[level as number] ?? level} ${msg ?? ''}${fields ? `  ${fields}` : ''}${stack}`;
}

/** The `seeded` mark of an existing database, read before the emulator opens (and maybe re-seeds) it. */
function seededKeyOf(dataDir: string): string | undefined {
  const file = path.join(dataDir, DB_FILE);
  if (dataDir === ':memory:' || !fs.existsSync(file)) return undefined;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return getMeta(db, 'seeded');
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * Re-seeds with a progress bar on stderr. Seeding is one synchronous transaction, so the bar is
 * driven from inside it: a temporary trigger on the person tables calls back into JavaScript.
 */
function reseedWithProgress(app: AppContext, population: number): void {
  const tty = !!process.stderr.isTTY;
  const bar = new SingleBar({ format: 'Seeding  {bar}  {value}/{total} persons', stream: process.stderr, hideCursor: tty, clearOnComplete: false }, Presets.shades_classic);
  let count = 0;
  const tables = ['rr_person', 'bis_person'].filter((t) => app.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t));
  app.db.function('ksz_cli_seed_tick', () => {
    count++;
    if (count % 20 === 0) bar.update(Math.min(count, bar.getTotal()));
    return null;
  });
  for (const t of tables) app.db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ksz_cli_seed_${t} AFTER INSERT ON main.${t} BEGIN SELECT ksz_cli_seed_tick(); END`);
  if (!tty) process.stderr.write(`Seeding about ${population} persons…\n`);
  bar.start(population, 0);
  try {
    app.reset();
  } finally {
    for (const t of tables) app.db.exec(`DROP TRIGGER IF EXISTS temp.ksz_cli_seed_${t}`);
    bar.setTotal(Math.max(count, 1));
    bar.update(count);
    bar.stop();
  }
}

/** What the seed generated, table by table, grouped by authentic source. */
function printSummary(app: AppContext, config: Config, ms: number): void {
  const SOURCES: Record<string, string> = {
    dir: 'reference directory',
    ksz: 'KSZ repertory',
    rr: 'National Register',
    bis: 'BIS register',
    rsz: 'RSZ/ONSS',
    rva: 'RVA/ONEM',
    audit: 'journal',
  };
  const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta' ORDER BY name").all() as { name: string }[];
  const groups = new Map<string, string[]>();
  for (const { name } of tables) {
    const count = (app.db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n;
    if (!count) continue;
    const [prefix, ...restName] = name.split('_');
    const label = SOURCES[prefix] ?? prefix;
    groups.set(label, [...(groups.get(label) ?? []), `${count} ${restName.join('_') || name}`]);
  }
  const where = config.dataDir === ':memory:' ? 'an in-memory database' : path.join(config.dataDir, DB_FILE);
  console.log(`Seeded ${where} in ${ms} ms (seed ${config.seed}, population ${config.population}): ${app.rr.count()} persons in the National Register, ${app.bis.count()} in the BIS register, ${PERSONAS.length} personas.`);
  for (const [label, counts] of groups) console.log(`  ${label}: ${counts.join(', ')}`);
}

type FileReport = ReturnType<typeof validateDocument> & { file: string };

function describeReport(r: FileReport): string {
  if (r.problem) return `${r.file}: INVALID — ${r.problem}`;
  const lines = r.parts.map((p) => {
    const who = p.service ? `${p.service.id} ${p.service.name} ${p.service.version}, ` : '';
    const head = `${r.file}: ${p.ok ? 'valid' : 'INVALID'} — ${who}${p.what}`;
    return [head, ...p.errors.map((e) => `  ${e.xpath || '/'}${e.line ? ` (line ${e.line})` : ''}: ${e.message}`)].join('\n');
  });
  return lines.join('\n');
}

// `start` is the default command, so commander would read an unknown command as an argument of start.
const first = process.argv[2];
if (first !== undefined && first !== 'help' && !first.startsWith('-') && !program.commands.some((c) => c.name() === first || c.aliases().includes(first))) {
  console.error(`error: unknown command '${first}'. Commands: ${program.commands.map((c) => c.name()).join(', ')}.\n(add --help for usage)`);
  process.exit(2);
}

program.parseAsync(process.argv).then(
  () => {
    // Leave without waiting for a validation worker thread (the fallback when libxml2 cannot load in-process).
    if (process.exitCode !== undefined) process.exit(process.exitCode);
  },
  (e) => {
    // Help and version "errors" exit 0; a bad command, flag or value exits 2 (commander printed why).
    if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
    console.error(e instanceof Error ? e.message : e);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
