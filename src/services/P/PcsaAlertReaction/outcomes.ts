import { type PersonaOutcome, operationOutcomes } from '../../../personas/outcome';

/**
 * P14 PcsaAlertReaction (new style): OCMW Gent motivates alert 1 of form 1. The message names no
 * person; the persona only labels the line. The status is OK once the message is processed; each
 * alert's motivationResponse says OK or ERROR.
 */
const p14 = operationOutcomes('P14', 'motivateDecision');

export const OUTCOMES: PersonaOutcome[] = [
  p14('standard', 'OK', 'MSG00000', 'Processed; no alert 1 was raised after a reset, so its motivationResponse is ERROR PAR00001 (unknown alert) in NL, FR, DE and EN.'),
];
