import type { PersonaOutcome } from './outcome';
import { outcomeLine } from './outcome';
import { PERSONAS, Persona } from '../../fixtures/personas';
import { OUTCOMES as R01 } from '../services/R/TestConnectionService/outcomes';
import { OUTCOMES as R02 } from '../services/R/OCMWCPASManageAccess/outcomes';
import { OUTCOMES as R03 } from '../services/R/ReferenceManager/outcomes';
import { OUTCOMES as R04 } from '../services/R/OCMWCPASIdentifyPerson/outcomes';
import { OUTCOMES as R05 } from '../services/R/PersonService/outcomes';
import { OUTCOMES as R06 } from '../services/R/NRPPersonService/outcomes';
import { OUTCOMES as R07 } from '../services/R/FamilyComposition/outcomes';
import { OUTCOMES as R08 } from '../services/R/OCMWCPASPerformInvestigation/outcomes';
import { OUTCOMES as R09 } from '../services/R/RetrieveTIGroupsService/outcomes';
import { OUTCOMES as R10 } from '../services/R/SSINInformationService/outcomes';
import { OUTCOMES as R11_BIS } from '../services/R/BisPersonService/outcomes';
import { OUTCOMES as R11_MANAGE } from '../services/R/ManagePerson/outcomes';
import { OUTCOMES as R12 } from '../services/R/CBSSPersonService/outcomes';
import { OUTCOMES as S08 } from '../services/S/HealthCareInsuranceService/outcomes';
import { OUTCOMES as S13 } from '../services/S/UnemploymentDataService/outcomes';

export type { PersonaOutcome } from './outcome';

/**
 * Every persona outcome of every service folder, in catalog order. Each is proved by
 * test/e2e/persona-outcomes.test.ts; GET /_admin/personas, the explorer, the CLI and the README
 * publish them.
 */
export const OUTCOMES: PersonaOutcome[] = [...R01, ...R02, ...R03, ...R04, ...R05, ...R06, ...R07, ...R08, ...R09, ...R10, ...R11_BIS, ...R11_MANAGE, ...R12, ...S08, ...S13];

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
