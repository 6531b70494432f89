#!/usr/bin/env node
import { Command } from 'commander';
import { Config, fromEnv, resolveConfig } from './config';
import { createAppContext } from './app';
import { listen } from './server';
import { ensureOrganisationCertificates, issueOrganisationCertificate, testCa } from './security';

/**
 * The command line: `start` serves the emulator; `seed` (re)creates the database and exits;
 * `certs issue` issues a test key and certificate for an organisation.
 */
const program = new Command();
program.name('ksz-emulator').description('Emulator of the KSZ/BCSS/CBSS web services for OCMW/CPAS software tests');

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
  return c;
}

const common = (cmd: Command) =>
  cmd
    .option('--data-dir <dir>', 'folder of the SQLite database (env KSZ_EMU_DATA_DIR)')
    .option('--seed <n>', 'seed of the synthetic population (env KSZ_EMU_SEED)')
    .option('--population <n>', 'number of generated persons (env KSZ_EMU_POPULATION)')
    .option('--log-level <level>', 'pino log level: debug, info, warn, error, silent (env KSZ_EMU_LOG_LEVEL)');

common(
  program
    .command('start')
    .description('serve the emulator')
    .option('-p, --port <port>', 'port to listen on (env KSZ_EMU_PORT or PORT; default 8080)')
    .option('--host <host>', 'interface to bind (env KSZ_EMU_HOST; default 127.0.0.1)')
    .option('--base-url <url>', 'public base URL written into the WSDLs (env KSZ_EMU_BASE_URL; default http://localhost:<port>)')
    .option('--body-limit <bytes>', 'largest accepted request body (env KSZ_EMU_BODY_LIMIT; default 5242880)')
    .option('--security <mode>', 'strict refuses what fails a check; lenient checks and logs but refuses nothing (env KSZ_EMU_SECURITY_MODE; default strict)')
    .option('--clock-skew <seconds>', 'WS-Security Timestamp tolerance (env KSZ_EMU_CLOCK_SKEW; default 60)')
    .option('--allow-sha1', 'accept legacy RSA-SHA1 / SHA-1 signatures (env KSZ_EMU_ALLOW_SHA1)')
    .option('--sign-responses', 'sign new-style replies with the emulator certificate (env KSZ_EMU_SIGN_RESPONSES)'),
).action(async (options) => {
  const config = resolveConfig(fromEnv(), flags(options));
  const app = createAppContext(config);
  // The test CA and one key+certificate per organisation, created at first start (<data-dir>/certs/).
  ensureOrganisationCertificates(app);
  const running = await listen(app, config.port, config.host);
  app.log.info({ url: running.url, baseUrl: config.baseUrl, dataDir: config.dataDir }, 'KSZ emulator listening');
  const stop = async () => {
    await running.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});

common(program.command('seed').description('create (or re-create) the seeded database and exit')).action((options) => {
  const config = resolveConfig(fromEnv(), flags(options));
  const app = createAppContext(config);
  app.reset();
  app.log.info({ persons: app.rr.count() + app.bis.count(), dataDir: config.dataDir }, 'database seeded');
  app.close();
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

program.parseAsync(process.argv).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
