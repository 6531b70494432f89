import type { AppContext } from '../app';
import type { SoapMessage } from '../soap/envelope';
import type { XmlElement } from '../xml/node';
import type { SourceAccess } from '../sources/registry';
import { pickSources } from '../sources/registry';
import { operationCatalogId } from '../services/catalog-ids';
import type { AuditFacts, CallContext, Caller, ServiceDef } from '../services/types';
import type { Identity } from '../sources/persons';
import type { HttpReply, IncomingCall } from './http';

export type ChannelName = 'new' | 'classic';
export type Decision = 'ALLOW' | 'DENY' | 'ERROR';

/**
 * One exchange as it flows through its channel's stages: what came in (the raw body, the envelope
 * and the request element, each parsed once), who is calling, which service and operation, what
 * the checks found, and what goes back. The journal row is written from it, in one place
 * (recordExchange), whatever the outcome.
 */
export interface Exchange {
  app: AppContext;
  channel: ChannelName;
  call: IncomingCall;
  receivedAt: Date;
  ticket: string;
  /** Every source on the database this exchange runs on (databaseFor decides which). */
  sources: SourceAccess;
  envelope?: SoapMessage;
  /** The service payload: a new-style body root, or a classic ServiceRequest's document. */
  request?: XmlElement;
  /** The client's own reference (new style informationCustomer/ticket, classic Reference). */
  reference?: string;
  service?: ServiceDef;
  operation?: string;
  caller?: Caller;
  /** Who the classic AuthorizedUser claimed to be, when authentication refused it. */
  claimed?: { userId?: string; cbeNumber?: string };
  target?: Identity;
  /** The data blocks the interceptor allows (proportionality); undefined = no restriction. */
  allowedBlocks?: Set<string>;
  audit: AuditFacts;
  /** Lenient mode: what would have been refused, as 'step: reason'. */
  lenientFindings: string[];
  decision: Decision;
  code?: string;
  reply?: HttpReply;
}

/**
 * The one place that decides which database serves an exchange (its sources). Today every exchange
 * runs on the emulator's database; isolated sandboxes will choose theirs here.
 */
export function databaseFor(app: AppContext, _call: IncomingCall): SourceAccess {
  return app.sources;
}

/**
 * A new exchange. Every field is there from the start, the unknown ones undefined, so that all
 * exchanges share one object shape as the stages fill them (V8 keeps property access fast then).
 */
export function openExchange(app: AppContext, channel: ChannelName, call: IncomingCall, ticket: string, receivedAt = app.clock.now()): Exchange {
  return {
    app,
    channel,
    call,
    receivedAt,
    ticket,
    sources: databaseFor(app, call),
    envelope: undefined,
    request: undefined,
    reference: undefined,
    service: undefined,
    operation: undefined,
    caller: undefined,
    claimed: undefined,
    target: undefined,
    allowedBlocks: undefined,
    audit: {},
    lenientFindings: [],
    decision: 'ALLOW',
    code: undefined,
    reply: undefined,
  };
}

/** What a handler receives: the sources its service declared (only those), the caller, the dates. */
export function callContextOf(ex: Exchange): CallContext {
  const today = ex.receivedAt.toISOString().slice(0, 10);
  return {
    sources: pickSources(ex.sources, ex.service?.sources ?? []) as SourceAccess,
    clock: ex.app.clock,
    caller: ex.caller,
    target: ex.target,
    now: ex.receivedAt,
    today,
    ticket: ex.ticket,
    audit: ex.audit,
    allowedBlocks: ex.allowedBlocks,
  };
}

/** The journal row of an exchange: every outcome, refused and failed ones included. */
export function recordExchange(ex: Exchange, reply: HttpReply): void {
  ex.app.journal.record({
    ticket: ex.ticket,
    reference: ex.reference,
    receivedAt: ex.receivedAt,
    repliedAt: ex.app.clock.now(),
    channel: ex.channel,
    serviceId: ex.service && operationCatalogId(ex.service, ex.audit.operation),
    serviceName: ex.service?.name ?? ex.audit.serviceName,
    operation: ex.audit.operation,
    cbeNumber: ex.caller?.organisation.cbe_number ?? ex.claimed?.cbeNumber,
    role: ex.caller?.role,
    userId: ex.caller?.user?.user_id ?? ex.caller?.username ?? ex.claimed?.userId,
    legalContext: ex.audit.legalContext,
    targetSsin: ex.audit.targetSsin,
    inscriptionId: ex.audit.inscriptionId,
    qualityCode: ex.audit.qualityCode,
    requestedBlocks: ex.audit.requestedBlocks,
    returnedBlocks: ex.decision === 'ALLOW' ? ex.audit.returnedBlocks : undefined,
    filteredBlocks: ex.audit.filteredBlocks,
    decision: ex.decision,
    failedStep: ex.audit.failedStep,
    lenientFindings: ex.lenientFindings,
    code: ex.code,
    httpStatus: reply.status,
    request: ex.call.body,
    reply: reply.body,
  });
}
