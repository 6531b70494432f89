import { escapeText } from '../../src/xml/build';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText, elements, text, XmlElement } from '../../src/xml/node';
import { bodyRoot, soapEnvelope } from './http';
import { GENT } from './emulator';

export const CONNECTOR = '/connectors/webservice/KSZBCSSWebServiceConnectorPort';

export interface AuthorizedUserFields {
  UserID: string;
  Email: string;
  OrgUnit?: string;
  MatrixID: string;
  MatrixSubID?: string;
}

export const GENT_USER: AuthorizedUserFields = {
  UserID: GENT.worker.user_id,
  Email: GENT.worker.email,
  OrgUnit: GENT.org.cbe_number,
  MatrixID: '17',
  MatrixSubID: '1',
};

/** An SSDNRequest document with one ServiceRequest per payload. */
export function ssdnRequest(services: { serviceId: string; version: string; payload: string }[], user: AuthorizedUserFields = GENT_USER, reference = 'TEST-REF-1'): string {
  const u = Object.entries(user)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<${k}>${escapeText(v!)}</${k}>`)
    .join('');
  return (
    `<SSDNRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service">` +
    `<RequestContext><AuthorizedUser>${u}</AuthorizedUser><Message><Reference>${reference}</Reference><TimeRequest>20261122T100000</TimeRequest></Message></RequestContext>` +
    services.map((s) => `<ServiceRequest><ServiceId>${s.serviceId}</ServiceId><Version>${s.version}</Version>${s.payload}</ServiceRequest>`).join('') +
    `</SSDNRequest>`
  );
}

/** A sendXML envelope carrying the SSDN document escaped (as PHP and suds do) or in CDATA (as Lino did). */
export function sendXml(ssdn: string, mode: 'escaped' | 'cdata' = 'escaped'): string {
  const content = mode === 'cdata' ? `<![CDATA[${ssdn}]]>` : escapeText(ssdn);
  return soapEnvelope(`<xmlString xmlns="http://ksz-bcss.fgov.be/connectors/WebServiceConnector">${content}</xmlString>`);
}

/** The SSDNReply document inside a sendXML reply, as text and parsed. */
export function ssdnReplyOf(soapXml: string): { xml: string; root: XmlElement } {
  const xmlString = bodyRoot(soapXml);
  const xml = text(xmlString);
  return { xml, root: parseXml(xml) };
}

export interface Summary {
  ok: string;
  returnCode: string;
  details: { severity?: string; reasonCode?: string; diagnostic?: string; information: { name?: string; value?: string }[] }[];
}

export function summaryOf(resultSummary: XmlElement | undefined): Summary {
  return {
    ok: resultSummary?.attrs.ok ?? '',
    returnCode: childText(resultSummary, 'ReturnCode') ?? '',
    details: childrenNamed(resultSummary, 'Detail').map((d) => ({
      severity: childText(d, 'Severity'),
      reasonCode: childText(d, 'ReasonCode'),
      diagnostic: childText(d, 'Diagnostic'),
      information: childrenNamed(d, 'Information').map((i) => ({ name: childText(i, 'FieldName'), value: childText(i, 'FieldValue') })),
    })),
  };
}

export function serviceReplies(root: XmlElement): { summary: Summary; serviceId?: string; version?: string; payload?: XmlElement }[] {
  return childrenNamed(root, 'ServiceReply').map((sr) => ({
    summary: summaryOf(child(sr, 'ResultSummary')),
    serviceId: childText(sr, 'ServiceId'),
    version: childText(sr, 'Version'),
    payload: elements(sr).find((e) => !['ResultSummary', 'ServiceId', 'Version'].includes(e.local)),
  }));
}
