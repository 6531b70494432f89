import { CATALOG } from '../../src/explorer/catalog';
import { Output, parseArgs, STDIO, UsageError } from './args';
import { RegistryShapeError } from './registry-edit';
import { scaffold, ScaffoldReport } from './scaffold';

/**
 * `npm run new-service -- ...`: the arguments, the scaffold, and what to fill in next.
 * Returns the exit code: 0 done (or --help), 1 a registry of an unexpected shape, 2 bad input;
 * nothing is written unless it returns 0.
 */
export function main(argv: string[], io: Output = STDIO): number {
  try {
    const options = parseArgs(argv, io);
    if (options) io.out(summary(scaffold(options)));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`new-service: ${e.message}\n(npm run new-service -- --help for usage)\n`);
      return 2;
    }
    if (e instanceof RegistryShapeError) {
      io.err(`new-service: ${e.message}; nothing was written\n`);
      return 1;
    }
    throw e;
  }
}

function summary(r: ScaffoldReport): string {
  const p = r.plan;
  const list = (title: string, files: string[]) => (files.length ? [title, ...files.map((f) => `  ${f}`)] : []);
  return [
    `${p.id} ${p.name} ${p.version}: ${p.operations.length} operation(s) from wsdl/${p.wsdl}, served on ${p.path}`,
    ...list('Created:', r.created),
    ...list('Overwritten:', r.overwritten),
    ...list('Kept as they were:', r.kept),
    ...list('Registered in:', r.registered),
    ...(CATALOG.some((row) => row.id === p.id) ? [] : ['', `Note: ${p.id} is not a row of the catalogue (src/explorer/catalog.ts): npm run docs writes no facts for it.`]),
    '',
    'Next:',
    `  1. npm run docs   (fills the page's facts and the README's tables); npx jest ${p.e2eTest}   (passes as generated)`,
    ...(p.source.isNew ? [`  2. src/sources/${p.source.folder}/index.ts: the real tables, the reader's questions, the seed of the personas`] : [`  2. src/sources/${p.source.folder}/: what the new service needs to read`]),
    `  3. ${p.folder}/handler.ts: the answers (the TODOs); service.ts: validate, the authorization rows, targetSsin`,
    `  4. ${p.folder}/outcomes.ts: every persona; samples.ts where the explorer's sample needs hints`,
    `  5. ${p.e2eTest}: the real cases; docs/services/${p.id}.md and the README's services table`,
    '',
  ].join('\n');
}
