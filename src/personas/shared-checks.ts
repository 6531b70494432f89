import type { PersonaOutcome } from './outcome';

type Line = (persona: string, status: string, code: string, summary: string) => PersonaOutcome;

/** The status and code each channel answers for the checks the pipeline makes before any handler. */
type StatusAndCode = readonly [status: string, code: string];
const CODES: Record<'new' | 'classic', Record<'finality' | 'replaced' | 'cancelled' | 'unknown', StatusAndCode>> = {
  new: { finality: ['NO_RESULT', 'MSG00012'], replaced: ['NO_RESULT', 'MSG00006'], cancelled: ['NO_RESULT', 'MSG00007'], unknown: ['NO_RESULT', 'MSG00005'] },
  classic: { finality: ['NO', '39000012'], replaced: ['NO', '31000021'], cancelled: ['NO', '31000022'], unknown: ['NO', '31000020'] },
};

/**
 * What the shared checks answer the personas no handler sees: the SSIN status (replaced, cancelled,
 * unknown) and, for a service whose authorization needs an integration, finality (the personas
 * OCMW Gent has not integrated, or no longer). The same for every service of a channel, so a
 * service's outcomes.ts lists them with one call and only its own answers by hand.
 */
export function sharedCheckOutcomes(line: Line, checks: { channel: keyof typeof CODES; finality: boolean }): PersonaOutcome[] {
  const c = CODES[checks.channel];
  const finality = checks.finality
    ? [
        line('not-integrated', ...c.finality, 'Not integrated by Gent.'),
        line('integration-expired', ...c.finality, 'The integration ended on 2024-10-31.'),
        line('phonetic-ambiguous', ...c.finality, 'Not integrated by Gent.'),
      ]
    : [];
  return [
    ...finality,
    line('replaced-ssin', ...c.replaced, 'The old number: the reply names the new SSIN.'),
    line('cancelled-ssin', ...c.cancelled, 'SSIN cancelled.'),
    line('unknown-ssin', ...c.unknown, 'SSIN unknown.'),
  ];
}
