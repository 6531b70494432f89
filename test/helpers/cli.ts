import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../../src/paths';

/** The CLI as shipped: `node dist/src/cli.js`. */
export const CLI = path.join(PROJECT_ROOT, 'dist', 'src', 'cli.js');

/**
 * Compiles src/ to dist/ (incremental: a second run only recompiles what changed). Test files that
 * run the CLI build it at once in parallel workers: a lock folder makes them take turns, so that
 * none starts the CLI from a half-written file.
 */
export function buildCli(): void {
  const lock = path.join(PROJECT_ROOT, 'dist.build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is still held: remove it if no build runs`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  } finally {
    fs.rmdirSync(lock);
  }
}

/** Starts `ksz-emulator ...args` and resolves once it listens, with its URL and its output so far. */
export function startCli(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    // Any free SFTP port: the default 2222 would collide between test files running at once.
    const child = spawn(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, NO_COLOR: '1', KSZ_EMU_SFTP_PORT: '0', ...env } });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "listening" line:\n${out}`));
    }, 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('KSZ emulator listening'));
      const m = line?.match(/(?:url=|"url":")(http:\/\/[^\s"]+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${out}`)));
  });
}
