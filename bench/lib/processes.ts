/**
 * Child processes of the benchmark: the emulator and the reference servers, each a separate Node
 * process on 127.0.0.1, always killed at the end (also on errors and Ctrl-C).
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import type { BenchRequest } from './requests';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const EMULATOR_CLI = path.join(ROOT, 'dist', 'src', 'cli.js');

const children = new Set<ChildProcess>();

/** Kills every child still running (SIGKILL: this runs from exit handlers, which cannot wait). */
export function killAllChildren(): void {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) {
      try {
        c.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  children.clear();
}

let handlersInstalled = false;
/** Makes sure no server outlives the benchmark, whatever ends it. */
export function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllChildren);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      killAllChildren();
      process.exit(130);
    });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface HttpResult {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** One request with node:http (no keep-alive agent, so a test call leaves no socket behind). */
export function httpCall(port: number, req: BenchRequest | { method: 'GET'; path: string; headers?: Record<string, string>; body?: string }, timeoutMs = 10_000): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const body = req.body ?? '';
    const r = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.path, agent: false, timeout: timeoutMs, headers: { ...(req.headers ?? {}), 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', reject);
      },
    );
    r.on('timeout', () => r.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    r.on('error', reject);
    r.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Repeats `req` until it is answered with HTTP 200; returns the milliseconds since `since` (a performance.now()). */
export async function waitServed(port: number, req: Parameters<typeof httpCall>[1], since: number, timeoutMs: number, child?: ChildProcess): Promise<number> {
  const deadline = since + timeoutMs;
  let last = '';
  while (performance.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before serving: ${last}`);
    try {
      const res = await httpCall(port, req, 5_000);
      if (res.status === 200) return performance.now() - since;
      last = `HTTP ${res.status} ${res.body.slice(0, 200)}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(5);
  }
  throw new Error(`no HTTP 200 within ${timeoutMs} ms: ${last}`);
}

export interface ServerProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  port: number;
  /** Everything the process wrote to stdout/stderr (bounded). */
  output(): string;
  stop(): Promise<void>;
}

function track(name: string, child: ChildProcess, port: number): ServerProcess {
  children.add(child);
  let out = '';
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    pid: child.pid!,
    port,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  };
}

export interface EmulatorOptions {
  dataDir: string;
  population: number;
  logLevel?: string;
  extraArgs?: string[];
  nodeArgs?: string[];
}

/** Starts `node dist/src/cli.js start` on a free loopback port. */
export async function spawnEmulator(o: EmulatorOptions): Promise<ServerProcess> {
  const port = await freePort();
  const args = [
    ...(o.nodeArgs ?? []),
    EMULATOR_CLI,
    'start',
    '--port', String(port),
    '--host', '127.0.0.1',
    '--data-dir', o.dataDir,
    '--log-level', o.logLevel ?? 'warn',
    '--population', String(o.population),
    ...(o.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production', KSZ_EMU_LOG_FORMAT: 'json' } });
  return track('emulator', child, port);
}

/** Starts one of the reference servers of bench/refservers.ts ('ceiling' or 'peer'). */
export async function spawnReference(kind: 'ceiling' | 'peer', replyFile: string): Promise<ServerProcess> {
  const port = await freePort();
  const script = path.join(__dirname, '..', 'refservers.js');
  const child = spawn(process.execPath, [script, kind, '--port', String(port), '--reply', replyFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const p = track(kind, child, port);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start: ${p.output()}`)), 30_000);
    const onData = () => {
      if (p.output().includes('listening')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited (${code}): ${p.output()}`));
    });
  });
  return p;
}

/** Memory of a process from /proc (Linux), in bytes. */
export function procMemory(pid: number): { rss?: number; hwm?: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) * 1024 : undefined;
    };
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return {};
  }
}

/** Resets the kernel's peak-RSS mark (VmHWM) of a process we own; false where not supported. */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * Tracks the peak RSS of a process over an interval: the kernel's VmHWM after a reset when it can,
 * and VmRSS sampled every 100 ms in any case (the larger of the two is reported).
 */
export function rssTracker(pid: number): { stop(): number | undefined } {
  const hwmReset = resetPeakRss(pid);
  let peak = procMemory(pid).rss ?? 0;
  const timer = setInterval(() => {
    const { rss } = procMemory(pid);
    if (rss && rss > peak) peak = rss;
  }, 100);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const { rss, hwm } = procMemory(pid);
      if (rss && rss > peak) peak = rss;
      if (hwmReset && hwm && hwm > peak) peak = hwm;
      return peak || undefined;
    },
  };
}

export function dirSize(dir: string): number {
  let total = 0;
  for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, f.name);
    total += f.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}

/** CPU time counters (Linux /proc, clock ticks): the whole machine's busy time and some processes'. */
export interface CpuSnapshot {
  at: number;
  busyTicks: number;
  perPid: Map<number, number>;
}

const TICKS_PER_S = 100; // USER_HZ on Linux

function pidTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime (all threads)
  } catch {
    return 0;
  }
}

export function cpuSnapshot(pids: number[]): CpuSnapshot | undefined {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const busyTicks = v.slice(0, 8).reduce((a, b) => a + b, 0) - idle;
    return { at: performance.now(), busyTicks, perPid: new Map(pids.map((p) => [p, pidTicks(p)])) };
  } catch {
    return undefined;
  }
}

/**
 * CPU use between two snapshots, in percent of one core: each listed process, and everything else
 * on the machine ("foreign": other people's work, which makes a run noisy).
 */
export function cpuBetween(
  a: CpuSnapshot | undefined,
  b: CpuSnapshot | undefined,
): { perPid: Record<number, number>; secondsPerPid: Record<number, number>; foreign: number } | undefined {
  if (!a || !b) return undefined;
  const seconds = (b.at - a.at) / 1000;
  if (seconds <= 0) return undefined;
  const pct = (ticks: number) => Math.round((ticks / TICKS_PER_S / seconds) * 1000) / 10;
  const perPid: Record<number, number> = {};
  const secondsPerPid: Record<number, number> = {};
  let ours = 0;
  for (const [pid, t0] of a.perPid) {
    const d = (b.perPid.get(pid) ?? t0) - t0;
    ours += d;
    perPid[pid] = pct(d);
    secondsPerPid[pid] = d / TICKS_PER_S;
  }
  return { perPid, secondsPerPid, foreign: Math.max(0, pct(b.busyTicks - a.busyTicks - ours)) };
}

/**
 * Waits (up to `maxMs`) until other processes use less than `thresholdPct` of a core, sampled
 * over one second; returns how long it waited. A benchmark on a shared machine then measures in
 * the quiet moments rather than during someone else's test run.
 */
export async function waitForQuiet(ownPids: number[], thresholdPct: number, maxMs: number): Promise<{ waitedMs: number; foreign?: number }> {
  const started = performance.now();
  let foreign: number | undefined;
  for (;;) {
    const a = cpuSnapshot(ownPids);
    await new Promise((r) => setTimeout(r, 1000));
    foreign = cpuBetween(a, cpuSnapshot(ownPids))?.foreign;
    const waitedMs = performance.now() - started;
    if (foreign === undefined || foreign < thresholdPct || waitedMs >= maxMs) return { waitedMs, foreign };
  }
}
