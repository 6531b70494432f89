import type { AppContext } from '../app';
import { CodeDef, MSG } from '../domain/codes';
import { envelopeXml, faultXml, readEnvelope, SoapFault } from '../soap/envelope';
import { faultDetailXml, newTicketCBSS, refusalReply, replyRootXml } from '../soap/newstyle';
import { CallContext, NewStyleOperation, NewStyleService, StatusError } from '../services/types';
import { childText, path, XmlElement } from '../xml/node';
import { authenticateNewStyle } from './authenticate';
import { signReplyIfEnabled } from '../security';
import { Finding, intercept, InterceptRefusal } from './intercept';
import type { HttpReply, IncomingCall } from './http';

/**
 * One new-style exchange: envelope -> operation -> authentication -> caller consistency ->
 * the interceptor (schema, authorization, SSIN, finality, proportionality) -> handler -> reply ->
 * audit. Business refusals become a normal reply with a status block; technical failures a SOAP
 * fault with a CBSSFault detail.
 */
export function handleNewStyle(app: AppContext, service: NewStyleService, call: IncomingCall): HttpReply {
  const now = app.clock.now();
  const ctx: CallContext = { app, now, today: now.toISOString().slice(0, 10), ticket: newTicketCBSS(), audit: {} };
  let request: XmlElement | undefined;
  let op: NewStyleOperation | undefined;
  let reply: HttpReply;
  let decision: 'ALLOW' | 'DENY' | 'ERROR' = 'ALLOW';
  let code: string | undefined = MSG.OK.code;
  /** Lenient mode: what would have been refused, as 'step: reason'. */
  const lenientFindings: string[] = [];

  try {
    const message = readEnvelope(call.body, { maxBytes: app.config.bodyLimit, maxDepth: 200 });
    request = message.bodyRoot;
    op = findOperation(service, request, ctx);
    const operation = op;
    ctx.audit.operation = op.name;
    ctx.audit.legalContext = op.legalContextOf ? op.legalContextOf(request) : childText(request, 'legalContext');

    if (service.authentication === 'basic') {
      const auth = authenticateNewStyle(app, call, message);
      if (!auth.ok) {
        decision = 'DENY';
        code = 'HTTP401';
        ctx.audit.failedStep = 'authentication';
        reply = unauthorized(auth.reason);
        return reply;
      }
      ctx.caller = auth.caller;
      lenientFindings.push(...(auth.findings ?? []).map((message) => `authentication: ${message}`));
      checkCustomer(request, ctx);

      const payload = request;
      const ssin = op.targetSsin?.(request);
      ctx.audit.targetSsin = ssin;
      const blocks = op.dataBlocks ?? service.dataBlocks;
      const result = intercept({
        app,
        service,
        operation: op.name,
        caller: ctx.caller,
        legalContext: ctx.audit.legalContext,
        xml: call.body,
        xsdTarget: { kind: 'soap-body' },
        validate: operation.validate && (() => operation.validate!(payload)),
        targetSsin: ssin,
        requestedPeriod: operation.requestedPeriod && (() => operation.requestedPeriod!(payload)),
        dataBlocks: blocks,
        requestedBlocks: blocks?.requested && (() => blocks.requested!(payload)),
        today: ctx.today,
      });
      ctx.target = result.identity;
      ctx.allowedBlocks = result.decision?.allowedBlocks;
      lenientFindings.push(...result.findings.map((f) => `${f.step}: ${f.message}`));
      ctx.audit.inscriptionId = result.decision?.inscription?.id;
      ctx.audit.qualityCode = result.decision?.inscription?.quality_code;
      ctx.audit.requestedBlocks = result.decision?.requestedBlocks;
      ctx.audit.filteredBlocks = result.decision?.filteredBlocks;
      ctx.audit.returnedBlocks = result.decision?.allowedBlocks && [...result.decision.allowedBlocks];
    }

    const content = op.handle(request, ctx);
    reply = ok(app, replyRootXml(service, op.responseElement, content));
    code = statusCodeOf(content) ?? code;
  } catch (e) {
    const refusal = e instanceof InterceptRefusal ? refusalOf(e.finding) : e instanceof StatusError ? e : undefined;
    if (e instanceof InterceptRefusal) ctx.audit.failedStep = e.finding.step;
    if (refusal && request && op) {
      decision = 'DENY';
      code = refusal.def.code;
      ctx.audit.failedStep ??= 'service';
      const content = (op.refusal ?? refusalReply)(request, ctx, refusal);
      reply = ok(app, replyRootXml(service, op.responseElement, content));
    } else if (e instanceof SoapFault) {
      decision = 'ERROR';
      code = e.code;
      reply = { status: e.httpStatus, body: faultXml(e) };
    } else {
      decision = 'ERROR';
      code = MSG.INTERNAL.code;
      app.log.error({ err: e, ticket: ctx.ticket, service: service.id }, 'unexpected error');
      const detail = faultDetailXml(service, MSG.INTERNAL, ctx, request, undefined, op?.faultElement ?? service.faultElement);
      reply = { status: 500, body: faultXml(new SoapFault('soapenv:Server', 'An error occurred while servicing your request.', detail)) };
    }
  } finally {
    // `reply` is always set by now; the audit row records every exchange, refused ones included.
    app.journal.record({
      ticket: ctx.ticket,
      reference: request ? childText(request, 'informationCustomer', 'ticket') : undefined,
      receivedAt: now,
      repliedAt: app.clock.now(),
      channel: 'new',
      serviceId: service.id,
      serviceName: service.name,
      operation: ctx.audit.operation,
      cbeNumber: ctx.caller?.organisation.cbe_number,
      role: ctx.caller?.role,
      userId: ctx.caller?.username,
      legalContext: ctx.audit.legalContext,
      targetSsin: ctx.audit.targetSsin,
      inscriptionId: ctx.audit.inscriptionId,
      qualityCode: ctx.audit.qualityCode,
      requestedBlocks: ctx.audit.requestedBlocks,
      returnedBlocks: decision === 'ALLOW' ? ctx.audit.returnedBlocks : undefined,
      filteredBlocks: ctx.audit.filteredBlocks,
      decision,
      failedStep: ctx.audit.failedStep,
      lenientFindings,
      code,
      httpStatus: reply!.status,
      request: call.body,
      reply: reply!.body,
    });
    reply!.summary = {
      ticket: ctx.ticket,
      service: service.id,
      operation: ctx.audit.operation,
      organisation: ctx.caller?.organisation.cbe_number,
      ssin: ctx.audit.targetSsin,
      decision,
      code,
      step: ctx.audit.failedStep,
    };
  }
  return reply;
}

/** New-style codes for each check of the interceptor (security.md §3.2, §6.2). */
const STEP_CODES: Record<Finding['step'], [StatusError['value'], CodeDef]> = {
  schema: ['NO_RESULT', MSG.INVALID_DATA],
  'service-authorization': ['NO_RESULT', MSG.NOT_AUTHORIZED],
  'legal-context': ['NO_RESULT', MSG.LEGAL_CONTEXT],
  role: ['NO_RESULT', MSG.LEGAL_CONTEXT],
  proportionality: ['NO_RESULT', MSG.LEGAL_CONTEXT],
  finality: ['NO_RESULT', MSG.NOT_INTEGRATED],
  period: ['NO_DATA_FOUND', MSG.PERIOD_NOT_COVERED],
  'ssin-missing': ['NO_RESULT', MSG.INVALID_DATA],
  'ssin-structure': ['NO_RESULT', MSG.SSIN_STRUCTURE],
  'ssin-unknown': ['NO_RESULT', MSG.SSIN_UNKNOWN],
  'ssin-replaced': ['NO_RESULT', MSG.SSIN_REPLACED],
  'ssin-cancelled': ['NO_RESULT', MSG.SSIN_CANCELLED],
};

function refusalOf(finding: Finding): StatusError {
  const [value, def] = STEP_CODES[finding.step];
  return new StatusError(value, def, finding.information);
}

/** A 200 reply; signed with the emulator's certificate when --sign-responses is on. */
function ok(app: AppContext, rootXml: string): HttpReply {
  return { status: 200, body: signReplyIfEnabled(app, envelopeXml(rootXml)) };
}

function unauthorized(reason: string): HttpReply {
  return {
    status: 401,
    body: faultXml(new SoapFault('soapenv:Client', `Authentication failed: ${reason}`, undefined, 401)),
    headers: { 'WWW-Authenticate': 'Basic realm="KSZ-BCSS emulator"' },
  };
}

function findOperation(service: NewStyleService, root: XmlElement, ctx: CallContext): NewStyleOperation {
  const op = service.operations.find((o) => o.requestElement === root.local && root.ns === service.namespace);
  if (op) return op;
  const expected = service.operations.map((o) => `{${service.namespace}}${o.requestElement}`).join(', ');
  const message = `Unknown body element {${root.ns}}${root.local} for ${service.name}; expected ${expected}.`;
  throw new SoapFault('soapenv:Client', message, faultDetailXml(service, MSG.INVALID_STRUCTURE, ctx, root, message));
}

/** The customerIdentification must name the organisation of the credential (security.md §6.2 step 3). */
function checkCustomer(request: XmlElement, ctx: CallContext): void {
  const id = path(request, 'informationCustomer', 'customerIdentification');
  const cbe = childText(id, 'cbeNumber');
  const sector = childText(id, 'sector');
  const institution = childText(id, 'institution');
  const org = ctx.caller!.organisation;
  const matches =
    cbe !== undefined ? cbe === org.cbe_number : sector !== undefined && Number(sector) === org.sector && institution !== undefined;
  if (!matches) {
    ctx.audit.failedStep = 'consistency';
    throw new StatusError('NO_RESULT', MSG.NOT_AUTHORIZED, [
      { fieldName: 'customerIdentification', fieldValue: cbe ?? (sector ? `${sector}/${institution ?? ''}` : '') },
    ]);
  }
}

function statusCodeOf(content: Record<string, unknown>): string | undefined {
  const status = content.status as Record<string, unknown> | undefined;
  return typeof status?.code === 'string' ? status.code : undefined;
}
