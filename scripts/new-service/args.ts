import * as fs from 'fs';
import * as path from 'path';
import { Command, CommanderError } from 'commander';
import { PROJECT_ROOT } from '../../src/paths';

/** A mistake in how the scaffold was called or in what it was given (exit code 2, nothing written). */
export class UsageError extends Error {}

/** What `npm run new-service -- ...` asks for, checked. */
export interface NewServiceOptions {
  /** The project folder written into (this emulator's by default). */
  root: string;
  /** The WSDL to start from (absolute); it and its own XSDs are copied under wsdl/. */
  wsdl: string;
  /** The catalog ID, e.g. S20. */
  id: string;
  /** The folder under src/services/ (R, S, ...); default the ID's letter. */
  family: string;
  /** Defaults (from the WSDL's soap:address path) are filled in by the plan. */
  name?: string;
  version?: string;
  path?: string;
  /** The source its handlers read: a key of src/sources/registry.ts, or a new one to create. */
  source: string;
  /** Overwrite the files a previous run generated. */
  force: boolean;
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const STDIO: Output = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

const ID = /^[A-Z]\d\d$/;
const FAMILY = /^[A-Z]$/;
const NAME = /^[A-Z][A-Za-z0-9]*$/;
const VERSION = /^v\d+$/;
const SOURCE = /^[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*$/;
const URL_PATH = /^\/[A-Za-z0-9._~\-/]+$/;

function command(io: Output): Command {
  return new Command()
    .name('npm run new-service --')
    .description('Creates a new-style service from its WSDL: the service folder, its source, the registry lines, an e2e test, the docs page.')
    .exitOverride()
    // Commander's own error lines are dropped: main() prints every usage error one way.
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .helpOption('-h, --help', 'show this help')
    .option('--wsdl <file>', 'the WSDL (its XSDs are copied with it under wsdl/<ID>-<Name>/<version>/)')
    .option('--id <ID>', 'catalog ID, one capital letter and two digits, e.g. S20')
    .option('--family <letter>', 'folder under src/services/ (default: the letter of --id)')
    .option('--name <Name>', 'service name, e.g. LivingWagesService (default: from the soap:address path)')
    .option('--source <name>', 'the source its handlers read: an existing one (podmi) or a new one to create (src/sources/<name>/)')
    .option('--version <vN>', 'contract version (default: from the soap:address path, else v1)')
    .option('--path <path>', "URL path it is served on (default: the soap:address path; otherwise the copy's soap:address is set to it)")
    .option('--force', 'overwrite the files an earlier run generated')
    .option('--root <dir>', 'project folder to write into (default: this project)')
    .addHelpText(
      'after',
      [
        '',
        'Example:',
        '  npm run new-service -- --wsdl ~/contracts/LivingWagesV2.wsdl --id S20 --family S --name LivingWagesService --source podmi',
        '',
        'Exit codes: 0 done, 2 bad input (nothing written).',
      ].join('\n'),
    );
}

/** A path given on the command line: `npm run` starts in the project folder, INIT_CWD is where it was typed. */
function fromCaller(given: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), given.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
}

/**
 * Reads the command line (without `node script`). Returns undefined when --help was shown;
 * throws UsageError for anything wrong with the arguments.
 */
export function parseArgs(argv: string[], io: Output = STDIO): NewServiceOptions | undefined {
  const cmd = command(io);
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help') return undefined;
      throw new UsageError(e.message.replace(/^error: /, ''));
    }
    throw e;
  }
  if (cmd.args.length > 0) throw new UsageError(`unexpected argument '${cmd.args[0]}'`);
  const o = cmd.opts<{ wsdl?: string; id?: string; family?: string; name?: string; source?: string; version?: string; path?: string; force?: boolean; root?: string }>();

  if (!o.wsdl) throw new UsageError('--wsdl is required (the WSDL to start from)');
  if (!o.id) throw new UsageError('--id is required (the catalog ID, e.g. S20)');
  if (!ID.test(o.id)) throw new UsageError(`--id '${o.id}' is not a catalog ID: one capital letter and two digits, e.g. S20`);
  const family = o.family ?? o.id.charAt(0);
  if (!FAMILY.test(family)) throw new UsageError(`--family '${family}' must be one capital letter (a folder under src/services/)`);
  if (o.name !== undefined && !NAME.test(o.name)) throw new UsageError(`--name '${o.name}' must be a PascalCase name, e.g. LivingWagesService`);
  if (!o.source) throw new UsageError('--source is required (an existing source such as podmi, or the name of a new one)');
  if (!SOURCE.test(o.source)) throw new UsageError(`--source '${o.source}' must be a lower-case name such as podmi or health-insurance`);
  if (o.version !== undefined && !VERSION.test(o.version)) throw new UsageError(`--version '${o.version}' must be v<n>, e.g. v2`);
  if (o.path !== undefined && !URL_PATH.test(o.path)) throw new UsageError(`--path '${o.path}' must be a URL path, e.g. /SOA4520/LivingWagesService/v2/consult`);

  const wsdl = fromCaller(o.wsdl);
  if (!fs.existsSync(wsdl)) throw new UsageError(`--wsdl ${o.wsdl}: no such file`);
  if (!fs.statSync(wsdl).isFile()) throw new UsageError(`--wsdl ${o.wsdl}: not a file`);
  try {
    fs.accessSync(wsdl, fs.constants.R_OK);
  } catch {
    throw new UsageError(`--wsdl ${o.wsdl}: cannot be read`);
  }

  const root = o.root === undefined ? PROJECT_ROOT : fromCaller(o.root);
  for (const registry of ['src/services/registry.ts', 'src/sources/registry.ts']) {
    if (!fs.existsSync(path.join(root, registry))) throw new UsageError(`--root ${root} is not the emulator's project folder (no ${registry})`);
  }
  return { root, wsdl, id: o.id, family, name: o.name, version: o.version, path: o.path, source: o.source, force: o.force === true };
}
