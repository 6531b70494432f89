import { PROJECT_ROOT } from '../paths';
import { staleFiles, writeGeneratedFiles } from './generate';

/**
 * `npm run docs` writes the generated parts of the README and docs/services/*.md;
 * `npm run docs -- --check` only says which files are stale (exit code 1), for CI.
 */
function main(args: string[]): number {
  if (args.includes('--check')) {
    const stale = staleFiles(PROJECT_ROOT);
    if (!stale.length) return 0;
    console.error(`Generated docs are stale: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
    return 1;
  }
  const written = writeGeneratedFiles(PROJECT_ROOT);
  console.log(written.length ? `Wrote ${written.join(', ')}.` : 'The generated docs are up to date.');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 2;
}
