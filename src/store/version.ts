import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { SourceSchema } from './db';

/**
 * The version of a data directory's contents, derived instead of bumped by hand: a hash of every
 * table definition and of the code that writes the seed (the sources and the generator under
 * fixtures/, as this build has them). Any change to either rebuilds an older database from the
 * seed on the next start; a forgotten bump can no longer leave old tables behind.
 */
export function dataVersion(schemas: SourceSchema[]): string {
  const hash = createHash('sha256');
  for (const s of schemas) hash.update(`${s.name}\n${s.ddl}\n`);
  const root = path.join(__dirname, '..', '..');
  for (const file of seedCode(root)) hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The seed's code: src/sources/, the src/domain/ helpers they and the generator use (SSIN, dates,
 * phonetic keys) and fixtures/ (.ts under ts-jest, .js when built), in a stable order.
 */
function seedCode(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(path.join(root, 'src', 'sources'));
  walk(path.join(root, 'src', 'domain'));
  walk(path.join(root, 'fixtures'));
  return files;
}
