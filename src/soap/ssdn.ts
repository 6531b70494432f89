import { randomInt } from 'crypto';
import { child, childrenNamed, childText, elements, text, XmlElement } from '../xml/node';
import { parseXml, ParseLimits, XmlParseError } from '../xml/parse';
import { escapeText, RawXml, toXml, XML_DECLARATION, XmlObject } from '../xml/build';
import { AUTHOR_CODE } from '../domain/codes';
import type { Detail } from '../services/types';
import { SoapFault } from './envelope';

/**
 * The classic SSDN channel (reference/contracts.md §2): one SOAP operation sendXML whose
 * xmlString carries an SSDNRequest document as text; the SSDNReply goes back the same way.
 */
export const CONNECTOR_NS = 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector';
export const SSDN_SERVICE_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Service';
export const SSDN_COMMON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';
export const SEND_XML_ACTION = `${CONNECTOR_NS}/sendXML`;

export interface AuthorizedUser {
  userId?: string;
  email?: string;
  orgUnit?: string;
  matrixId?: string;
  matrixSubId?: string;
  element?: XmlElement;
}

export interface ServiceRequest {
  serviceId: string;
  version: string;
  /** The service's request document (absent when the client sent none). */
  payload?: XmlElement;
}

export interface SsdnRequest {
  authorizedUser: AuthorizedUser;
  reference?: string;
  timeRequest?: string;
  serviceRequests: ServiceRequest[];
}

/** Why the xmlString could not be read as an SSDNRequest; answered as an SSDNReply, not a fault. */
export class SsdnRequestError extends Error {}

/** Takes the SSDN document out of a sendXML body (escaped text or CDATA, both arrive as text). */
export function xmlStringOf(bodyRoot: XmlElement): string {
  if (bodyRoot.local !== 'xmlString' || bodyRoot.ns !== CONNECTOR_NS) {
    throw new SoapFault(
      'soapenv:Client',
      `Unknown body element {${bodyRoot.ns}}${bodyRoot.local}: the connector expects {${CONNECTOR_NS}}xmlString.`,
    );
  }
  if (elements(bodyRoot).length > 0) {
    throw new SoapFault('soapenv:Client', 'xmlString must carry the SSDN request as text (escaped or CDATA), not as XML elements.');
  }
  return text(bodyRoot);
}

export function parseSsdnRequest(xml: string, limits: ParseLimits): SsdnRequest {
  if (xml === '') throw new SsdnRequestError('xmlString is empty.');
  let root: XmlElement;
  try {
    root = parseXml(xml, limits);
  } catch (e) {
    if (e instanceof XmlParseError) throw new SsdnRequestError(`The SSDN request is not well-formed XML: ${e.message}`);
    throw e;
  }
  if (root.local !== 'SSDNRequest' || root.ns !== SSDN_SERVICE_NS) {
    throw new SsdnRequestError(`The document root must be {${SSDN_SERVICE_NS}}SSDNRequest, not {${root.ns}}${root.local}.`);
  }
  const context = child(root, 'RequestContext');
  const user = child(context, 'AuthorizedUser');
  const message = child(context, 'Message');
  const serviceRequests = childrenNamed(root, 'ServiceRequest').map((sr) => {
    const payload = elements(sr).find((e) => e.local !== 'ServiceId' && e.local !== 'Version');
    return { serviceId: childText(sr, 'ServiceId') ?? '', version: childText(sr, 'Version') ?? '', payload };
  });
  if (!context || !user) throw new SsdnRequestError('RequestContext/AuthorizedUser is missing.');
  if (serviceRequests.length === 0) throw new SsdnRequestError('The SSDN request contains no ServiceRequest.');
  return {
    authorizedUser: {
      userId: childText(user, 'UserID'),
      email: childText(user, 'Email'),
      orgUnit: childText(user, 'OrgUnit'),
      matrixId: childText(user, 'MatrixID'),
      matrixSubId: childText(user, 'MatrixSubID'),
      element: user,
    },
    reference: childText(message, 'Reference'),
    timeRequest: childText(message, 'TimeRequest'),
    serviceRequests,
  };
}

// ---------------------------------------------------------------- replies

/** A KSZ ticket as seen in real replies: 15 upper-case alphanumerics. */
export function newSsdnTicket(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let t = '';
  for (let i = 0; i < 15; i++) t += alphabet[randomInt(alphabet.length)];
  return t;
}

/** t_DateTimeUTC: yyyyMMddThhmmss */
export function ssdnTimestamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

const RETURN_CODE = { YES: 0, WARNING: 1, NO: 10000 } as const;

/** ok/ReturnCode follow the most severe detail (contracts.md §2.4). */
export function resultSummary(prefix: string, details: Detail[]): XmlObject {
  const ok = details.some((d) => d.severity === 'ERROR') ? 'NO' : details.some((d) => d.severity === 'WARNING') ? 'WARNING' : 'YES';
  return {
    [`@xmlns:${prefix}`]: SSDN_COMMON_NS,
    '@ok': ok,
    [`${prefix}:ReturnCode`]: RETURN_CODE[ok],
    [`${prefix}:Detail`]: details.map((d) => ({
      [`${prefix}:Severity`]: d.severity,
      [`${prefix}:ReasonCode`]: d.def.code,
      [`${prefix}:Diagnostic`]: d.diagnostic ?? d.def.description,
      [`${prefix}:AuthorCodeList`]: AUTHOR_CODE,
      [`${prefix}:Information`]: (d.information ?? []).slice(0, 5).map((i) => ({
        [`${prefix}:FieldName`]: i.fieldName,
        [`${prefix}:FieldValue`]: i.fieldValue,
      })),
    })),
  };
}

export interface ServiceReplyParts {
  serviceId: string;
  version: string;
  details: Detail[];
  /** The serialized ns3 reply root, when there is one. */
  replyXml?: string;
}

export interface SsdnReplyParts {
  request?: SsdnRequest;
  /** Details of the ReplyContext summary (the 30000001/20000001 envelope detail is derived). */
  contextDetails?: Detail[];
  ticket: string;
  timeReceive: Date;
  timeResponse: Date;
  replies: ServiceReplyParts[];
  envelopeDetails: { error: Detail; warning: Detail };
  /** Copy the request's AuthorizedUser into the ReplyContext (default true). */
  echoUser?: boolean;
}

/** Builds the SSDNReply document with the prefixes real replies use (ns1 / ns2 / ns3). */
export function ssdnReplyXml(parts: SsdnReplyParts): string {
  const contextDetails = [...(parts.contextDetails ?? [])];
  const all = parts.replies.flatMap((r) => r.details);
  if (all.some((d) => d.severity === 'ERROR')) contextDetails.push(parts.envelopeDetails.error);
  else if (all.some((d) => d.severity === 'WARNING')) contextDetails.push(parts.envelopeDetails.warning);

  const user = parts.request?.authorizedUser;
  const replyContext: XmlObject = {
    'ns1:ResultSummary': resultSummary('ns1', contextDetails),
    AuthorizedUser: parts.echoUser === false ? undefined : user?.element,
    Message: {
      Reference: parts.request?.reference,
      Ticket: parts.ticket,
      TimeRequest: parts.request?.timeRequest,
      TimeReceive: ssdnTimestamp(parts.timeReceive),
      TimeResponse: ssdnTimestamp(parts.timeResponse),
    },
  };
  const serviceReplies = parts.replies.map((r) => ({
    'ns2:ResultSummary': resultSummary('ns2', r.details),
    ServiceId: r.serviceId,
    Version: r.version,
    reply: r.replyXml ? new RawXml(r.replyXml) : undefined,
  }));
  return (
    XML_DECLARATION +
    toXml('SSDNReply', { '@xmlns': SSDN_SERVICE_NS, ReplyContext: replyContext, ServiceReply: serviceReplies })
  );
}

/** The sendXML response body: the reply document as escaped text in xmlString. */
export function sendXmlResponseBody(ssdnReply: string): string {
  return `<xmlString xmlns="${CONNECTOR_NS}">${escapeText(ssdnReply)}</xmlString>`;
}

/** A service reply root in ns3 (every descendant qualified, as the classic XSDs require). */
export function classicReplyXml(namespace: string, rootName: string, content: XmlObject): string {
  return toXml(rootName, { '@xmlns:ns3': namespace, ...content }, { prefix: 'ns3' });
}
