import type { FaultRule } from '../faults/rules';

/**
 * What a service answers a persona, as data a test proves (test/e2e/persona-outcomes.test.ts):
 * the request is the explorer's sample request (src/explorer/samples.ts) for that persona,
 * operation, organisation and role, sent over HTTP to a running emulator; the reply's status
 * and code must equal `expect`.
 *
 * One vocabulary for both channels:
 * - new style: `status` is the value of the reply's status block (DATA_FOUND, NO_DATA_FOUND, INCOMPLETE_DATA,
 *   NO_RESULT), `code` its code (MSG00000, MSG00012, UD000033, ...); a contract whose status has
 *   its own codes and no value (Cadnet, `ownStatus` in its declaration): `status` is that code,
 *   `code` the code of its first informationMessage ('' when it has none);
 * - classic (SSDN): `status` is the `ok` attribute of the ServiceReply's ResultSummary (YES, NO,
 *   WARNING), `code` the ReasonCode of its first Detail, or its ReturnCode ('0') when it has none.
 */
export interface PersonaOutcome {
  /** The persona key (fixtures/personas.ts), e.g. 'not-integrated'. */
  persona: string;
  /** The catalog ID of the service, e.g. 'R09'. The outcome holds for every version of it that has the operation. */
  service: string;
  /** The operation name, e.g. 'retrieveTI' (classic: the operation of the service declaration, e.g. 'LIST'). */
  operation: string;
  expect: { status: string; code: string };
  /** One line: what the reply carries, for people (README, explorer, CLI). */
  summary: string;
  request?: OutcomeRequest;
}

export interface OutcomeRequest {
  /** KBO number of the calling organisation; default the OCMW that integrated the personas (Gent). */
  organisation?: string;
  /** The caller's role; default SOCIAL_WORKER. */
  role?: string;
  /** The legal context; default the first one an authorization row gives this role for the operation. */
  legalContext?: string;
  /** Element values by local name (or 'parent/child'), on top of the sample's own. */
  values?: Record<string, string>;
  /** Optional elements to include, by local name. */
  include?: string[];
  /** Optional elements to leave out, by local name. */
  exclude?: string[];
  /** The emulator's clock for this outcome (ISO 8601 date-time); default the real time. */
  now?: string;
  /** Fault rules in force for this outcome (PUT /_admin/faults, src/faults/rules.ts), cleared after it. */
  faults?: FaultRule[];
  /** Requests sent first, for the same persona and organisation (e.g. an R02 REGISTER); each must succeed. */
  before?: { service: string; operation: string; values?: Record<string, string> }[];
}

/** The one-line form the older `answers` field carried: "<status> <code>: <summary>". */
export function outcomeLine(o: PersonaOutcome): string {
  return `${o.expect.status} ${o.expect.code}: ${o.summary}`;
}

export { sharedCheckOutcomes } from './shared-checks';

type Request = OutcomeRequest | undefined;

/** One outcome line of an operation; `.each` gives several personas the same answer. */
export interface OutcomeLine {
  (persona: string, status: string, code: string, summary: string, request?: Request): PersonaOutcome;
  each(personas: readonly string[], status: string, code: string, summary: string): PersonaOutcome[];
}

/**
 * The outcomes of one operation of a service, one call per line:
 * `const rights = operationOutcomes('S13', 'consultRights'); rights('standard', 'DATA_FOUND', 'MSG00000', '...')`.
 * `defaults` is what every line's request starts from (its values, include and exclude add up).
 */
export function operationOutcomes(service: string, operation: string, defaults?: Request): OutcomeLine {
  const line = (persona: string, status: string, code: string, summary: string, request?: Request): PersonaOutcome => {
    const merged = mergeRequests(defaults, request);
    return { persona, service, operation, expect: { status, code }, summary, ...(merged ? { request: merged } : {}) };
  };
  line.each = (personas: readonly string[], status: string, code: string, summary: string) =>
    personas.map((persona) => line(persona, status, code, summary));
  return line;
}

/** The outcomes of a service whose lines name their operation: `r04('standard', 'bySSIN', 'YES', '0', '...')`. */
export function serviceOutcomes(service: string, defaults?: Request) {
  return (persona: string, operation: string, status: string, code: string, summary: string, request?: Request): PersonaOutcome =>
    operationOutcomes(service, operation, defaults)(persona, status, code, summary, request);
}

function mergeRequests(base: Request, own: Request): Request {
  if (!base || !own) return base ?? own;
  const list = (a?: string[], b?: string[]) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);
  const merged: OutcomeRequest = { ...base, ...own };
  const values = base.values || own.values ? { ...base.values, ...own.values } : undefined;
  const include = list(base.include, own.include);
  const exclude = list(base.exclude, own.exclude);
  if (values) merged.values = values;
  if (include) merged.include = include;
  if (exclude) merged.exclude = exclude;
  return merged;
}
