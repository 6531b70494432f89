/**
 * The benchmark's results: their JSON shape, the ratios to the reference points, the targets of
 * issue #5, and the text table. Pure functions (no I/O), so a unit test can exercise them.
 */
import type { RunMeasure } from './load';

export type ServerKind = 'emulator' | 'ceiling' | 'peer';

export interface RunWithRatios extends RunMeasure {
  /** req/s of this run divided by the ceiling's (peer's) at the same concurrency. */
  ratioToCeiling?: number;
  ratioToPeer?: number;
}

export interface ScenarioResult {
  key: string;
  name: string;
  server: ServerKind;
  description: string;
  runs: RunWithRatios[];
  /** Why the scenario did not run, when it did not. */
  skipped?: string;
  notes?: string[];
}

export interface ScalingResult {
  population: number;
  /** rr_person + bis rows the emulator holds (generated population plus personas). */
  persons?: number;
  /** The emulator's own "database seeded" duration on first start. */
  seedMs?: number;
  /** The test CA's "test certificates issued" duration on first start (keys of every organisation). */
  certificatesMs?: number;
  /** Process spawn to the first answered IdentifyPerson, empty data directory (includes seeding). */
  firstStartToServedMs: number;
  /** Process spawn to the first answered IdentifyPerson, existing database. */
  restartToServedMs: number;
  dbBytes: number;
  /** IdentifyPerson by SSIN over random SSINs of the whole population, concurrency 8. */
  identifyC8?: RunMeasure;
  /** Peak RSS of the restarted emulator (VmHWM over its whole life, including the load run). */
  peakRssBytes?: number;
}

export interface TargetResult {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

export interface BenchResult {
  schema: 'ksz-emulator-bench/1';
  startedAt: string;
  finishedAt: string;
  wallClockS: number;
  machine: { cpuModel: string; cpus: number; memoryGB: number; node: string; platform: string; kernel: string; loadAvgStart: number[]; loadAvgEnd: number[] };
  commit?: string;
  /** The emulator was built with uncommitted changes in src/, fixtures/ or wsdl/. */
  uncommittedChanges?: boolean;
  options: { quick: boolean; quietWaitS?: number; preload?: string[]; durationS: number; warmupS: number; concurrency: number[]; population: number; persons: number[] };
  payloadBytes: Record<string, number>;
  scenarios: ScenarioResult[];
  scaling: ScalingResult[];
  targets: TargetResult[];
  notes: string[];
}

/** Fills ratioToCeiling / ratioToPeer of every run of every scenario (references compare to themselves too). */
export function addRatios(scenarios: ScenarioResult[]): ScenarioResult[] {
  const ref = (server: ServerKind, c: number) => scenarios.find((s) => s.server === server && !s.skipped)?.runs.find((r) => r.connections === c)?.reqPerSec;
  return scenarios.map((s) => ({
    ...s,
    runs: s.runs.map((r) => {
      const ceiling = ref('ceiling', r.connections);
      const peer = ref('peer', r.connections);
      return { ...r, ratioToCeiling: ceiling ? r.reqPerSec / ceiling : undefined, ratioToPeer: peer ? r.reqPerSec / peer : undefined };
    }),
  }));
}

const MB = 1024 * 1024;
export const P99_TARGET_MS = 25;
export const RSS_TARGET_BYTES = 300 * MB;
export const RSS_TARGET_POPULATION = 100_000;
/** Indexed lookups: the CPU cost of IdentifyPerson may grow by at most this factor from the smallest to the largest population. */
export const FLAT_COST_RATIO = 1.25;

function runOf(scenarios: ScenarioResult[], key: string, c: number): RunWithRatios | undefined {
  return scenarios.find((s) => s.key === key && !s.skipped)?.runs.find((r) => r.connections === c);
}

/** The targets of issue #5, measured (never asserted). */
export function evaluateTargets(scenarios: ScenarioResult[], scaling: ScalingResult[], mainPopulation: number): TargetResult[] {
  const out: TargetResult[] = [];
  const basic64 = runOf(scenarios, 'newstyle-basic', 64);
  const peer64 = runOf(scenarios, 'peer', 64);
  const ceil64 = runOf(scenarios, 'ceiling', 64);
  out.push({
    name: 'new-style Basic, c64 vs peer',
    target: '>= 2.00x node-soap',
    measured: basic64 && peer64 ? `${fmtRatio(basic64.reqPerSec / peer64.reqPerSec)} (${fmtRate(basic64.reqPerSec)} vs ${fmtRate(peer64.reqPerSec)} req/s)` : 'not measured',
    met: basic64 && peer64 ? basic64.reqPerSec >= 2 * peer64.reqPerSec : null,
  });
  out.push({
    name: 'new-style Basic, c64 vs ceiling',
    target: '>= 0.33x bare node:http',
    measured: basic64 && ceil64 ? `${fmtRatio(basic64.reqPerSec / ceil64.reqPerSec)} (${fmtRate(basic64.reqPerSec)} vs ${fmtRate(ceil64.reqPerSec)} req/s)` : 'not measured',
    met: basic64 && ceil64 ? basic64.reqPerSec >= ceil64.reqPerSec / 3 : null,
  });
  for (const s of scenarios.filter((x) => x.server === 'emulator' && !x.skipped)) {
    const r = s.runs.find((x) => x.connections === 8);
    if (!r) continue;
    out.push({
      name: `p99 at c8: ${s.key}`,
      target: `< ${P99_TARGET_MS} ms`,
      measured: `${fmtMs(r.latencyMs.p99)} ms`,
      met: r.latencyMs.p99 < P99_TARGET_MS,
    });
  }
  const measured = scaling.filter((x) => x.identifyC8).sort((a, b) => a.population - b.population);
  if (measured.length >= 2) {
    const small = measured[0];
    const large = measured[measured.length - 1];
    const costSmall = small.identifyC8!.cpu?.serverMsPerRequest;
    const costLarge = large.identifyC8!.cpu?.serverMsPerRequest;
    const rate = large.identifyC8!.reqPerSec / small.identifyC8!.reqPerSec;
    const cost = costSmall && costLarge ? costLarge / costSmall : undefined;
    out.push({
      name: `lookups flat, ${small.population.toLocaleString('en')} -> ${large.population.toLocaleString('en')} persons`,
      target: `CPU per lookup <= ${FLAT_COST_RATIO.toFixed(2)}x`,
      measured: `${cost !== undefined ? fmtRatio(cost) + ' CPU/req, ' : ''}${fmtRatio(rate)} req/s`,
      met: cost !== undefined ? cost <= FLAT_COST_RATIO : rate >= 1 / FLAT_COST_RATIO,
    });
  }
  let rss: number | undefined;
  let where = '';
  if (mainPopulation === RSS_TARGET_POPULATION) {
    const peaks = scenarios.filter((s) => s.server === 'emulator').flatMap((s) => s.runs.map((r) => r.peakRssBytes ?? 0));
    if (peaks.length) {
      rss = Math.max(...peaks);
      where = 'peak over the scenario runs';
    }
  }
  const sc = scaling.find((x) => x.population === RSS_TARGET_POPULATION);
  if (sc?.peakRssBytes && (rss === undefined || sc.peakRssBytes > rss)) {
    rss = sc.peakRssBytes;
    where = 'peak of the scaling run';
  }
  out.push({
    name: `RSS with ${RSS_TARGET_POPULATION.toLocaleString('en')} persons`,
    target: `< ${RSS_TARGET_BYTES / MB} MB`,
    measured: rss !== undefined ? `${fmtMb(rss)} MB (${where})` : 'not measured',
    met: rss !== undefined ? rss < RSS_TARGET_BYTES : null,
  });
  return out;
}

export function fmtRate(n: number): string {
  return n >= 100 ? Math.round(n).toString() : n.toFixed(1);
}
export function fmtMs(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
export function fmtMb(bytes: number | undefined): string {
  return bytes === undefined ? '-' : (bytes / MB).toFixed(0);
}
export function fmtRatio(n: number | undefined): string {
  return n === undefined ? '-' : `${n.toFixed(2)}x`;
}

/** A plain-text table with right-aligned numbers. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function scenarioTable(scenarios: ScenarioResult[]): string {
  const header = ['scenario', 'conc', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'non2xx', 'biz-err', 'RSS MB', 'x ceiling', 'x peer', 'CPU ms/req', 'ramp s', 'other CPU%'];
  const rows: string[][] = [];
  for (const s of scenarios) {
    if (s.skipped) {
      rows.push([s.key, '-', 'skipped', '', '', '', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    for (const r of s.runs) {
      rows.push([
        s.key,
        String(r.connections),
        fmtRate(r.reqPerSec),
        fmtMs(r.latencyMs.p50),
        fmtMs(r.latencyMs.p99),
        fmtMs(r.latencyMs.max),
        String(r.errors + r.timeouts),
        String(r.non2xx),
        String(r.businessErrors),
        fmtMb(r.peakRssBytes),
        fmtRatio(r.ratioToCeiling),
        fmtRatio(r.ratioToPeer),
        r.cpu?.serverMsPerRequest !== undefined ? r.cpu.serverMsPerRequest.toFixed(3) : '-',
        (r.rampMs / 1000).toFixed(1),
        r.cpu ? r.cpu.foreign.toFixed(0) : '-',
      ]);
    }
  }
  return table(header, rows);
}

export function scalingTable(scaling: ScalingResult[]): string {
  const header = ['population', 'persons', 'seed s', 'first start s', 'restart ms', 'db MB', 'R04 c8 req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'biz-err', 'RSS MB'];
  return table(
    header,
    scaling.map((s) => [
      s.population.toLocaleString('en'),
      s.persons !== undefined ? s.persons.toLocaleString('en') : '-',
      s.seedMs !== undefined ? (s.seedMs / 1000).toFixed(1) : '-',
      (s.firstStartToServedMs / 1000).toFixed(1),
      s.restartToServedMs.toFixed(0),
      fmtMb(s.dbBytes),
      s.identifyC8 ? fmtRate(s.identifyC8.reqPerSec) : '-',
      s.identifyC8 ? fmtMs(s.identifyC8.latencyMs.p50) : '-',
      s.identifyC8 ? fmtMs(s.identifyC8.latencyMs.p99) : '-',
      s.identifyC8?.cpu?.serverMsPerRequest !== undefined ? s.identifyC8.cpu.serverMsPerRequest.toFixed(3) : '-',
      s.identifyC8 ? String(s.identifyC8.businessErrors + s.identifyC8.non2xx + s.identifyC8.errors) : '-',
      fmtMb(s.peakRssBytes),
    ]),
  );
}

export function targetsTable(targets: TargetResult[]): string {
  return table(
    ['target', 'wanted', 'measured', 'result'],
    targets.map((t) => [t.name, t.target, t.measured, t.met === null ? 'n/a' : t.met ? 'MET' : 'MISSED']),
  );
}

/** CPU used by other processes during a run above which the run is called noisy (% of one core). */
export const NOISY_FOREIGN_CPU = 15;

/** Runs during which other processes used the machine noticeably. */
export function noisyRuns(scenarios: ScenarioResult[], scaling: ScalingResult[]): string[] {
  const out: string[] = [];
  for (const s of scenarios) for (const r of s.runs) if (r.cpu && r.cpu.foreign > NOISY_FOREIGN_CPU) out.push(`${s.key} c${r.connections} (${r.cpu.foreign.toFixed(0)}%)`);
  for (const s of scaling) if (s.identifyC8?.cpu && s.identifyC8.cpu.foreign > NOISY_FOREIGN_CPU) out.push(`scaling ${s.population} (${s.identifyC8.cpu.foreign.toFixed(0)}%)`);
  return out;
}

/** Everything printed at the end of a run. */
export function formatReport(r: BenchResult): string {
  const parts = [
    `KSZ emulator benchmark — ${r.startedAt}, ${r.machine.cpus} x ${r.machine.cpuModel}, Node ${r.machine.node}` +
      `, ${r.options.durationS} s per run, population ${r.options.population.toLocaleString('en')}` +
      (r.options.preload?.length ? `, emulator preloads ${r.options.preload.join(' ')}` : '') +
      `, load average ${r.machine.loadAvgStart.map((x) => x.toFixed(2)).join(' ')} at start`,
    ...(r.scenarios.length ? ['', scenarioTable(r.scenarios)] : []),
    ...(r.scaling.length ? ['', 'Scaling with the population (IdentifyPerson by SSIN over random persons, concurrency 8):', scalingTable(r.scaling)] : []),
    '',
    'Targets (issue #5; measured, not asserted):',
    targetsTable(r.targets),
  ];
  const skipped = r.scenarios.filter((s) => s.skipped);
  const noisy = noisyRuns(r.scenarios, r.scaling);
  const noise = noisy.length
    ? [`other processes used more than ${NOISY_FOREIGN_CPU}% of a core during: ${noisy.join(', ')} — those figures are pessimistic; re-run on a quiet machine`]
    : [];
  const notes = [...noise, ...skipped.map((s) => `${s.key} skipped: ${s.skipped}`), ...r.notes, ...r.scenarios.flatMap((s) => (s.notes ?? []).map((n) => `${s.key}: ${n}`))];
  if (notes.length) parts.push('', 'Notes:', ...notes.map((n) => `- ${n}`));
  return parts.join('\n');
}
