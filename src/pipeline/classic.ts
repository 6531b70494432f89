import type { AppContext } from '../app';
import { CodeDef, REASON } from '../domain/codes';
import { envelopeXml, faultXml, readEnvelope, SOAP11_NS, SoapFault } from '../soap/envelope';
import { SchemaRef, xsdFile } from '../validation/schemas';
import { validateXsd } from '../validation/xsd';
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
import { ClassicError, ClassicResult, ClassicService, Detail } from '../services/types';
import { Finding, intercept, InterceptRefusal } from './intercept';
import { classicService } from '../services/registry';
import { authenticateClassic, ClassicAuthResult } from './authenticate';
import { callContextOf, Exchange, openExchange, recordExchange } from './exchange';
import { runStages, Stage } from './stages';
import type { HttpReply, IncomingCall } from './http';

const ENVELOPE_DETAILS = {
  error: { severity: 'ERROR' as const, def: REASON.ENVELOPE_ERROR },
  warning: { severity: 'WARNING' as const, def: REASON.ENVELOPE_WARNING },
};

const limitsOf = (app: AppContext) => ({ maxBytes: app.config.bodyLimit, maxDepth: 200 });

/** The SSDN document of a classic exchange: one AuthorizedUser, one or more ServiceRequests. */
interface ClassicDocument extends Exchange {
  xml?: string;
  ssdn?: SsdnRequest;
  auth?: ClassicAuthResult;
  parts: ClassicPart[];
}

/** One ServiceRequest of the document: its own service, checks, journal row and ServiceReply. */
interface ClassicPart extends Exchange {
  document: ClassicDocument;
  index: number;
  serviceRequest: ServiceRequest;
  service?: ClassicService;
  result: ServiceReplyParts;
  internal?: boolean;
}

/**
 * A classic SSDN exchange: SOAP envelope -> xmlString -> SSDNRequest -> AuthorizedUser -> each
 * ServiceRequest through its own stages -> one SSDNReply. Every problem inside the SSDN document
 * is answered in the SSDNReply (ResultSummary), as KSZ does; only a broken SOAP envelope gets a
 * SOAP fault.
 */
export const CLASSIC_STAGES: readonly Stage<ClassicDocument>[] = [
  {
    name: 'envelope',
    run(doc) {
      doc.envelope = readEnvelope(doc.call.body, limitsOf(doc.app));
      doc.xml = xmlStringOf(doc.envelope.bodyRoot);
    },
  },
  {
    name: 'ssdn',
    run(doc) {
      doc.ssdn = parseSsdnRequest(doc.xml!, limitsOf(doc.app));
      doc.reference = doc.ssdn.reference;
      doc.claimed = { userId: doc.ssdn.authorizedUser.userId, cbeNumber: doc.ssdn.authorizedUser.orgUnit };
    },
  },
  {
    name: 'authentication',
    run(doc) {
      doc.auth = authenticateClassic(doc.app, doc.ssdn!.authorizedUser);
      if (doc.auth.ok) doc.caller = doc.auth.caller;
    },
  },
  {
    name: 'service-requests',
    run(doc) {
      doc.parts = doc.ssdn!.serviceRequests.map((serviceRequest, index) => openPart(doc, serviceRequest, index));
      const pending = doc.parts.map((part) => runPart(part)).filter((p): p is Promise<void> => p !== undefined);
      if (pending.length) return Promise.all(pending).then(() => undefined);
    },
  },
];

/** The stages of one ServiceRequest, once the document's user is known. */
export const SERVICE_REQUEST_STAGES: readonly Stage<ClassicPart>[] = [
  {
    name: 'authentication',
    run(part) {
      const auth = part.document.auth!;
      if (auth.ok) return;
      refuse(part, 'authentication', {
        severity: 'ERROR',
        def: REASON.NOT_AUTHORIZED,
        information: [{ fieldName: `AuthorizedUser/${auth.field}`, fieldValue: auth.value }],
      });
    },
  },
  {
    name: 'service-lookup',
    run(part) {
      const sr = part.serviceRequest;
      part.service = classicService(sr.serviceId, sr.version);
      if (part.service) return;
      part.audit.serviceName = sr.serviceId;
      refuse(part, 'service-lookup', {
        severity: 'ERROR',
        def: REASON.SERVICE_UNKNOWN,
        diagnostic: `Unknown ServiceId/Version combination: ${sr.serviceId || '(empty)'} / ${sr.version || '(empty)'}.`,
        information: [
          { fieldName: 'ServiceId', fieldValue: sr.serviceId },
          { fieldName: 'Version', fieldValue: sr.version },
        ],
      });
    },
  },
  {
    name: 'payload',
    run(part) {
      const service = part.service!;
      const payload = part.serviceRequest.payload;
      if (!payload) return refuse(part, 'schema', { severity: 'ERROR', def: REASON.ARGUMENT_MISSING, information: [{ fieldName: service.requestElement }] });
      if (payload.local !== service.requestElement || payload.ns !== service.namespace) {
        return refuse(part, 'schema', {
          severity: 'ERROR',
          def: REASON.ARGUMENT_INVALID,
          diagnostic: `The request document must be {${service.namespace}}${service.requestElement}, not {${payload.ns}}${payload.local}.`,
          information: [{ fieldName: 'ServiceRequest', fieldValue: payload.local }],
        });
      }
      part.request = payload;
      part.audit.targetSsin = service.targetSsin?.(payload);
      part.audit.operation = service.operationOf?.(payload);
    },
  },
  {
    name: 'interceptor',
    run(part) {
      const service = part.service!;
      const payload = part.request!;
      const blocks = service.dataBlocks;
      const result = intercept({
        app: part.app,
        service,
        operation: part.audit.operation ?? '*',
        caller: part.caller!,
        xml: part.document.xml!,
        xsdTarget: { kind: 'service-request', index: part.index },
        targetSsin: part.audit.targetSsin,
        requestedPeriod: service.requestedPeriod && (() => service.requestedPeriod!(payload)),
        dataBlocks: blocks,
        requestedBlocks: blocks?.requested && (() => blocks.requested!(payload)),
        today: part.receivedAt.toISOString().slice(0, 10),
      });
      part.target = result.identity;
      part.allowedBlocks = result.decision?.allowedBlocks;
      Object.assign(part.audit, {
        inscriptionId: result.decision?.inscription?.id,
        qualityCode: result.decision?.inscription?.quality_code,
        requestedBlocks: result.decision?.requestedBlocks,
        filteredBlocks: result.decision?.filteredBlocks,
        returnedBlocks: result.decision?.allowedBlocks && [...result.decision.allowedBlocks],
      });
      part.lenientFindings.push(...result.findings.map((f) => `${f.step}: ${f.message}`));
      if (result.decision?.warning) {
        part.result.details.push({ severity: 'WARNING', def: REASON.NOT_INTEGRATED_WARNING, information: [{ fieldName: 'SSIN', fieldValue: part.audit.targetSsin }] });
      }
    },
  },
  {
    name: 'handler',
    run(part) {
      const handled = part.service!.handle(part.request!, callContextOf(part));
      if (handled instanceof Promise) return handled.then((h) => answered(part, h));
      answered(part, handled);
    },
  },
];

export function handleClassic(app: AppContext, call: IncomingCall): HttpReply | Promise<HttpReply> {
  const doc: ClassicDocument = Object.assign(openExchange(app, 'classic', call, newSsdnTicket()), { xml: undefined, ssdn: undefined, auth: undefined, parts: [] });
  let pending: void | Promise<void>;
  try {
    pending = runStages(CLASSIC_STAGES, doc);
  } catch (e) {
    return finish(doc, e);
  }
  if (pending) return pending.then(() => finish(doc), (e) => finish(doc, e));
  return finish(doc);
}

function openPart(doc: ClassicDocument, serviceRequest: ServiceRequest, index: number): ClassicPart {
  const part = Object.assign(openExchange(doc.app, 'classic', doc.call, doc.ticket, doc.receivedAt), {
    document: doc,
    index,
    serviceRequest,
    result: { serviceId: serviceRequest.serviceId, version: serviceRequest.version, details: [] },
    internal: false,
  }) as ClassicPart;
  part.caller = doc.caller;
  part.claimed = doc.claimed;
  part.reference = doc.reference;
  return part;
}

/** Runs one ServiceRequest; whatever it throws becomes its ServiceReply's details. */
function runPart(part: ClassicPart): void | Promise<void> {
  try {
    const pending = runStages(SERVICE_REQUEST_STAGES, part);
    if (pending) return pending.catch((e) => failed(part, e));
  } catch (e) {
    failed(part, e);
  }
}

function answered(part: ClassicPart, handled: ClassicResult): void {
  part.result.details.push(...(handled.details ?? []));
  if (handled.reply) part.result.replyXml = classicReplyXml(part.service!.namespace, part.service!.replyElement, handled.reply);
}

/** Ends a ServiceRequest with an error detail, at a named step. */
function refuse(part: ClassicPart, step: string, detail: Detail): void {
  part.audit.failedStep = step;
  throw new ClassicError(detail);
}

function failed(part: ClassicPart, e: unknown): void {
  if (e instanceof InterceptRefusal) {
    part.audit.failedStep = e.finding.step;
    part.result.details = [detailOf(e.finding)];
  } else if (e instanceof ClassicError) {
    part.audit.failedStep ??= 'service';
    part.result.details = e.details;
  } else {
    part.app.log.error({ err: e, ticket: part.ticket, service: part.service?.id }, 'unexpected error');
    part.internal = true;
    part.result.details = [{ severity: 'ERROR', def: REASON.INTERNAL }];
  }
}

/** The SSDNReply (or the SOAP fault), a journal row per ServiceRequest (one for a broken document). */
function finish(doc: ClassicDocument, e?: unknown): HttpReply {
  const reply = answer(doc, e);
  const rows: Exchange[] = doc.parts.length ? doc.parts : [doc];
  const services: string[] = [];
  for (const part of doc.parts) {
    const error = part.result.details.find((d) => d.severity === 'ERROR');
    part.decision = error ? (part.internal ? 'ERROR' : 'DENY') : 'ALLOW';
    part.code = error?.def.code ?? part.result.details[0]?.def.code;
    services.push(`${part.service?.name ?? part.serviceRequest.serviceId}:${part.decision}:${part.code ?? ''}`);
  }
  for (const row of rows) recordExchange(row, reply);
  reply.summary = {
    ticket: doc.ticket,
    organisation: doc.caller?.organisation.cbe_number ?? doc.claimed?.cbeNumber,
    services,
    decision: rows.find((r) => r.decision !== 'ALLOW')?.decision ?? 'ALLOW',
  };
  return reply;
}

function answer(doc: ClassicDocument, e: unknown): HttpReply {
  if (e instanceof SoapFault) {
    doc.decision = 'ERROR';
    doc.code = e.code;
    return { status: e.httpStatus, body: faultXml(e) };
  }
  if (e instanceof SsdnRequestError) {
    doc.decision = 'ERROR';
    doc.code = REASON.REQUEST_INVALID.code;
    const detail: Detail = { severity: 'ERROR', def: REASON.REQUEST_INVALID, diagnostic: e.message.slice(0, 500) };
    return replyOf({ ticket: doc.ticket, timeReceive: doc.receivedAt, timeResponse: doc.app.clock.now(), replies: [], contextDetails: [detail], envelopeDetails: ENVELOPE_DETAILS });
  }
  if (e !== undefined) throw e;
  const parts = {
    request: doc.ssdn,
    ticket: doc.ticket,
    timeReceive: doc.receivedAt,
    timeResponse: doc.app.clock.now(),
    replies: doc.parts.map((p) => p.result),
    envelopeDetails: ENVELOPE_DETAILS,
  };
  // A refused AuthorizedUser may be malformed: it is echoed only when the reply schema accepts it,
  // so that a client can still decode the refusal (issue #10). An accepted user is a seeded, valid one.
  if (doc.auth?.ok === false && !replySchemaAccepts(ssdnReplyXml(parts))) return replyOf({ ...parts, echoUser: false });
  return replyOf(parts);
}

let replySchema: SchemaRef | undefined;

function replySchemaAccepts(ssdnReply: string): boolean {
  replySchema ??= xsdFile('ssdn/Service/SSDNReply.xsd');
  const document = `<soapenv:Envelope xmlns:soapenv="${SOAP11_NS}"><soapenv:Body>${ssdnReply.replace(/^<\?xml[^>]*\?>/, '')}</soapenv:Body></soapenv:Envelope>`;
  return validateXsd(replySchema, document, { kind: 'soap-body' }).ok;
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
