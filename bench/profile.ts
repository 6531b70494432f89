/**
 * Summarizes a V8 .cpuprofile (from `npm run bench -- --cpu-prof`): self time by function and by
 * file/package, and inclusive time of the emulator's own functions.
 *
 *   node dist/bench/profile.js bench/results/profiles/<name>.cpuprofile [--top 30]
 */
import * as fs from 'fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 13).split('/').slice(0, url.slice(nm + 13).startsWith('@') ? 2 : 1).join('/');
  const m = /\/(dist\/[^:]+)$/.exec(url) ?? /\/(src\/[^:]+)$/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}

export function summarize(p: CpuProfile, top = 30): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const fnSelf = new Map<string, number>();
  const fileSelf = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    fnSelf.set(key, (fnSelf.get(key) ?? 0) + t);
    const f = where(n.callFrame.url);
    fileSelf.set(f, (fileSelf.get(f) ?? 0) + t);
    // Inclusive time of every distinct emulator function on the stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)!.callFrame;
      if (!/\/dist\/(src|fixtures)\//.test(cf.url)) continue;
      const k = `${cf.functionName || '(anonymous)'}  ${where(cf.url)}:${cf.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  const list = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `${pct(t)}  ${k}`)
      .join('\n');
  return [
    `total sampled: ${(total / 1e6).toFixed(2)} s`,
    '',
    'self time by file / package:',
    list(fileSelf, top),
    '',
    'self time by function:',
    list(fnSelf, top),
    '',
    'inclusive time of emulator functions:',
    list(inclusive, top),
  ].join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node dist/bench/profile.js <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  const top = i > 0 ? Number(process.argv[i + 1]) : 30;
  console.log(summarize(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, top));
}
