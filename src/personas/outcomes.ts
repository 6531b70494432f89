import type { PersonaOutcome } from './outcome';
import { outcomeLine } from './outcome';
import { PERSONAS, Persona } from '../../fixtures/personas';
import { SERVICES } from '../services/registry';

export type { PersonaOutcome } from './outcome';

const personaRank = new Map(PERSONAS.map((p, i) => [p.key, i]));

/**
 * Every persona outcome the services declare, by catalog ID, then in the order of the personas
 * (fixtures/personas.ts); Array.sort is stable, so a persona's lines keep the service's order.
 * Each is proved by test/e2e/persona-outcomes.test.ts; GET /_admin/personas, the explorer, the
 * CLI and the README publish them.
 */
export const OUTCOMES: PersonaOutcome[] = SERVICES.flatMap((s) => s.outcomes ?? []).sort(
  (a, b) => a.service.localeCompare(b.service) || (personaRank.get(a.persona) ?? Infinity) - (personaRank.get(b.persona) ?? Infinity),
);

export function outcomesOf(personaKey: string): PersonaOutcome[] {
  return OUTCOMES.filter((o) => o.persona === personaKey);
}

export function outcomesFor(serviceId: string): PersonaOutcome[] {
  return OUTCOMES.filter((o) => o.service === serviceId);
}

/** The services that have persona outcomes, sorted. */
export function servicesWithOutcomes(): string[] {
  return [...new Set(OUTCOMES.map((o) => o.service))].sort();
}

/** What one service answers a persona, one line per outcome joined: "<status> <code>: <summary> | ...". */
export function answerOf(personaKey: string, serviceId: string): string | undefined {
  const lines = OUTCOMES.filter((o) => o.persona === personaKey && o.service === serviceId).map(outcomeLine);
  return lines.length ? lines.join(' | ') : undefined;
}

export interface PersonaView extends Persona {
  outcomes: Omit<PersonaOutcome, 'persona'>[];
  /** Derived from the outcomes, per service ID: "<status> <code>: <summary>", several joined with " | ". */
  answers: Record<string, string>;
}

/** A persona with its outcomes: the JSON of GET /_admin/personas and of `ksz-emulator personas --json`. */
export function personaView(p: Persona): PersonaView {
  const outcomes = outcomesOf(p.key);
  const answers: Record<string, string> = {};
  for (const id of [...new Set(outcomes.map((o) => o.service))]) answers[id] = answerOf(p.key, id)!;
  return { ...p, outcomes: outcomes.map(({ persona: _persona, ...rest }) => rest), answers };
}

export function personaViews(): PersonaView[] {
  return PERSONAS.map(personaView);
}
