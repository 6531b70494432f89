import { addRatios, evaluateTargets, formatReport, noisyRuns, ScenarioResult, table, BenchResult } from '../../bench/lib/report';
import type { RunMeasure } from '../../bench/lib/load';

/** The benchmark's result formatting (bench/lib/report.ts): ratios, targets, tables. No timing is asserted. */
const run = (connections: number, reqPerSec: number, p99 = 5, rss?: number): RunMeasure => ({
  connections,
  durationS: 10,
  requests: reqPerSec * 10,
  reqPerSec,
  latencyMs: { p50: 1, p99, max: p99 * 2, mean: 1.2 },
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  businessErrors: 0,
  peakRssBytes: rss,
  rampMs: 10,
  wholeRun: { requests: reqPerSec * 10, reqPerSec, p99, max: p99 * 2 },
  cpu: { server: 100, loadGenerator: 50, foreign: connections === 64 ? 40 : 1 },
});

const scenarios: ScenarioResult[] = [
  { key: 'ceiling', name: 'c', server: 'ceiling', description: '', runs: [run(8, 10000), run(64, 12000)] },
  { key: 'peer', name: 'p', server: 'peer', description: '', runs: [run(8, 2000), run(64, 2000)] },
  { key: 'newstyle-basic', name: 'n', server: 'emulator', description: '', runs: [run(8, 4000, 30, 200 * 1048576), run(64, 4500, 40, 250 * 1048576)] },
  { key: 'newstyle-signed', name: 's', server: 'emulator', description: '', runs: [], skipped: 'no signer yet' },
];

describe('bench report', () => {
  it('computes ratios to the ceiling and the peer at the same concurrency', () => {
    const r = addRatios(scenarios).find((s) => s.key === 'newstyle-basic')!.runs;
    expect(r[0].ratioToCeiling).toBeCloseTo(0.4);
    expect(r[0].ratioToPeer).toBeCloseTo(2);
    expect(r[1].ratioToCeiling).toBeCloseTo(0.375);
    expect(r[1].ratioToPeer).toBeCloseTo(2.25);
  });

  it('evaluates the targets of issue #5', () => {
    const t = evaluateTargets(addRatios(scenarios), [], 100_000);
    const byName = Object.fromEntries(t.map((x) => [x.name, x.met]));
    expect(byName['new-style Basic, c64 vs peer']).toBe(true);
    expect(byName['new-style Basic, c64 vs ceiling']).toBe(true);
    expect(byName['p99 at c8: newstyle-basic']).toBe(false);
    expect(byName['RSS with 100,000 persons']).toBe(true);
    // Another population than 100,000 and no scaling run: RSS not measured.
    expect(evaluateTargets(scenarios, [], 10_000).find((x) => x.name.startsWith('RSS'))!.met).toBeNull();
  });

  it('calls lookups flat when their CPU cost does not grow with the population', () => {
    const lookup = (ms: number, rate: number) => ({ ...run(8, rate), cpu: { server: 100, loadGenerator: 10, foreign: 0, serverMsPerRequest: ms } });
    const scaling = (ms: number) => [
      { population: 10_000, firstStartToServedMs: 1, restartToServedMs: 1, dbBytes: 1, identifyC8: lookup(1, 700) },
      { population: 100_000, firstStartToServedMs: 1, restartToServedMs: 1, dbBytes: 1, identifyC8: lookup(ms, 650) },
    ];
    const flat = (ms: number) => evaluateTargets(scenarios, scaling(ms), 10_000).find((t) => t.name.startsWith('lookups flat'))!;
    expect(flat(1.1).met).toBe(true);
    expect(flat(1.1).measured).toBe('1.10x CPU/req, 0.93x req/s');
    expect(flat(2).met).toBe(false);
  });

  it('flags runs disturbed by other processes', () => {
    expect(noisyRuns(scenarios, [])).toEqual(['ceiling c64 (40%)', 'peer c64 (40%)', 'newstyle-basic c64 (40%)']);
  });

  it('prints aligned tables and the whole report', () => {
    expect(table(['a', 'bb'], [['x', '1'], ['yyy', '22']]).split('\n')).toEqual(['a    bb', '---  --', 'x     1', 'yyy  22']);
    const result: BenchResult = {
      schema: 'ksz-emulator-bench/1',
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:05:00.000Z',
      wallClockS: 300,
      machine: { cpuModel: 'cpu', cpus: 2, memoryGB: 8, node: 'v20', platform: 'linux x64', kernel: '6', loadAvgStart: [0, 0, 0], loadAvgEnd: [1, 1, 1] },
      options: { quick: false, durationS: 10, warmupS: 2, concurrency: [8, 64], population: 100_000, persons: [] },
      payloadBytes: {},
      scenarios: addRatios(scenarios),
      scaling: [],
      targets: evaluateTargets(addRatios(scenarios), [], 100_000),
      notes: [],
    };
    const text = formatReport(result);
    expect(text).toContain('newstyle-basic');
    expect(text).toContain('2.25x');
    expect(text).toContain('newstyle-signed skipped: no signer yet');
    expect(text).toMatch(/p99 at c8: newstyle-basic\s+< 25 ms\s+30\.0 ms\s+MISSED/);
  });
});
