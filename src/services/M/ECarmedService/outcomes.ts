import type { PersonaOutcome } from '../../../personas/outcome';

/** What ECarmedService answers the personas (filled with the MediPrima personas). */
export const OUTCOMES: PersonaOutcome[] = [];
