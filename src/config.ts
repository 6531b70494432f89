import * as path from 'path';

/** Everything a running emulator can be told, from flags or environment variables. */
export interface Config {
  port: number;
  host: string;
  /** The public base URL clients use; WSDLs' soap:address and XSD locations point here. */
  baseUrl: string;
  /** Folder of the SQLite database (created on first start). ':memory:' keeps everything in memory. */
  dataDir: string;
  /** Seed of the synthetic population generator. */
  seed: number;
  /** How many generated persons (the named personas come on top). */
  population: number;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** pino log level ('silent' in tests). */
  logLevel: string;
  /**
   * strict: every check of the interceptor refuses what fails it. lenient: every check runs and is
   * logged and journaled, but nothing is refused (for a vendor's first steps).
   */
  securityMode: 'strict' | 'lenient';
  /** WS-Security: tolerated clock difference, in seconds, when checking a Timestamp. */
  clockSkewSeconds: number;
  /** WS-Security: accept RSA-SHA1 / SHA-1 signatures (legacy clients); SHA-256 only otherwise. */
  allowSha1: boolean;
  /** Sign new-style replies with the emulator's own certificate. */
  signResponses: boolean;
  /** Port of the SFTP server that serves the organisations' outbox folders (0: any free port; null: none). */
  sftpPort: number | null;
}

export const DEFAULTS: Config = {
  port: 8080,
  host: '127.0.0.1',
  baseUrl: '',
  dataDir: path.resolve('data'),
  seed: 20050930,
  population: 2000,
  bodyLimit: 5 * 1024 * 1024,
  logLevel: 'info',
  securityMode: 'strict',
  clockSkewSeconds: 60,
  allowSha1: false,
  signResponses: false,
  sftpPort: null,
};

function num(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${value}`);
  return n;
}

function bool(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return /^(1|true|yes|on)$/i.test(value);
}

/** An SFTP port setting: a port number, or "off" for no SFTP server. */
export function sftpPortOf(value: string | undefined): number | null | undefined {
  if (value === undefined || value === '') return undefined;
  return /^off$/i.test(value) ? null : num(value);
}

/** The SFTP port `ksz-emulator start` uses unless told otherwise (the library and the tests start none by default). */
export const DEFAULT_SFTP_PORT = 2222;

/** Reads KSZ_EMU_* environment variables. */
export function fromEnv(env: NodeJS.ProcessEnv = process.env): Partial<Config> {
  const c: Partial<Config> = {
    port: num(env.KSZ_EMU_PORT ?? env.PORT),
    host: env.KSZ_EMU_HOST,
    baseUrl: env.KSZ_EMU_BASE_URL,
    dataDir: env.KSZ_EMU_DATA_DIR,
    seed: num(env.KSZ_EMU_SEED),
    population: num(env.KSZ_EMU_POPULATION),
    bodyLimit: num(env.KSZ_EMU_BODY_LIMIT),
    logLevel: env.KSZ_EMU_LOG_LEVEL,
    securityMode: env.KSZ_EMU_SECURITY_MODE as Config['securityMode'] | undefined,
    clockSkewSeconds: num(env.KSZ_EMU_CLOCK_SKEW),
    allowSha1: bool(env.KSZ_EMU_ALLOW_SHA1),
    signResponses: bool(env.KSZ_EMU_SIGN_RESPONSES),
    sftpPort: sftpPortOf(env.KSZ_EMU_SFTP_PORT),
  };
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Partial<Config>;
}

/** Defaults, then environment, then flags; the base URL follows the port unless given. */
export function resolveConfig(...layers: Partial<Config>[]): Config {
  const merged: Config = Object.assign({}, DEFAULTS, ...layers);
  if (!merged.baseUrl) merged.baseUrl = `http://localhost:${merged.port}`;
  merged.baseUrl = merged.baseUrl.replace(/\/+$/, '');
  if (merged.securityMode !== 'strict' && merged.securityMode !== 'lenient') {
    throw new Error(`security mode must be strict or lenient, not ${merged.securityMode}`);
  }
  return merged;
}
