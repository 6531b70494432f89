import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the test CA keeps its keys and certificates: <dataDir>/certs/ for a real data directory
 * (they survive restarts, and vendors copy them from there), in memory for ':memory:' (tests:
 * nothing is written to disk, nothing is shared between emulators).
 */
export interface PemStore {
  read(name: string): string | undefined;
  write(name: string, pem: string, secret: boolean): void;
  /** The file a PEM is kept in; null when it lives in memory. */
  fileOf(name: string): string | null;
}

export function openPemStore(dataDir: string): PemStore {
  return dataDir === ':memory:' ? memoryStore() : diskStore(path.join(dataDir, 'certs'));
}

function memoryStore(): PemStore {
  const pems = new Map<string, string>();
  return {
    read: (name) => pems.get(name),
    write: (name, pem) => void pems.set(name, pem),
    fileOf: () => null,
  };
}

function diskStore(dir: string): PemStore {
  const fileOf = (name: string) => path.join(dir, name);
  return {
    // Read on every use: `certs issue` in another process may have replaced a file.
    read: (name) => (fs.existsSync(fileOf(name)) ? fs.readFileSync(fileOf(name), 'utf8') : undefined),
    write(name, pem, secret) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(fileOf(name), pem, { mode: secret ? 0o600 : 0o644 });
    },
    fileOf,
  };
}
