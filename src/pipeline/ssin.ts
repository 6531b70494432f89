import type { AppContext } from '../app';
import { checkSsin } from '../domain/ssin';
import type { Identity } from '../sources/persons';

/**
 * The SSIN checks every service shares (security.md §6.2 steps 8-9): structure and check digits,
 * then existence and status in the registers. Each channel maps the outcome to its own codes.
 */
export type SsinOutcome =
  | { ok: true; identity: Identity }
  | { ok: false; problem: 'structure' }
  | { ok: false; problem: 'unknown' }
  | { ok: false; problem: 'replaced'; replacedBy: string }
  | { ok: false; problem: 'cancelled' };

export function checkTargetSsin(app: AppContext, ssin: string): SsinOutcome {
  if (!checkSsin(ssin, app.clock.now()).ok) return { ok: false, problem: 'structure' };
  const identity = app.persons.find(ssin);
  if (!identity) return { ok: false, problem: 'unknown' };
  if (identity.status === 'REPLACED') return { ok: false, problem: 'replaced', replacedBy: identity.replacedBy ?? '' };
  if (identity.status === 'CANCELED') return { ok: false, problem: 'cancelled' };
  return { ok: true, identity };
}
