import type { AppContext } from '../app';
import type { AuthorizationRow } from '../sources/authorizations';
import type { Inscription } from '../sources/repertory';
import type { Caller, DataBlocks, Information, RequestedPeriod } from '../services/types';

/**
 * The interceptor's authorization checks, read from the reference directory (security.md §6.2):
 * service authorization → legal context → role (before the SSIN checks), then finality →
 * period → proportionality (after them). Channel-neutral: each pipeline maps a Refusal to its
 * own codes (MSG000xx for new style, ReasonCodes for classic).
 */
export type Step =
  | 'service-authorization'
  | 'legal-context'
  | 'role'
  | 'finality'
  | 'period'
  | 'proportionality';

export class Refusal extends Error {
  constructor(
    readonly step: Step,
    message: string,
    readonly information: Information[] = [],
  ) {
    super(message);
  }
}

function validAt(row: AuthorizationRow, day: string): boolean {
  return row.validFrom <= day && (!row.validTo || day <= row.validTo);
}

/** Steps 5–7: which authorization rows let this caller call this operation with this legal context. */
export function authorizeCall(
  app: AppContext,
  serviceId: string,
  operation: string,
  caller: Caller,
  legalContext: string | undefined,
  today: string,
): AuthorizationRow[] {
  const org = caller.organisation;
  const rows = app.authorizations
    .forRequest(serviceId, org.sector, org.cbe_number)
    .filter((r) => (r.operation === '*' || r.operation === operation) && validAt(r, today));
  if (rows.length === 0) {
    throw new Refusal('service-authorization', `No authorization lets ${org.cbe_number} (sector ${org.sector}) use ${serviceId} ${operation}.`);
  }
  const withContext = rows.filter((r) => r.legalContexts.length === 0 || (legalContext !== undefined && r.legalContexts.includes(legalContext)));
  if (withContext.length === 0) {
    const allowed = [...new Set(rows.flatMap((r) => r.legalContexts))].join(', ');
    throw new Refusal('legal-context', `The legal context '${legalContext ?? ''}' is not allowed here (allowed: ${allowed}).`, [
      { fieldName: 'legalContext', fieldValue: legalContext ?? '' },
    ]);
  }
  const withRole = withContext.filter((r) => r.roles.includes(caller.role));
  if (withRole.length === 0) {
    throw new Refusal('role', `The role ${caller.role} may not use ${serviceId} ${operation} under this legal context.`, [
      { fieldName: 'role', fieldValue: caller.role },
    ]);
  }
  return withRole;
}

export interface PersonDecision {
  /** The inscription that satisfied finality (absent when no integration was needed). */
  inscription?: Inscription;
  /** Blocks the caller may receive; undefined = the service has no blocks (no restriction). */
  allowedBlocks?: Set<string>;
  requestedBlocks: string[];
  filteredBlocks: string[];
  /** A NON_BLOCKING integration check failed: answer, but warn. */
  warning?: string;
}

export interface PersonQuestion {
  rows: AuthorizationRow[];
  caller: Caller;
  /** The person concerned; undefined for requests that name nobody (phonetic or address searches). */
  ssin?: string;
  today: string;
  requestedPeriod?: RequestedPeriod;
  dataBlocks?: DataBlocks;
  requestedBlocks?: string[];
}

/** Steps 10–12: finality (integration), period coverage, proportionality (data blocks). */
export function authorizePerson(app: AppContext, q: PersonQuestion): PersonDecision {
  const passed: { row: AuthorizationRow; inscription?: Inscription }[] = [];
  let periodProblem: string | undefined;
  let warning: string | undefined;

  const inscriptions = q.ssin ? app.repertory.forSsin(q.ssin).filter((i) => i.cbe_number === q.caller.organisation.cbe_number) : [];
  for (const row of q.rows) {
    if (row.integrationCheck === 'NONE' || q.ssin === undefined) {
      passed.push({ row });
      continue;
    }
    const outcome = finality(row, inscriptions, q.today, q.requestedPeriod);
    if (outcome.inscription) passed.push({ row, inscription: outcome.inscription });
    else if (row.integrationCheck === 'NON_BLOCKING') {
      passed.push({ row });
      warning = outcome.problem;
    } else if (outcome.kind === 'period') periodProblem = outcome.problem;
  }

  if (passed.length === 0) {
    const info = [
      { fieldName: 'details', fieldValue: 'The SSIN is not integrated for the given PCSA' },
      { fieldName: 'ssin', fieldValue: q.ssin },
      { fieldName: 'cbeNumber', fieldValue: q.caller.organisation.cbe_number },
    ];
    if (periodProblem) throw new Refusal('period', periodProblem, info);
    throw new Refusal('finality', `The SSIN ${q.ssin} is not integrated by ${q.caller.organisation.cbe_number} with a quality code that gives access.`, info);
  }

  const inscription = passed.find((p) => p.inscription)?.inscription;
  if (!q.dataBlocks) return { inscription, requestedBlocks: [], filteredBlocks: [], warning };

  const all = q.dataBlocks.all;
  const requested = q.requestedBlocks ?? all;
  const allowedByRows = new Set(passed.flatMap((p) => (p.row.dataBlocks.includes('*') ? all : p.row.dataBlocks)));
  const allowed = requested.filter((b) => allowedByRows.has(b));
  if (allowed.length === 0) {
    throw new Refusal('proportionality', `None of the requested data blocks (${requested.join(', ')}) is allowed for this caller.`, [
      { fieldName: 'role', fieldValue: q.caller.role },
    ]);
  }
  return {
    inscription,
    allowedBlocks: new Set(allowed),
    requestedBlocks: requested,
    filteredBlocks: requested.filter((b) => !allowedByRows.has(b)),
    warning,
  };
}

type FinalityOutcome = { inscription: Inscription; kind?: undefined; problem?: undefined } | { inscription?: undefined; kind: 'finality' | 'period'; problem: string };

function covers(i: Inscription, begin: string, end: string | null): boolean {
  return i.begin_date <= begin && (i.end_date === null || (end !== null && end <= i.end_date));
}

function finality(row: AuthorizationRow, inscriptions: Inscription[], today: string, requested?: RequestedPeriod): FinalityOutcome {
  const candidates = inscriptions.filter((i) => row.qualityCodes.includes(i.quality_code) && i.phase >= row.minPhase);
  if (row.periodRule === 'REQUESTED_PERIOD' && requested) {
    const covering = candidates.find((i) => covers(i, requested.begin, requested.end));
    if (covering) return { inscription: covering };
    if (candidates.length > 0) {
      return { kind: 'period', problem: `The integration does not cover the requested period ${requested.begin}..${requested.end ?? ''}.` };
    }
    return { kind: 'finality', problem: 'not integrated' };
  }
  const active = candidates.find((i) => covers(i, today, today));
  return active ? { inscription: active } : { kind: 'finality', problem: 'not integrated on the request date' };
}
