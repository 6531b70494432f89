import * as fs from 'fs';
import * as path from 'path';

/** The project folder (where package.json and wsdl/ are), found from this file in src/ or dist/src/. */
function findProjectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'wsdl'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the project folder (package.json next to wsdl/)');
}

export const PROJECT_ROOT = findProjectRoot();
export const CONTRACTS_DIR = path.join(PROJECT_ROOT, 'wsdl');
