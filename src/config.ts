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
};

function num(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${value}`);
  return n;
}

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
  };
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Partial<Config>;
}

/** Defaults, then environment, then flags; the base URL follows the port unless given. */
export function resolveConfig(...layers: Partial<Config>[]): Config {
  const merged: Config = Object.assign({}, DEFAULTS, ...layers);
  if (!merged.baseUrl) merged.baseUrl = `http://localhost:${merged.port}`;
  merged.baseUrl = merged.baseUrl.replace(/\/+$/, '');
  return merged;
}
