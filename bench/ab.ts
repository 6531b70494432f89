/**
 * Compares the CPU cost per request of two builds of the emulator on this machine, under the same
 * load, in short alternating runs: both emulators run side by side (one at a time under load),
 * and each round loads A then B (B then A the next round), so that a machine that gets slower or
 * faster over minutes (a shared VM does) moves both alike. The figure that counts is the median of
 * the per-round ratios B/A.
 *
 *   npm run bench:ab -- --base /path/to/other/checkout [--rounds 8] [--duration 3] [--only classic-identify]
 *     [--cpu-prof <dir>]   profile both emulators (A.cpuprofile, B.cpuprofile; seeding included)
 *
 * The other checkout must be built (`npm run build` there); this checkout is B.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { runLoad, toLoadRequest } from './lib/load';
import { freePort, installCleanupHandlers, killAllChildren, ROOT, waitServed } from './lib/processes';
import { BenchRequest, findEmployersBasic, identifyBySsin, PERSONA, retrieveTiBasic } from './lib/requests';

const SCENARIOS: Record<string, BenchRequest> = {
  'classic-identify': identifyBySsin(PERSONA.standard),
  'newstyle-basic': retrieveTiBasic(PERSONA.standard),
  'dolsis-basic': findEmployersBasic(PERSONA.employed),
};

interface Build {
  label: string;
  root: string;
  port: number;
  pid: number;
  stop(): void;
}

async function start(label: string, root: string, population: number, dataDir: string, profileDir?: string): Promise<Build> {
  const port = await freePort();
  const cli = path.join(root, 'dist', 'src', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run npm run build in ${root}`);
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${label}.cpuprofile`] : [];
  const args = [...profile, cli, 'start', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--log-level', 'warn', '--population', String(population)];
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  await waitServed(port, SCENARIOS['classic-identify'], performance.now(), 10 * 60_000, child);
  return { label, root, port, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      rounds: { type: 'string', default: '8' },
      duration: { type: 'string', default: '3' },
      connections: { type: 'string', default: '8' },
      population: { type: 'string', default: '10000' },
      only: { type: 'string', default: 'classic-identify,newstyle-basic' },
      'cpu-prof': { type: 'string' },
    },
  });
  if (!values.base) throw new Error('--base <checkout> is required (a built checkout of the build to compare with)');
  installCleanupHandlers();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-ab-'));
  const population = Number(values.population);
  const builds = [
    await start('A', path.resolve(values.base), population, path.join(tmp, 'a'), values['cpu-prof']),
    await start('B', ROOT, population, path.join(tmp, 'b'), values['cpu-prof']),
  ];
  const scenarios = values.only!.split(',');
  const ms: Record<string, Record<string, number[]>> = {};
  /** Requests each build served in the measured rounds (warm-up excluded), to read a profile per request. */
  const served: Record<string, number> = { A: 0, B: 0 };
  try {
    for (const b of builds) for (const s of scenarios) await runLoad({ port: b.port, connections: 8, durationS: 2, requests: [toLoadRequest(SCENARIOS[s])], serverPid: b.pid });
    for (let round = 0; round < Number(values.rounds); round++) {
      const order = round % 2 ? [...builds].reverse() : builds;
      for (const s of scenarios) {
        for (const b of order) {
          const run = await runLoad({ port: b.port, connections: Number(values.connections), durationS: Number(values.duration), requests: [toLoadRequest(SCENARIOS[s])], serverPid: b.pid });
          if (run.errors || run.non2xx || run.businessErrors) throw new Error(`${b.label} ${s}: ${run.errors} errors, ${run.non2xx} non-2xx, ${run.businessErrors} business errors`);
          ((ms[s] ??= {})[b.label] ??= []).push(run.cpu?.serverMsPerRequest ?? NaN);
          served[b.label] += run.wholeRun.requests;
        }
      }
      process.stderr.write(`[ab] round ${round + 1} done\n`);
    }
  } finally {
    for (const b of builds) b.stop();
  }
  console.log(`A = ${builds[0].root}\nB = ${builds[1].root}\n`);
  console.log('scenario          A median  B median  A min  B min  B/A (median of rounds)');
  for (const s of scenarios) {
    const a = ms[s].A;
    const b = ms[s].B;
    const ratios = a.map((x, i) => b[i] / x);
    console.log(
      `${s.padEnd(16)}  ${median(a).toFixed(3).padStart(8)}  ${median(b).toFixed(3).padStart(8)}  ${Math.min(...a).toFixed(3)}  ${Math.min(...b).toFixed(3)}  ${median(ratios).toFixed(3)}`,
    );
  }
  console.log(`\nrequests served in the rounds: A ${served.A}, B ${served.B}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  killAllChildren();
  process.exit(1);
});
