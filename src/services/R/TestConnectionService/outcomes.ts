import type { PersonaOutcome } from '../../../personas/outcome';

/** TestConnectionService echoes a message: it concerns no person, so no persona outcome. */
export const OUTCOMES: PersonaOutcome[] = [];
