/**
 * `npm run bench` — how fast the emulator is, against a bare node:http ceiling and a node-soap peer
 * (issue #5). Starts every server as its own process on 127.0.0.1, loads it from this process with
 * autocannon, prints a table and writes bench/results/<timestamp>.json. Every run is bounded in
 * time; every server is killed at the end, errors included.
 *
 *   npm run bench                       the full default run (about 6 minutes on 2 cores)
 *   npm run bench -- --quick            about a minute: short runs, population 10,000
 *   npm run bench -- --persons 10000,100000,1000000   scaling up to a million persons
 *   npm run bench -- --help             every option
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { LoadRequest, RunMeasure, runLoad, toLoadRequest } from './lib/load';
import {
  dirSize,
  EMULATOR_CLI,
  waitForQuiet,
  httpCall,
  installCleanupHandlers,
  killAllChildren,
  procMemory,
  ROOT,
  ServerProcess,
  spawnEmulator,
  spawnReference,
  waitServed,
} from './lib/processes';
import {
  BenchRequest,
  GENT,
  identifyBySsin,
  isBusinessSuccess,
  mixedLoad,
  PERSONA,
  R09_V2_PATH,
  retrieveTiBasic,
  findEmployersBasic,
  retrieveTiEnvelope,
  writePair,
} from './lib/requests';
import { addRatios, BenchResult, evaluateTargets, formatReport, NOISY_FOREIGN_CPU, ScalingResult, scalingTable, ScenarioResult } from './lib/report';
import { findSigner, signPool } from './lib/signing';

const HELP = `Usage: npm run bench -- [options]

  --quick                 about one minute: 2 s runs, population 10,000, scaling at 10,000 only,
                          no waiting for a quiet machine
  --duration <s>          seconds per measured run (default 10; quick 2)
  --warmup <s>            unmeasured warm-up before each scenario, concurrency 8 (default 2; quick 0.5)
  --concurrency <list>    connections per run (default 1,8,64)
  --population <n>        persons of the emulator the scenarios run against (default 100000; quick 10000)
  --persons <list>        populations of the scaling section (default 10000,100000; quick 10000;
                          add 1000000 when you want it: about 2 minutes of seeding and 700 MB of disk)
  --only <list>           run only these scenarios (ceiling, peer, classic-identify, newstyle-basic,
                          dolsis-basic, newstyle-signed, write-manage-access, mixed); 'none' for scaling only
  --no-scaling            skip the population scaling section
  --cpu-prof              run the emulator under node --cpu-prof (profiles in bench/results/profiles/;
                          summarize one with node dist/bench/profile.js <file>)
  --preload <file>        preload a module into the emulator (node -r), e.g. an experiment of
                          bench/experiments/ that simulates a hot-path fix; repeatable
  --quiet-wait <s>        before each run, wait up to this long for other processes to use less than
                          15% of a core (default 30, quick 0; 0 = never wait; at most 5 minutes in all)
  --out <dir>             where the JSON goes (default bench/results)
  --keep                  keep the temporary data directories
`;

interface Options {
  quick: boolean;
  durationS: number;
  warmupS: number;
  concurrency: number[];
  population: number;
  persons: number[];
  only?: Set<string>;
  scaling: boolean;
  cpuProf: boolean;
  preload: string[];
  quietWaitS: number;
  outDir: string;
  keep: boolean;
}

function numberList(s: string): number[] {
  return s.split(',').map((x) => {
    const n = Number(x.trim().replace(/_/g, ''));
    if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${x}`);
    return n;
  });
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      concurrency: { type: 'string' },
      population: { type: 'string' },
      persons: { type: 'string' },
      only: { type: 'string' },
      'no-scaling': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      preload: { type: 'string', multiple: true },
      'quiet-wait': { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const quick = values.quick!;
  return {
    quick,
    durationS: values.duration ? Number(values.duration) : quick ? 2 : 10,
    warmupS: values.warmup ? Number(values.warmup) : quick ? 0.5 : 2,
    concurrency: values.concurrency ? numberList(values.concurrency) : [1, 8, 64],
    population: values.population ? numberList(values.population)[0] : quick ? 10_000 : 100_000,
    persons: values.persons ? numberList(values.persons) : quick ? [10_000] : [10_000, 100_000],
    only: values.only ? new Set(values.only.split(',').map((s) => s.trim())) : undefined,
    scaling: !values['no-scaling'],
    cpuProf: values['cpu-prof']!,
    preload: (values.preload ?? []).map((f) => path.resolve(f)),
    quietWaitS: values['quiet-wait'] !== undefined ? Number(values['quiet-wait']) : quick ? 0 : 30,
    outDir: path.resolve(values.out ?? path.join(ROOT, 'bench', 'results')),
    keep: values.keep!,
  };
}

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

/** The `ms` of one of the emulator's JSON log lines ("database seeded", "test certificates issued"), when present. */
function loggedMs(output: string, message: string): number | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes(message)) continue;
    try {
      const j = JSON.parse(line) as { ms?: number };
      if (typeof j.ms === 'number') return j.ms;
    } catch {
      /* not JSON */
    }
  }
  return undefined;
}

/** Random active SSINs of the whole National Register, read from the emulator's database file. */
function sampleSsins(dataDir: string, n: number): { ssins: string[]; persons: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const db = new Database(path.join(dataDir, 'ksz-emulator.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT ssin FROM rr_person WHERE status = 'ACTIVE' ORDER BY random() LIMIT ?").all(n) as { ssin: string }[];
    const count = (t: string) => {
      try {
        return (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
      } catch {
        return 0;
      }
    };
    return { ssins: rows.map((r) => r.ssin), persons: count('rr_person') + count('bis_person') };
  } finally {
    db.close();
  }
}

let quietBudgetMs = 5 * 60_000;
/** Before a measured run: give other processes' work (a test run next door) a chance to finish. */
async function quiet(o: Options, pids: number[]): Promise<void> {
  if (o.quietWaitS <= 0 || quietBudgetMs <= 0) return;
  const { waitedMs, foreign } = await waitForQuiet([process.pid, ...pids], NOISY_FOREIGN_CPU, Math.min(o.quietWaitS * 1000, quietBudgetMs));
  quietBudgetMs -= Math.max(0, waitedMs - 1000);
  if (waitedMs > 1500) log(`  waited ${(waitedMs / 1000).toFixed(0)} s for a quiet machine (other processes now at ${foreign?.toFixed(0) ?? '?'}% of a core)`);
}

/** Cycles through pre-built requests, one per call (e.g. one SSIN after another). */
function cycling(requests: BenchRequest[]): LoadRequest[] {
  let i = 0;
  const first = requests[0];
  return [
    {
      ...toLoadRequest(first),
      setupRequest: (req) => {
        const r = requests[i++ % requests.length];
        return { ...req, path: r.path, headers: r.headers, body: r.body };
      },
    },
  ];
}

async function warmAndMeasure(server: ServerProcess, requests: () => LoadRequest[], o: Options): Promise<RunMeasure[]> {
  if (o.warmupS > 0) await runLoad({ port: server.port, connections: 8, durationS: o.warmupS, requests: requests() });
  const runs: RunMeasure[] = [];
  for (const c of o.concurrency) {
    await quiet(o, [server.pid]);
    const r = await runLoad({ port: server.port, connections: c, durationS: o.durationS, requests: requests(), serverPid: server.pid });
    log(`  c=${c}: ${r.reqPerSec.toFixed(0)} req/s, p99 ${r.latencyMs.p99.toFixed(2)} ms, errors ${r.errors + r.timeouts}, non2xx ${r.non2xx}, biz ${r.businessErrors}, ramp ${r.rampMs.toFixed(0)} ms, cpu server ${r.cpu?.server ?? '?'}% (${r.cpu?.serverMsPerRequest ?? '?'} ms/req) bench ${r.cpu?.loadGenerator ?? '?'}% other ${r.cpu?.foreign ?? '?'}%`);
    runs.push(r);
  }
  return runs;
}

function nodeArgs(o: Options, label: string): string[] {
  const preload = o.preload.flatMap((f) => ['-r', f]);
  if (!o.cpuProf) return preload;
  const dir = path.join(ROOT, 'bench', 'results', 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  return [...preload, '--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', `${label}-${Date.now()}.cpuprofile`];
}

/** First start (seeding), restart (existing database), and IdentifyPerson at c8 for one population. */
async function scalingRun(population: number, dataDir: string, o: Options): Promise<ScalingResult> {
  const probe = identifyBySsin(PERSONA.standard);
  log(`scaling: population ${population.toLocaleString('en')}, first start (seeding)`);
  let t0 = performance.now();
  let emu = await spawnEmulator({ dataDir, population, logLevel: 'info' });
  const firstStartToServedMs = await waitServed(emu.port, probe, t0, 30 * 60_000, emu.child);
  const seedMs = loggedMs(emu.output(), 'database seeded');
  const certificatesMs = loggedMs(emu.output(), 'test certificates issued');
  await emu.stop();
  const dbBytes = dirSize(dataDir);

  log(`scaling: population ${population.toLocaleString('en')}, restart with the existing database`);
  t0 = performance.now();
  emu = await spawnEmulator({ dataDir, population, nodeArgs: nodeArgs(o, `scaling-${population}`) });
  try {
    const restartToServedMs = await waitServed(emu.port, probe, t0, 5 * 60_000, emu.child);
    const { ssins, persons } = sampleSsins(dataDir, 2000);
    const requests = ssins.map(identifyBySsin);
    const bad = (await httpCall(emu.port, requests[0])).body;
    if (!isBusinessSuccess(bad)) log(`  warning: IdentifyPerson of ${ssins[0]} is not a success: ${bad.slice(0, 300)}`);
    if (o.warmupS > 0) await runLoad({ port: emu.port, connections: 8, durationS: o.warmupS, requests: cycling(requests) });
    await quiet(o, [emu.pid]);
    const identifyC8 = await runLoad({ port: emu.port, connections: 8, durationS: o.durationS, requests: cycling(requests), serverPid: emu.pid });
    const peakRssBytes = procMemory(emu.pid).hwm;
    log(`  seeded in ${seedMs} ms, db ${(dbBytes / 1e6).toFixed(0)} MB, restart ${restartToServedMs.toFixed(0)} ms, ${identifyC8.reqPerSec.toFixed(0)} req/s at c8`);
    return { population, persons, seedMs, certificatesMs, firstStartToServedMs, restartToServedMs, dbBytes, identifyC8, peakRssBytes };
  } finally {
    await emu.stop();
  }
}

interface Scenario {
  key: string;
  name: string;
  server: 'emulator' | 'ceiling' | 'peer';
  description: string;
  /** Requests for one run (fresh state per run). */
  requests: () => LoadRequest[];
  /** Distinct requests to check once before loading. */
  preflight: BenchRequest[];
  after?: () => Promise<void>;
}

function writeScenario(emulatorPort: () => number): Scenario {
  // One slot = one day (two days apart from the next): a connection takes a free slot for its
  // REGISTER, sends the UNREGISTER of the same day, and gives the slot back when that is answered.
  const free: number[] = [];
  let nextSlot = 0;
  const pairs = new Map<number, [BenchRequest, BenchRequest]>();
  const pair = (slot: number) => {
    let p = pairs.get(slot);
    if (!p) pairs.set(slot, (p = writePair(slot)));
    return p;
  };
  const [register, unregister] = writePair(0);
  return {
    key: 'write-manage-access',
    name: 'classic ManageAccess REGISTER then UNREGISTER (Tom Wouters, purpose 1, one day)',
    server: 'emulator',
    description: 'R02 OCMWCPASManageAccess: each connection alternates REGISTER and UNREGISTER of its own one-day period, so the repertory ends as it began',
    preflight: [register, unregister],
    requests: () => [
      {
        ...toLoadRequest(register),
        setupRequest: (req, ctx) => {
          const slot = free.pop() ?? nextSlot++;
          ctx.slot = slot;
          return { ...req, body: pair(slot)[0].body };
        },
      },
      {
        ...toLoadRequest(unregister),
        setupRequest: (req, ctx) => ({ ...req, body: pair(ctx.slot as number)[1].body }),
        onResponse: (_s, _b, ctx) => {
          if (typeof ctx.slot === 'number') free.push(ctx.slot);
        },
      },
    ],
    after: async () => {
      // A run that ends between a REGISTER and its UNREGISTER leaves that day registered: undo it.
      free.length = 0;
      for (let slot = 0; slot < nextSlot; slot++) await httpCall(emulatorPort(), pair(slot)[1]).catch(() => undefined);
    },
  };
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  installCleanupHandlers();
  if (!fs.existsSync(EMULATOR_CLI)) throw new Error(`${EMULATOR_CLI} is missing: run npm run build first (npm run bench does)`);
  const started = new Date();
  const loadAvgStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  if (loadAvgStart[0] > 0.7) log(`warning: load average ${loadAvgStart.join(' ')}: something else is running; the figures will be pessimistic`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-bench-'));
  // Also when Ctrl-C ends the run (the cleanup handlers exit the process).
  if (!o.keep) process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const notes: string[] = [];
  const servers: ServerProcess[] = [];
  log(`temporary data in ${tmp}`);

  try {
    // 1. Scaling with the population: seeding, start-up, lookups.
    const scaling: ScalingResult[] = [];
    const dataDirs = new Map<number, string>();
    if (o.scaling) {
      for (const population of o.persons) {
        const dir = path.join(tmp, `pop-${population}`);
        dataDirs.set(population, dir);
        scaling.push(await scalingRun(population, dir, o));
      }
      log('\n' + scalingTable(scaling));
    }

    // 2. The scenarios, against an emulator with o.population persons (re-using its database when the scaling made it).
    const scenarios: ScenarioResult[] = [];
    const payloadBytes: Record<string, number> = {};
    const wanted = (key: string) => !o.only || o.only.has(key);
    const anyScenario = ['ceiling', 'peer', 'classic-identify', 'newstyle-basic', 'dolsis-basic', 'newstyle-signed', 'write-manage-access', 'mixed'].some(wanted);
    if (anyScenario) {
      const dataDir = dataDirs.get(o.population) ?? path.join(tmp, `main-${o.population}`);
      log(`scenarios: starting the emulator with ${o.population.toLocaleString('en')} persons`);
      const t0 = performance.now();
      const emu = await spawnEmulator({ dataDir, population: o.population, nodeArgs: nodeArgs(o, 'scenarios') });
      servers.push(emu);
      const startMs = await waitServed(emu.port, identifyBySsin(PERSONA.standard), t0, 30 * 60_000, emu.child);
      log(`  served after ${startMs.toFixed(0)} ms`);

      // The emulator's TX25 reply: the fixed payload of the ceiling and the peer.
      const r09 = await httpCall(emu.port, retrieveTiBasic(PERSONA.standard));
      if (r09.status !== 200 || !isBusinessSuccess(r09.body)) throw new Error(`RetrieveTIGroups v2 preflight failed: HTTP ${r09.status} ${r09.body.slice(0, 400)}`);
      const replyFile = path.join(tmp, 'r09-reply.xml');
      fs.writeFileSync(replyFile, r09.body);
      payloadBytes.r09RequestBody = Buffer.byteLength(retrieveTiBasic(PERSONA.standard).body);
      payloadBytes.r09ReplyBody = Buffer.byteLength(r09.body);
      payloadBytes.r04RequestBody = Buffer.byteLength(identifyBySsin(PERSONA.standard).body);

      const ceiling = wanted('ceiling') ? await spawnReference('ceiling', replyFile) : undefined;
      const peer = wanted('peer') ? await spawnReference('peer', replyFile) : undefined;
      for (const s of [ceiling, peer]) if (s) servers.push(s);
      if (ceiling) payloadBytes.ceilingReplyBody = Buffer.byteLength((await httpCall(ceiling.port, retrieveTiBasic(PERSONA.standard))).body);
      if (peer) payloadBytes.peerReplyBody = Buffer.byteLength((await httpCall(peer.port, retrieveTiBasic(PERSONA.standard))).body);

      const single = (r: BenchRequest) => () => [toLoadRequest(r)];
      /** A scenario that loads one request and checks it once before. */
      const one = (r: BenchRequest) => ({ requests: single(r), preflight: [r] });
      const mix = mixedLoad();
      const list: Scenario[] = [
        {
          key: 'ceiling',
          name: 'ceiling: bare node:http, fixed reply of the R09 size',
          server: 'ceiling',
          description: `node:http reading the request and answering the emulator's own RetrieveTIGroups v2 reply bytes (${payloadBytes.r09ReplyBody} B)`,
          ...one(retrieveTiBasic(PERSONA.standard)),
        },
        {
          key: 'peer',
          name: 'peer: node-soap soap.listen, RetrieveTIGroups v2 WSDL',
          server: 'peer',
          description: 'node-soap 1.x serving wsdl/R09-RetrieveTIGroupsService/v2 with a handler returning a fixed reply object (the emulator reply, parsed once)',
          ...one(retrieveTiBasic(PERSONA.standard)),
        },
        {
          key: 'classic-identify',
          name: 'classic IdentifyPerson by SSIN (sendXML, OCMW Gent social worker)',
          server: 'emulator',
          description: 'R04 OCMWCPASIdentifyPerson bySSIN of persona standard 85061295131 through the SSDN connector',
          ...one(identifyBySsin(PERSONA.standard)),
        },
        {
          key: 'newstyle-basic',
          name: 'new-style RetrieveTIGroups v2 with HTTP Basic',
          server: 'emulator',
          description: 'R09 RetrieveTIGroups v2 (TX25) of persona standard, HTTP Basic E0244021019',
          ...one(retrieveTiBasic(PERSONA.standard)),
        },
        {
          key: 'dolsis-basic',
          name: 'new-style Dolsis findEmployersByWorker with HTTP Basic',
          server: 'emulator',
          description: 'S01 Dolsis2011Service findEmployersByWorker (scope active) of persona employed 87120196939, HTTP Basic E0244021019',
          ...one(findEmployersBasic(PERSONA.employed)),
        },
        writeScenario(() => emu.port),
        {
          key: 'mixed',
          name: 'mixed vendor-like load',
          server: 'emulator',
          description: 'each connection cycles: ' + mix.map((m) => m.name).join(', '),
          requests: () => mix.map((m) => toLoadRequest(m.request)),
          preflight: mix.map((m) => m.request),
        },
      ];

      for (const s of list) {
        if (!wanted(s.key)) continue;
        const target = s.server === 'ceiling' ? ceiling! : s.server === 'peer' ? peer! : emu;
        log(`scenario ${s.key}: ${s.name}`);
        const scenarioNotes: string[] = [];
        for (const req of s.preflight) {
          const res = await httpCall(target.port, req);
          if (res.status !== 200 || !isBusinessSuccess(res.body)) {
            const msg = `preflight ${req.path} answered HTTP ${res.status} and not a success: ${res.body.slice(0, 300)}`;
            scenarioNotes.push(msg);
            log(`  warning: ${msg}`);
          }
        }
        const runs = await warmAndMeasure(target, s.requests, o);
        await s.after?.();
        scenarios.push({ key: s.key, name: s.name, server: s.server, description: s.description, runs, notes: scenarioNotes.length ? scenarioNotes : undefined });
        // The signed scenario belongs right after the Basic one, so its pool can be sized from it.
        if (s.key === 'newstyle-basic' && wanted('newstyle-signed')) scenarios.push(await signedScenario(emu, dataDir, o, runs));
      }
      if (!list.some((s) => s.key === 'newstyle-basic' && wanted(s.key)) && wanted('newstyle-signed')) scenarios.push(await signedScenario(emu, dataDir, o, []));

    }

    const withRatios = addRatios(scenarios);
    const result: BenchResult = {
      schema: 'ksz-emulator-bench/1',
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      wallClockS: Math.round((Date.now() - started.getTime()) / 1000),
      machine: {
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        cpus: os.cpus().length,
        memoryGB: Math.round(os.totalmem() / 1e9),
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        kernel: os.release(),
        loadAvgStart,
        loadAvgEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
      },
      commit: gitCommit(),
      uncommittedChanges: uncommittedChanges(),
      options: { quick: o.quick, quietWaitS: o.quietWaitS, preload: o.preload.map((f) => path.relative(ROOT, f)), durationS: o.durationS, warmupS: o.warmupS, concurrency: o.concurrency, population: o.population, persons: o.scaling ? o.persons : [] },
      payloadBytes,
      scenarios: withRatios,
      scaling,
      targets: evaluateTargets(withRatios, scaling, o.population),
      notes,
    };
    fs.mkdirSync(o.outDir, { recursive: true });
    const file = path.join(o.outDir, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    process.stdout.write('\n' + formatReport(result) + '\n\n');
    log(`results written to ${path.relative(process.cwd(), file)}`);
  } finally {
    for (const s of servers.reverse()) await s.stop().catch(() => undefined);
    killAllChildren();
    if (!o.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
}

/** WS-Security signed RetrieveTIGroups v2, when a signer exists (see lib/signing.ts). */
async function signedScenario(emu: ServerProcess, dataDir: string, o: Options, basicRuns: RunMeasure[]): Promise<ScenarioResult> {
  const base: ScenarioResult = {
    key: 'newstyle-signed',
    name: 'new-style RetrieveTIGroups v2, WS-Security X.509 signed',
    server: 'emulator',
    description: 'R09 v2 of persona standard, signed with OCMW Gent\'s certificate (Timestamp + Body, RSA-SHA256), no HTTP Basic; pre-signed pool, one signature per call',
    runs: [],
  };
  // The test CA issues the organisations' keys at first start; asking for the organisations makes
  // sure of it where that happens lazily.
  await httpCall(emu.port, { method: 'GET', path: '/_admin/organizations' }).catch(() => undefined);
  const signer = await findSigner(dataDir, GENT.cbeNumber);
  if ('missing' in signer) {
    log(`scenario newstyle-signed skipped: ${signer.missing}`);
    return { ...base, skipped: signer.missing };
  }
  const envelope = retrieveTiEnvelope(PERSONA.standard);
  const request = (body: string): BenchRequest => ({
    method: 'POST',
    path: R09_V2_PATH,
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '"http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI"' },
    body,
  });
  let preflightBody: string;
  try {
    preflightBody = await signer.sign(envelope);
  } catch (e) {
    return { ...base, skipped: `signing with ${signer.describe} failed: ${(e as Error).message}` };
  }
  const pre = await httpCall(emu.port, request(preflightBody));
  if (pre.status !== 200 || !isBusinessSuccess(pre.body)) {
    const why = `a request signed with ${signer.describe} was answered HTTP ${pre.status}: ${pre.body.slice(0, 300)}`;
    log(`scenario newstyle-signed skipped: ${why}`);
    return { ...base, skipped: why };
  }
  log(`scenario newstyle-signed: signing with ${signer.describe}`);
  const runs: RunMeasure[] = [];
  const notes: string[] = [];
  let previousRate: number | undefined;
  for (const c of o.concurrency) {
    // Enough fresh messages for the run: 1.3x the rate of the previous signed run (the first run
    // gets a fixed-size pool), within a signing budget; a run whose pool runs out stops early.
    const expected = previousRate ?? (o.quick ? 500 : 700);
    const wantedCount = Math.max(c * 4, Math.ceil(expected * o.durationS * 1.3));
    const pool = await signPool(signer, envelope, Math.min(wantedCount, o.quick ? 2000 : 12_000), o.quick ? 6_000 : 45_000);
    let i = 0;
    const requests: LoadRequest[] = [{ ...toLoadRequest(request(pool[0])), setupRequest: (req) => ({ ...req, body: pool[i++ % pool.length] }) }];
    await quiet(o, [emu.pid]);
    const r = await runLoad({ port: emu.port, connections: c, durationS: o.durationS, requests, serverPid: emu.pid, maxRequests: pool.length });
    if (r.wholeRun.requests >= pool.length) notes.push(`c=${c}: the pool of ${pool.length} signed messages was used up after ${r.durationS} s`);
    log(
      `  c=${c}: ${r.reqPerSec.toFixed(0)} req/s, p99 ${r.latencyMs.p99.toFixed(2)} ms, errors ${r.errors + r.timeouts}, non2xx ${r.non2xx}, biz ${r.businessErrors}` +
        `, cpu server ${r.cpu?.server ?? '?'}% (${r.cpu?.serverMsPerRequest ?? '?'} ms/req), pool ${pool.length}`,
    );
    previousRate = r.wholeRun.reqPerSec;
    runs.push(r);
  }
  return { ...base, description: base.description + `; signer: ${signer.describe}`, runs, notes: notes.length ? notes : undefined };
}

/** Whether the emulator was built from a working tree with changes not committed (src/, fixtures/, wsdl/). */
function uncommittedChanges(): boolean | undefined {
  try {
    return execSync('git status --porcelain -- src fixtures wsdl', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
  } catch {
    return undefined;
  }
}

function gitCommit(): string | undefined {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

main().catch((e) => {
  log(`failed: ${e instanceof Error ? e.stack : e}`);
  killAllChildren();
  process.exitCode = 1;
});
