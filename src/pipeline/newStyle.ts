import type { AppContext } from '../app';
import { CodeDef, MSG } from '../domain/codes';
import { envelopeXml, faultXml, readEnvelope, SoapFault } from '../soap/envelope';
import { faultDetailXml, newTicketCBSS, refusalReply, replyRootXml } from '../soap/newstyle';
import { replyCustomer } from '../soap/faultCustomer';
import { CallContext, NewStyleOperation, NewStyleService, StatusError, SupplierUnavailable } from '../services/types';
import type { XmlObject } from '../xml/build';
import { childText, path, XmlElement } from '../xml/node';
import { authenticateNewStyle } from './authenticate';
import { signReplyIfEnabled } from '../security';
import { Finding, intercept, InterceptRefusal } from './intercept';
import { callContextOf, Exchange, openExchange, recordExchange } from './exchange';
import { runStages, Stage } from './stages';
import type { HttpReply, IncomingCall } from './http';

/** A new-style exchange: one service, one operation, one reply root. */
interface NewStyleExchange extends Exchange {
  service: NewStyleService;
  op?: NewStyleOperation;
  ctx?: CallContext;
  content?: XmlObject;
}

/**
 * The stages of a new-style exchange: envelope -> operation -> authentication -> caller
 * consistency -> the interceptor (schema, authorization, SSIN, finality, proportionality) ->
 * handler. Business refusals become a normal reply with a status block; technical failures a SOAP
 * fault with a CBSSFault detail (answer()).
 */
export const NEW_STYLE_STAGES: readonly Stage<NewStyleExchange>[] = [
  {
    name: 'envelope',
    run(ex) {
      ex.envelope = readEnvelope(ex.call.body, { maxBytes: ex.app.config.bodyLimit, maxDepth: 200 });
      ex.request = ex.envelope.bodyRoot;
      ex.reference = childText(ex.request, 'informationCustomer', 'ticket');
    },
  },
  { name: 'operation', run: findOperation },
  {
    name: 'authentication',
    run(ex) {
      if (ex.service.authentication !== 'basic') return;
      const auth = authenticateNewStyle(ex.app, ex.call, ex.envelope!);
      if (!auth.ok) {
        ex.decision = 'DENY';
        ex.code = 'HTTP401';
        ex.audit.failedStep = 'authentication';
        ex.reply = unauthorized(auth.reason);
        return;
      }
      ex.caller = auth.caller;
      ex.lenientFindings.push(...(auth.findings ?? []).map((message) => `authentication: ${message}`));
    },
  },
  { name: 'consistency', run: (ex) => void (ex.caller && checkCustomer(ex, ex.request!)) },
  { name: 'interceptor', run: interceptStage },
  {
    name: 'handler',
    run(ex) {
      const ctx = (ex.ctx = callContextOf(ex));
      ctx.partialFault = ex.app.faults.take('PARTIAL', { service: ex.service!.id, operation: ex.op!.name, ssin: ex.target?.ssin, organization: ex.caller?.organisation.cbe_number }) !== undefined;
      const content = ex.op!.handle(ex.request!, ctx);
      if (content instanceof Promise) return content.then((c) => void (ex.content = c));
      ex.content = content;
    },
  },
];

export function handleNewStyle(app: AppContext, service: NewStyleService, call: IncomingCall): HttpReply | Promise<HttpReply> {
  // Its own fields declared up front too, for one object shape (see openExchange).
  const ex: NewStyleExchange = Object.assign(openExchange(app, 'new', call, newTicketCBSS()), { op: undefined, ctx: undefined, content: undefined, service });
  let pending: void | Promise<void>;
  try {
    pending = runStages(NEW_STYLE_STAGES, ex);
  } catch (e) {
    return finish(ex, e);
  }
  if (pending) return pending.then(() => finish(ex), (e) => finish(ex, e));
  return finish(ex);
}

/** The reply of an exchange, its journal row and its log summary. */
function finish(ex: NewStyleExchange, error?: unknown): HttpReply {
  const reply = answer(ex, error);
  recordExchange(ex, reply);
  reply.summary = {
    ticket: ex.ticket,
    service: ex.service.id,
    operation: ex.audit.operation,
    organisation: ex.caller?.organisation.cbe_number,
    ssin: ex.audit.targetSsin,
    decision: ex.decision,
    code: ex.code,
    step: ex.audit.failedStep,
  };
  return reply;
}

function answer(ex: NewStyleExchange, e: unknown): HttpReply {
  if (ex.reply) return ex.reply;
  const { service, request, op } = ex;
  const ctx = ex.ctx ?? callContextOf(ex);
  if (e === undefined) {
    ex.code = statusCodeOf(ex.content!) ?? MSG.OK.code;
    return ok(ex.app, replyRootXml(service, op!.responseElement, ex.content!));
  }
  const refusal = e instanceof InterceptRefusal ? refusalOf(e.finding) : e instanceof StatusError ? e : undefined;
  if (e instanceof InterceptRefusal) ex.audit.failedStep = e.finding.step;
  if (refusal && request && op) {
    ex.decision = 'DENY';
    ex.code = refusal.def.code;
    ex.audit.failedStep ??= 'service';
    // A refused request's head may be what was wrong with it: the reply (every reply type starts
    // with informationCustomer) carries one its type accepts.
    const { informationCustomer: _received, ...content } = (op.refusal ?? refusalReply)(request, ctx, refusal);
    return ok(ex.app, replyRootXml(service, op.responseElement, { informationCustomer: replyCustomer(service, request), ...content }));
  }
  ex.decision = 'ERROR';
  if (e instanceof SoapFault) {
    ex.code = e.code;
    return { status: e.httpStatus, body: faultXml(e) };
  }
  if (e instanceof SupplierUnavailable) {
    ex.code = MSG.SUPPLIER_UNAVAILABLE.code;
    const detail = faultDetailXml(service, MSG.SUPPLIER_UNAVAILABLE, ctx, request, e.message, op?.faultElement ?? service.faultElement);
    return { status: 500, body: faultXml(new SoapFault('soapenv:Server', e.message, detail)) };
  }
  ex.code = MSG.INTERNAL.code;
  ex.app.log.error({ err: e, ticket: ex.ticket, service: service.id }, 'unexpected error');
  const detail = faultDetailXml(service, MSG.INTERNAL, ctx, request, undefined, op?.faultElement ?? service.faultElement);
  return { status: 500, body: faultXml(new SoapFault('soapenv:Server', 'An error occurred while servicing your request.', detail)) };
}

function interceptStage(ex: NewStyleExchange): void {
  const { op, request, service } = ex;
  if (!ex.caller) return;
  const ssin = op!.targetSsin?.(request!);
  ex.audit.targetSsin = ssin;
  const blocks = op!.dataBlocks ?? service.dataBlocks;
  const result = intercept({
    app: ex.app,
    service,
    operation: op!.name,
    caller: ex.caller,
    legalContext: ex.audit.legalContext,
    xml: ex.call.body,
    xsdTarget: { kind: 'soap-body' },
    validate: op!.validate && (() => op!.validate!(request!)),
    targetSsin: ssin,
    requestedPeriod: op!.requestedPeriod && (() => op!.requestedPeriod!(request!)),
    dataBlocks: blocks,
    requestedBlocks: blocks?.requested && (() => blocks.requested!(request!)),
    today: ex.receivedAt.toISOString().slice(0, 10),
  });
  ex.target = result.identity;
  ex.allowedBlocks = result.decision?.allowedBlocks;
  ex.lenientFindings.push(...result.findings.map((f) => `${f.step}: ${f.message}`));
  ex.audit.inscriptionId = result.decision?.inscription?.id;
  ex.audit.qualityCode = result.decision?.inscription?.quality_code;
  ex.audit.requestedBlocks = result.decision?.requestedBlocks;
  ex.audit.filteredBlocks = result.decision?.filteredBlocks;
  ex.audit.returnedBlocks = result.decision?.allowedBlocks && [...result.decision.allowedBlocks];
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

function findOperation(ex: NewStyleExchange): void {
  const { service } = ex;
  const root = ex.request!;
  const op = service.operations.find((o) => o.requestElement === root.local && root.ns === service.namespace);
  if (op) {
    ex.op = op;
    ex.operation = op.name;
    ex.audit.operation = op.name;
    ex.audit.legalContext = op.legalContextOf ? op.legalContextOf(root) : childText(root, 'legalContext');
    return;
  }
  const expected = service.operations.map((o) => `{${service.namespace}}${o.requestElement}`).join(', ');
  const message = `Unknown body element {${root.ns}}${root.local} for ${service.name}; expected ${expected}.`;
  throw new SoapFault('soapenv:Client', message, faultDetailXml(service, MSG.INVALID_STRUCTURE, callContextOf(ex), root, message));
}

/** The customerIdentification must name the organisation of the credential (security.md §6.2 step 3). */
function checkCustomer(ex: NewStyleExchange, request: XmlElement): void {
  const id = path(request, 'informationCustomer', 'customerIdentification');
  const cbe = childText(id, 'cbeNumber');
  const sector = childText(id, 'sector');
  const institution = childText(id, 'institution');
  const org = ex.caller!.organisation;
  const matches =
    cbe !== undefined ? cbe === org.cbe_number : sector !== undefined && Number(sector) === org.sector && institution !== undefined;
  if (!matches) {
    ex.audit.failedStep = 'consistency';
    throw new StatusError('NO_RESULT', MSG.NOT_AUTHORIZED, [
      { fieldName: 'customerIdentification', fieldValue: cbe ?? (sector ? `${sector}/${institution ?? ''}` : '') },
    ]);
  }
}

function statusCodeOf(content: Record<string, unknown>): string | undefined {
  const status = content.status as Record<string, unknown> | undefined;
  return typeof status?.code === 'string' ? status.code : undefined;
}
