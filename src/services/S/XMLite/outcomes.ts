import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S04 XMLite (classic): L950 for the persona integrated by the caller (OCMW Gent), every Dimona
 * period overlapping 1995-01-01..2026-12-31, 32 at a time; the clock at 2026-11-16.
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z' };
const l950 = operationOutcomes('S04', 'L950', NOW);
const NONE = 'AnswerOK with NbrOfAvailableAnswer 0: no Dimona period.';

export const OUTCOMES: PersonaOutcome[] = [
  l950('employed', 'YES', '0', 'One Activity: Logistiek Gent BV since 2019-04-01, joint committee 200, last action 1 (entry); the employer of Dolsis findEmployersByWorker.'),
  l950('student-interim', 'YES', '0', 'The student (STU) and interim (IVT) periods of 2024-2025, the oldest first, each ended (last action 2).'),
  l950('employed', 'YES', '0', 'Administrative staff may ask L950 (Dimona carries no wage).', { role: 'ADMIN_STAFF' }),
  l950('employed', 'NO', '39000013', 'The financial director: A701 only.', { role: 'FINANCIAL_DIRECTOR' }),
  ...l950.each(['self-employed', 'self-employed-pre-2003', 'posted-worker', 'property-owner'], 'YES', '0', NONE),
  l950('deceased', 'YES', '0', 'Textiel Gent NV 1990-01-01..2013-04-30, last action 2 (exit); nothing after.'),
  ...sharedCheckOutcomes(l950, { channel: 'classic', finality: true }),
];
