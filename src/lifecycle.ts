import type pino from 'pino';
import type { Clock } from './clock';
import type { SourceAccess, SourceName } from './sources/registry';
import { SOURCES, pickSources } from './sources/registry';
import type { SourceModule } from './sources/source';
import { SERVICES } from './services/registry';
import type { ServiceDef } from './services/types';

/**
 * Start, stop and reset hooks of sources and services: what the delivery workers of later issues
 * (notifications pushed to OCMWs, files picked up over SFTP) hang on. A running server starts them
 * once it listens and stops them before it closes; POST /_admin/reset calls `reset` after the
 * re-seed, so a worker can drop what it keeps in memory. Sources start first and stop last.
 */
export interface Hooks<Access> {
  start?(access: Access, context: LifecycleContext): void | Promise<void>;
  stop?(access: Access): void | Promise<void>;
  reset?(access: Access): void;
}

/** What a hook gets besides its own sources. */
export interface LifecycleContext {
  clock: Clock;
  log: pino.Logger;
  /** The base URL the server listens on (for callbacks). */
  url: string;
}

/** The parts of a running emulator the hooks need. */
export interface HookHost {
  sources: SourceAccess;
  clock: Clock;
  log: pino.Logger;
}

interface Hooked {
  name: string;
  hooks: Hooks<unknown>;
  access: unknown;
}

/** Every hook holder in start order: sources (in registry order), then services. */
export function hooked(host: HookHost, sources: Record<string, SourceModule> = SOURCES, services: ServiceDef[] = SERVICES): Hooked[] {
  const fromSources = Object.entries(sources)
    .filter(([, m]) => m.hooks)
    .map(([name, m]) => ({ name: `source ${name}`, hooks: m.hooks as Hooks<unknown>, access: (host.sources as Record<string, unknown>)[name] }));
  const fromServices = services
    .filter((s) => s.hooks)
    .map((s) => ({ name: `service ${s.id} ${s.name} ${s.version}`, hooks: s.hooks as Hooks<unknown>, access: pickSources(host.sources, s.sources as readonly SourceName[]) }));
  return [...fromSources, ...fromServices];
}

export async function startHooks(host: HookHost, url: string, all = hooked(host)): Promise<void> {
  const context = { clock: host.clock, log: host.log, url };
  for (const h of all) await h.hooks.start?.(h.access, context);
}

/** Stops in reverse order; one failing stop is logged and does not keep the others running. */
export async function stopHooks(host: HookHost, all = hooked(host)): Promise<void> {
  for (const h of [...all].reverse()) {
    try {
      await h.hooks.stop?.(h.access);
    } catch (err) {
      host.log.error({ err, hook: h.name }, 'stop hook failed');
    }
  }
}

export function resetHooks(host: HookHost, all = hooked(host)): void {
  for (const h of all) h.hooks.reset?.(h.access);
}
