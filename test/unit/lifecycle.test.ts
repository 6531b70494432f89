import pino from 'pino';
import { hooked, resetHooks, startHooks, stopHooks, HookHost } from '../../src/lifecycle';
import { SOURCES } from '../../src/sources/registry';
import type { SourceModule } from '../../src/sources/source';
import type { ServiceDef } from '../../src/services/types';
import { Clock } from '../../src/clock';
import { startEmulator } from '../helpers/emulator';

/** A stand-in host: each "source" is a plain object, so a hook's access can be recognised. */
function host(): HookHost & { logged: string[] } {
  const logged: string[] = [];
  const log = pino({ level: 'silent' });
  log.error = ((o: { hook: string }) => void logged.push(o.hook)) as typeof log.error;
  return { sources: { rva: { name: 'rva access' }, nic: { name: 'nic access' } } as never, clock: new Clock(), log, logged };
}

describe('start/stop/reset hooks of sources and services', () => {
  const calls: string[] = [];
  const record = (who: string) => ({
    start: (access: unknown, ctx: { url: string }) => void calls.push(`start ${who} ${JSON.stringify(access)} ${ctx.url}`),
    stop: () => void calls.push(`stop ${who}`),
    reset: () => void calls.push(`reset ${who}`),
  });
  const sources = { rva: { name: 'rva', open: () => ({}), hooks: record('rva') }, nic: { name: 'nic', open: () => ({}) } } as unknown as Record<string, SourceModule>;
  const service = { id: 'S99', name: 'Worker', version: 'v1', sources: ['nic'], hooks: record('S99') } as unknown as ServiceDef;
  beforeEach(() => (calls.length = 0));

  it('starts sources before services, each with only its own sources and the server URL, and stops in reverse', async () => {
    const h = host();
    const all = hooked(h, sources, [service]);
    await startHooks(h, 'http://127.0.0.1:1', all);
    await stopHooks(h, all);
    resetHooks(h, all);
    expect(calls).toEqual([
      'start rva {"name":"rva access"} http://127.0.0.1:1',
      'start S99 {"nic":{"name":"nic access"}} http://127.0.0.1:1',
      'stop S99',
      'stop rva',
      'reset rva',
      'reset S99',
    ]);
  });

  it('logs a failing stop and still stops the others', async () => {
    const h = host();
    const failing = { ...service, hooks: { stop: () => Promise.reject(new Error('stuck')) } } as ServiceDef;
    await stopHooks(h, hooked(h, sources, [failing]));
    expect(h.logged).toEqual(['service S99 Worker v1']);
    expect(calls).toEqual(['stop rva']);
  });

  it('runs the registry sources\' hooks with a real server: start on listen, reset on POST /_admin/reset, stop on close', async () => {
    const nic = SOURCES.nic as SourceModule;
    const seen: string[] = [];
    nic.hooks = { start: (_a, ctx) => void seen.push(`start ${ctx.url.startsWith('http://127.0.0.1:')}`), reset: () => void seen.push('reset'), stop: () => void seen.push('stop') };
    try {
      const emu = await startEmulator();
      expect(seen).toEqual(['start true']);
      const reset = await fetch(`${emu.url}/_admin/reset`, { method: 'POST' });
      expect(reset.status).toBe(200);
      expect(seen).toEqual(['start true', 'reset']);
      await emu.close();
      expect(seen).toEqual(['start true', 'reset', 'stop']);
    } finally {
      delete nic.hooks;
    }
  });
});
