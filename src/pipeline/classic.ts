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
import { AuditFacts, CallContext, Caller, ClassicError, Detail } from '../services/types';
import { CodeDef } from '../domain/codes';
import { Finding, intercept, InterceptRefusal } from './intercept';
import { classicService } from '../services/registry';
import { authenticateClassic } from './authenticate';
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
  const outcomes = request.serviceRequests.map((sr, index) =>
    auth.ok
      ? serve(app, sr, auth.caller, ticket, timeReceive, { xml, index })
      : {
          ...refused(sr, {
            severity: 'ERROR',
            def: REASON.NOT_AUTHORIZED,
            information: [{ fieldName: `AuthorizedUser/${auth.field}`, fieldValue: auth.value }],
          }),
          audit: { failedStep: 'authentication' },
        },
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
      audit: o.audit,
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
  audit?: AuditFacts & { lenientFindings?: string[] };
}

function refused(sr: ServiceRequest, ...details: Detail[]): Outcome {
  return { reply: { serviceId: sr.serviceId, version: sr.version, details } };
}

function refusedAt(step: string, sr: ServiceRequest, ...details: Detail[]): Outcome {
  return { ...refused(sr, ...details), audit: { failedStep: step } };
}

function serve(app: AppContext, sr: ServiceRequest, caller: Caller, ticket: string, now: Date, document: { xml: string; index: number }): Outcome {
  const service = classicService(sr.serviceId, sr.version);
  if (!service) {
    return refusedAt('service-lookup', sr, {
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
    return { ...base, ...refusedAt('schema', sr, { severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: service.requestElement }] }) };
  }
  if (payload.local !== service.requestElement || payload.ns !== service.namespace) {
    return {
      ...base,
      ...refusedAt('schema', sr, {
        severity: 'ERROR',
        def: REASON.ARGUMENT_INVALID,
        diagnostic: `The request document must be {${service.namespace}}${service.requestElement}, not {${payload.ns}}${payload.local}.`,
        information: [{ fieldName: 'ServiceRequest', fieldValue: payload.local }],
      }),
    };
  }

  const ctx: CallContext = { app, caller, now, today: now.toISOString().slice(0, 10), ticket, audit: {} };
  const targetSsin = service.targetSsin?.(payload);
  ctx.audit.operation = service.operationOf?.(payload);
  const outcome: Outcome = { ...base, targetSsin, audit: ctx.audit, reply: { serviceId: sr.serviceId, version: sr.version, details: [] } };
  try {
    const blocks = service.dataBlocks;
    const result = intercept({
      app,
      service,
      operation: ctx.audit.operation ?? '*',
      caller,
      xml: document.xml,
      xsdTarget: { kind: 'service-request', index: document.index },
      targetSsin,
      requestedPeriod: service.requestedPeriod && (() => service.requestedPeriod!(payload)),
      dataBlocks: blocks,
      requestedBlocks: blocks?.requested && (() => blocks.requested!(payload)),
      today: ctx.today,
    });
    ctx.target = result.identity;
    ctx.allowedBlocks = result.decision?.allowedBlocks;
    Object.assign(ctx.audit, {
      inscriptionId: result.decision?.inscription?.id,
      qualityCode: result.decision?.inscription?.quality_code,
      requestedBlocks: result.decision?.requestedBlocks,
      filteredBlocks: result.decision?.filteredBlocks,
      returnedBlocks: result.decision?.allowedBlocks && [...result.decision.allowedBlocks],
    });
    outcome.audit!.lenientFindings = result.findings.map((f) => `${f.step}: ${f.message}`);
    const warning: Detail[] = result.decision?.warning ? [{ severity: 'WARNING', def: REASON.NOT_INTEGRATED_WARNING, information: [{ fieldName: 'SSIN', fieldValue: targetSsin }] }] : [];

    const handled = service.handle(payload, ctx);
    outcome.operation = ctx.audit.operation;
    outcome.reply.details = [...warning, ...(handled.details ?? [])];
    if (handled.reply) outcome.reply.replyXml = classicReplyXml(service.namespace, service.replyElement, handled.reply);
  } catch (e) {
    outcome.operation = ctx.audit.operation;
    if (e instanceof InterceptRefusal) {
      ctx.audit.failedStep = e.finding.step;
      outcome.reply.details = [detailOf(e.finding)];
    } else if (e instanceof ClassicError) {
      ctx.audit.failedStep ??= 'service';
      outcome.reply.details = e.details;
    } else {
      app.log.error({ err: e, ticket, service: service.id }, 'unexpected error');
      outcome.internal = true;
      outcome.reply.details = [{ severity: 'ERROR', def: REASON.INTERNAL }];
    }
  }
  return outcome;
}

/** Classic ReasonCodes for each check of the interceptor (real where known, else security.md §6.2 [EMU]). */
const STEP_REASONS: Record<Finding['step'], CodeDef> = {
  schema: REASON.ARGUMENT_INVALID,
  'service-authorization': REASON.NOT_AUTHORIZED,
  'legal-context': REASON.LEGAL_CONTEXT,
  role: REASON.LEGAL_CONTEXT,
  proportionality: REASON.LEGAL_CONTEXT,
  finality: REASON.NOT_INTEGRATED,
  period: REASON.PERIOD_NOT_COVERED,
  'ssin-missing': REASON.ARGUMENT_MISSING,
  'ssin-structure': REASON.ARGUMENT_INVALID,
  'ssin-unknown': REASON.SSIN_UNKNOWN,
  'ssin-replaced': REASON.SSIN_REPLACED,
  'ssin-cancelled': REASON.SSIN_CANCELLED,
};

function detailOf(finding: Finding): Detail {
  const def = finding.step === 'schema' && finding.missing ? REASON.ARGUMENT_MISSING : STEP_REASONS[finding.step];
  const information = finding.information.map((i) => (i.fieldName === 'ssin' || i.fieldName === 'newSSIN' ? { ...i, fieldName: i.fieldName === 'ssin' ? 'SSIN' : 'NewSSIN' } : i));
  return { severity: 'ERROR', def, diagnostic: finding.step === 'schema' ? finding.message.slice(0, 500) : undefined, information };
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
  audit?: AuditFacts & { lenientFindings?: string[] };
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
    legalContext: f.audit?.legalContext,
    inscriptionId: f.audit?.inscriptionId,
    qualityCode: f.audit?.qualityCode,
    requestedBlocks: f.audit?.requestedBlocks,
    returnedBlocks: f.decision === 'ALLOW' ? f.audit?.returnedBlocks : undefined,
    filteredBlocks: f.audit?.filteredBlocks,
    failedStep: f.audit?.failedStep,
    lenientFindings: f.audit?.lenientFindings,
    decision: f.decision,
    code: f.code,
    httpStatus: reply.status,
    request: call.body,
    reply: reply.body,
  });
}
