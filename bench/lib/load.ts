/**
 * One bounded load run with autocannon against 127.0.0.1, and what we keep of it.
 *
 * - Latencies are recorded from autocannon's per-response event (sub-millisecond floats), not from
 *   its integer histogram, so p50 of a 0.4 ms reply reads 0.4 and not 0.
 * - Steady state only: autocannon opens its connections at the start of every run, and a busy Node
 *   server accepts a burst of new connections only a few at a time (one per event-loop turn), so
 *   the first request of the last of 64 connections can wait seconds. req/s and latencies count
 *   from the moment every connection has had its first reply (`rampMs` says when that was); the
 *   whole-run figures are kept in `wholeRun`.
 */
import autocannon from 'autocannon';
import type { BenchRequest } from './requests';
import { isBusinessSuccess } from './requests';
import { cpuBetween, cpuSnapshot, rssTracker } from './processes';

export interface RunMeasure {
  connections: number;
  durationS: number;
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p99: number; max: number; mean: number };
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx replies that are not a business success (fault, ok="NO", NO_RESULT...). */
  businessErrors: number;
  /** Peak RSS of the server process during the run, bytes. */
  peakRssBytes?: number;
  /** Bytes per reply as received (status line and headers included), mean. */
  replyBytes?: number;
  /** Milliseconds from the start until every connection had its first reply. */
  rampMs: number;
  /** CPU over the run, % of one core: the server process (all its threads), this load generator, and everything else on the machine. */
  cpu?: {
    server?: number;
    loadGenerator: number;
    foreign: number;
    /**
     * Server CPU time (all its threads) per reply over the whole run, in ms: the cost of a request,
     * and much less disturbed by other processes than req/s.
     */
    serverMsPerRequest?: number;
  };
  /** The same figures over the whole run, ramp included. */
  wholeRun: { requests: number; reqPerSec: number; p99: number; max: number };
}

/** A request as autocannon takes it, optionally rebuilt for every call. */
export interface LoadRequest {
  method: 'POST' | 'GET';
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  setupRequest?: (req: autocannon.Request, context: Record<string, unknown>) => autocannon.Request;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

export function toLoadRequest(r: BenchRequest): LoadRequest {
  return { method: r.method, path: r.path, headers: r.headers, body: r.body };
}

export interface LoadOptions {
  port: number;
  connections: number;
  durationS: number;
  requests: LoadRequest[];
  /** Pid of the server process, for its peak RSS. */
  serverPid?: number;
  /** Stop after this many requests even before the duration is over (signed pool). */
  maxRequests?: number;
  /** Check each reply body (default: isBusinessSuccess). */
  verify?: (body: string) => boolean;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

class Samples {
  private a = new Float64Array(1 << 15);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const bigger = new Float64Array(this.a.length * 2);
      bigger.set(this.a);
      this.a = bigger;
    }
    this.a[this.n++] = v;
  }
  sorted(): Float64Array {
    return this.a.slice(0, this.n).sort();
  }
}

export async function runLoad(o: LoadOptions): Promise<RunMeasure> {
  const all = new Samples();
  const steady = new Samples();
  const seen = new Set<unknown>();
  let bytes = 0;
  let rampEnd: number | undefined;
  const rss = o.serverPid ? rssTracker(o.serverPid) : undefined;
  const verify = o.verify ?? isBusinessSuccess;
  const opts = {
    url: `http://127.0.0.1:${o.port}`,
    connections: o.connections,
    pipelining: 1,
    duration: o.durationS,
    // Generous: a slow scenario at 64 connections answers late, which is a latency, not an error.
    timeout: 30,
    requests: o.requests as autocannon.Request[],
    verifyBody: verify,
    ...(o.maxRequests ? { maxOverallRequests: o.maxRequests } : {}),
  } as autocannon.Options;
  const pids = o.serverPid ? [o.serverPid, process.pid] : [process.pid];
  const cpu0 = cpuSnapshot(pids);
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(opts, (err: unknown, res: autocannon.Result) => (err ? reject(err) : resolve(res)));
    instance.on('response', (client: unknown, _status: number, resBytes: number, responseTime: number) => {
      all.push(responseTime);
      bytes += resBytes;
      if (rampEnd !== undefined) steady.push(responseTime);
      else if (seen.add(client).size === o.connections) rampEnd = performance.now();
    });
  });
  const ended = performance.now();
  const cpu = cpuBetween(cpu0, cpuSnapshot(pids));
  const peakRssBytes = rss?.stop();
  const r = result as autocannon.Result & { mismatches: number };
  const wholeS = (ended - started) / 1000;
  const allSorted = all.sorted();
  // Too short a steady part (a pool that ran out, a ramp that never ended): report the whole run.
  const useSteady = rampEnd !== undefined && steady.n >= Math.max(50, all.n / 4);
  const sorted = useSteady ? steady.sorted() : allSorted;
  const durationS = useSteady ? (ended - rampEnd!) / 1000 : wholeS;
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  const n = sorted.length;
  return {
    connections: o.connections,
    durationS: Math.round(durationS * 100) / 100,
    requests: n,
    reqPerSec: durationS > 0 ? n / durationS : 0,
    latencyMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: n ? sorted[n - 1] : 0, mean: n ? sum / n : 0 },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    businessErrors: r.mismatches ?? 0,
    peakRssBytes,
    replyBytes: all.n ? Math.round(bytes / all.n) : undefined,
    cpu: cpu && {
      server: o.serverPid ? cpu.perPid[o.serverPid] : undefined,
      loadGenerator: cpu.perPid[process.pid],
      foreign: cpu.foreign,
      serverMsPerRequest: o.serverPid && all.n ? Math.round((cpu.secondsPerPid[o.serverPid] / all.n) * 1e6) / 1e3 : undefined,
    },
    rampMs: Math.round(((rampEnd ?? ended) - started) * 10) / 10,
    wholeRun: {
      requests: all.n,
      reqPerSec: wholeS > 0 ? all.n / wholeS : 0,
      p99: percentile(allSorted, 99),
      max: all.n ? allSorted[all.n - 1] : 0,
    },
  };
}
