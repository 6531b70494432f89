import type { AppContext } from '../app';
import { REASON } from '../domain/codes';
import { envelopeXml, faultXml, readEnvelope, SoapFault } from '../soap/envelope';
import {
  classicReplyXml,
  newSsdnTicket,
  parseSsdnRequest,
  sendXmlResponseBody,
  ServiceReplyParts,
  ServiceRequest,
  ssdnReplyXml,
  SsdnRequest,
  SsdnRequestError,
  xmlStringOf,
} from '../soap/ssdn';
import { CallContext, Caller, ClassicError, Detail } from '../services/types';
import { classicService } from '../services/registry';
import { authenticateClassic } from './authenticate';
import { checkTargetSsin } from './ssin';
import type { HttpReply, IncomingCall } from './http';

const ENVELOPE_DETAILS = {
  error: { severity: 'ERROR' as const, def: REASON.ENVELOPE_ERROR },
  warning: { severity: 'WARNING' as const, def: REASON.ENVELOPE_WARNING },
};

const limitsOf = (app: AppContext) => ({ maxBytes: app.config.bodyLimit, maxDepth: 200 });

/**
 * One classic SSDN exchange: SOAP envelope -> xmlString -> SSDNRequest -> AuthorizedUser ->
 * for each ServiceRequest: service lookup, SSIN checks, handler -> one SSDNReply. Every problem
 * inside the SSDN document is answered in the SSDNReply (ResultSummary), as KSZ does; only a broken
 * SOAP envelope gets a SOAP fault.
 */
export function handleClassic(app: AppContext, call: IncomingCall): HttpReply {
  const timeReceive = app.clock.now();
  const ticket = newSsdnTicket();
  let xml: string;
  try {
    xml = xmlStringOf(readEnvelope(call.body, limitsOf(app)).bodyRoot);
  } catch (e) {
    if (!(e instanceof SoapFault)) throw e;
    const reply = { status: e.httpStatus, body: faultXml(e) };
    record(app, call, reply, { ticket, timeReceive, decision: 'ERROR', code: e.code });
    return reply;
  }

  let request: SsdnRequest;
  try {
    request = parseSsdnRequest(xml, limitsOf(app));
  } catch (e) {
    if (!(e instanceof SsdnRequestError)) throw e;
    const detail: Detail = { severity: 'ERROR', def: REASON.REQUEST_INVALID, diagnostic: e.message.slice(0, 500) };
    const reply = replyOf({ ticket, timeReceive, timeResponse: app.clock.now(), replies: [], contextDetails: [detail], envelopeDetails: ENVELOPE_DETAILS });
    record(app, call, reply, { ticket, timeReceive, decision: 'ERROR', code: REASON.REQUEST_INVALID.code });
    return reply;
  }

  const auth = authenticateClassic(app, request.authorizedUser);
  const outcomes = request.serviceRequests.map((sr) =>
    auth.ok
      ? serve(app, sr, auth.caller, ticket, timeReceive)
      : refused(sr, {
          severity: 'ERROR',
          def: REASON.NOT_AUTHORIZED,
          information: [{ fieldName: `AuthorizedUser/${auth.field}`, fieldValue: auth.value }],
        }),
  );
  const reply = replyOf({
    request,
    ticket,
    timeReceive,
    timeResponse: app.clock.now(),
    replies: outcomes.map((o) => o.reply),
    envelopeDetails: ENVELOPE_DETAILS,
  });
  for (const o of outcomes) {
    const error = o.reply.details.find((d) => d.severity === 'ERROR');
    record(app, call, reply, {
      ticket,
      timeReceive,
      reference: request.reference,
      caller: auth.ok ? auth.caller : undefined,
      userId: request.authorizedUser.userId,
      cbeNumber: request.authorizedUser.orgUnit,
      serviceId: o.serviceDefId,
      serviceName: o.reply.serviceId,
      operation: o.operation,
      targetSsin: o.targetSsin,
      decision: error ? (o.internal ? 'ERROR' : 'DENY') : 'ALLOW',
      code: error?.def.code ?? o.reply.details[0]?.def.code,
    });
  }
  return reply;
}

interface Outcome {
  reply: ServiceReplyParts;
  serviceDefId?: string;
  operation?: string;
  targetSsin?: string;
  internal?: boolean;
}

function refused(sr: ServiceRequest, ...details: Detail[]): Outcome {
  return { reply: { serviceId: sr.serviceId, version: sr.version, details } };
}

function serve(app: AppContext, sr: ServiceRequest, caller: Caller, ticket: string, now: Date): Outcome {
  const service = classicService(sr.serviceId, sr.version);
  if (!service) {
    return refused(sr, {
      severity: 'ERROR',
      def: REASON.SERVICE_UNKNOWN,
      diagnostic: `Unknown ServiceId/Version combination: ${sr.serviceId || '(empty)'} / ${sr.version || '(empty)'}.`,
      information: [
        { fieldName: 'ServiceId', fieldValue: sr.serviceId },
        { fieldName: 'Version', fieldValue: sr.version },
      ],
    });
  }
  const base = { serviceDefId: service.id };
  const payload = sr.payload;
  if (!payload) {
    return { ...base, ...refused(sr, { severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: service.requestElement }] }) };
  }
  if (payload.local !== service.requestElement || payload.ns !== service.namespace) {
    return {
      ...base,
      ...refused(sr, {
        severity: 'ERROR',
        def: REASON.ARGUMENT_INVALID,
        diagnostic: `The request document must be {${service.namespace}}${service.requestElement}, not {${payload.ns}}${payload.local}.`,
        information: [{ fieldName: 'ServiceRequest', fieldValue: payload.local }],
      }),
    };
  }

  const ctx: CallContext = { app, caller, now, today: now.toISOString().slice(0, 10), ticket, audit: {} };
  const targetSsin = service.targetSsin?.(payload);
  const outcome: Outcome = { ...base, targetSsin, reply: { serviceId: sr.serviceId, version: sr.version, details: [] } };
  try {
    if (targetSsin !== undefined) ctx.target = requireKnownSsin(app, targetSsin);
    const result = service.handle(payload, ctx);
    outcome.operation = ctx.audit.operation;
    outcome.reply.details = result.details ?? [];
    if (result.reply) outcome.reply.replyXml = classicReplyXml(service.namespace, service.replyElement, result.reply);
  } catch (e) {
    outcome.operation = ctx.audit.operation;
    if (e instanceof ClassicError) {
      outcome.reply.details = e.details;
    } else {
      app.log.error({ err: e, ticket, service: service.id }, 'unexpected error');
      outcome.internal = true;
      outcome.reply.details = [{ severity: 'ERROR', def: REASON.INTERNAL }];
    }
  }
  return outcome;
}

function requireKnownSsin(app: AppContext, ssin: string) {
  const field = { fieldName: 'SSIN', fieldValue: ssin };
  if (ssin === '') throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: 'SSIN' }] });
  const outcome = checkTargetSsin(app, ssin);
  if (outcome.ok) return outcome.identity;
  switch (outcome.problem) {
    case 'structure':
      throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, information: [field] });
    case 'unknown':
      throw new ClassicError({ severity: 'ERROR', def: REASON.SSIN_UNKNOWN, information: [field] });
    case 'replaced':
      throw new ClassicError({
        severity: 'ERROR',
        def: REASON.SSIN_REPLACED,
        information: [field, { fieldName: 'NewSSIN', fieldValue: outcome.replacedBy }],
      });
    case 'cancelled':
      throw new ClassicError({ severity: 'ERROR', def: REASON.SSIN_CANCELLED, information: [field] });
  }
}

function replyOf(parts: Parameters<typeof ssdnReplyXml>[0]): HttpReply {
  return { status: 200, body: envelopeXml(sendXmlResponseBody(ssdnReplyXml(parts))) };
}

interface RecordFacts {
  ticket: string;
  timeReceive: Date;
  reference?: string;
  caller?: Caller;
  userId?: string;
  cbeNumber?: string;
  serviceId?: string;
  serviceName?: string;
  operation?: string;
  targetSsin?: string;
  decision: 'ALLOW' | 'DENY' | 'ERROR';
  code?: string;
}

function record(app: AppContext, call: IncomingCall, reply: HttpReply, f: RecordFacts): void {
  const previous = (reply.summary?.services as string[] | undefined) ?? [];
  reply.summary = {
    ticket: f.ticket,
    organisation: f.caller?.organisation.cbe_number ?? f.cbeNumber,
    services: f.serviceName ? [...previous, `${f.serviceName}:${f.decision}:${f.code ?? ''}`] : previous,
    decision: reply.summary?.decision === 'ALLOW' || reply.summary?.decision === undefined ? f.decision : reply.summary.decision,
  };
  app.journal.record({
    ticket: f.ticket,
    reference: f.reference,
    receivedAt: f.timeReceive,
    repliedAt: app.clock.now(),
    channel: 'classic',
    serviceId: f.serviceId,
    serviceName: f.serviceName,
    operation: f.operation,
    cbeNumber: f.caller?.organisation.cbe_number ?? f.cbeNumber,
    userId: f.caller?.user?.user_id ?? f.userId,
    role: f.caller?.role,
    targetSsin: f.targetSsin,
    decision: f.decision,
    code: f.code,
    httpStatus: reply.status,
    request: call.body,
    reply: reply.body,
  });
}
