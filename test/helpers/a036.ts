import { post } from './http';
import { CONNECTOR, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, Summary } from './ssdn';
import { validateAgainst } from './xsd';
import type { Ocmw } from './podmi';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';

/** Helpers of the P09 OCMWCPASA036 and P10 OCMWCPASL036 tests: hand-built documents, sent through the connector, validated. */
export const A036_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/A036';
export const L036_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/L036';

export const A036 = { serviceId: 'OCMWCPASA036', version: '20060315', xsd: 'P09-OCMWCPASA036/20060315/A036Reply.xsd', requestXsd: 'P09-OCMWCPASA036/20060315/A036Request.xsd' } as const;
export const L036 = { serviceId: 'OCMWCPASL036', version: '20060315', xsd: 'P10-OCMWCPASL036/20060315/L036Reply.xsd', requestXsd: 'P10-OCMWCPASL036/20060315/L036Request.xsd' } as const;

const el = (name: string, v: string | number | undefined) => (v === undefined ? '' : `<${name}>${v}</${name}>`);

export interface SentAttest {
  id: string;
  status?: 0 | 1 | 3;
  update?: string;
  created: string;
  begin?: string;
  end?: string;
  category?: 7 | 8;
  decided?: string;
  /** Leave Details out (a cancellation may). */
  noDetails?: boolean;
}

export const a036Request = (o: Ocmw, ssin: string, a: SentAttest, nis = o.org.nis_code) =>
  `<A036RequestReply xmlns="${A036_NS}"><A036 processType="A"/><INSS>${ssin}</INSS><OcmwCpas>${nis}</OcmwCpas><Attestation><AttestationIdentification>` +
  `${el('AttestationStatus', a.status ?? 0)}${el('AttestationID', a.id)}${el('UpdateAttestationID', a.update)}${el('CreationDate', a.created)}</AttestationIdentification>` +
  (a.noDetails ? '' : `<Details><ValidityPeriod>${el('BeginDate', a.begin)}${el('EndDate', a.end)}</ValidityPeriod>${el('CategoryCode', a.category ?? 7)}${el('DecisionDate', a.decided)}</Details>`) +
  `</Attestation></A036RequestReply>`;

/** The L036 request exactly as the real CPAS client builds it (contracts.md §3.6): prefixed, AuthorizedUser's children unqualified. */
export const l036Request = (o: Ocmw, ssin: string, begin: string, end: string, next?: string) =>
  `<ns1:L036RequestReply xmlns:ns1="${L036_NS}">` +
  (next ? `<ns1:L036 processType="L"><ns1:Request><ns1:NextAnswerReference>${next}</ns1:NextAnswerReference></ns1:Request></ns1:L036>` : `<ns1:L036 processType="L"/>`) +
  `<ns1:UniqueReference>REF-L036-1</ns1:UniqueReference><ns1:INSS>${ssin}</ns1:INSS><ns1:Period><ns1:BeginDate>${begin}</ns1:BeginDate><ns1:EndDate>${end}</ns1:EndDate></ns1:Period>` +
  `<ns1:AuthorizedUser><UserID>${o.user.UserID}</UserID><Email>${o.user.Email}</Email><MatrixID>17</MatrixID><MatrixSubID>1</MatrixSubID></ns1:AuthorizedUser></ns1:L036RequestReply>`;

export interface Reply {
  summary: Summary;
  payload?: XmlElement;
  xml: string;
}

/** Sends one document, validates the SSDN reply and, when there is one, the service reply against our XSD. */
export async function callOver(url: string, service: typeof A036 | typeof L036, payload: string, o: Ocmw): Promise<Reply> {
  validateAgainst(payload, service.requestXsd);
  const res = await post(`${url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: service.serviceId, version: service.version, payload }], o.user)));
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${res.body}`);
  const { xml } = ssdnReplyOf(res.body);
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const [reply] = serviceReplies(parseXml(xml));
  const root = service === A036 ? 'A036RequestReply' : 'L036RequestReply';
  const match = xml.match(new RegExp(`<ns3:${root}[\\s\\S]*</ns3:${root}>`));
  if (reply.payload) validateAgainst(match![0], service.xsd);
  return { summary: reply.summary, payload: reply.payload, xml: match?.[0] ?? '' };
}

export interface ListedView {
  older: boolean;
  ocmw: string;
  status: string;
  id: string;
  update?: string;
  begin: string;
  end?: string;
  category: string;
}

/** The A036 of an L036 reply, in their order, and its NextAnswerReference. */
export function listed(reply: Reply): { next?: string; attests: ListedView[] } {
  const ok = child(child(reply.payload, 'L036'), 'AnswerOK');
  return {
    next: childText(ok, 'NextAnswerReference'),
    attests: childrenNamed(ok, 'A036').map((a) => ({
      older: childText(a, 'RecentAnswer') === 'X',
      ocmw: childText(a, 'OcmwCpas') ?? '',
      status: childText(a, 'Attestation', 'AttestationIdentification', 'AttestationStatus') ?? '',
      id: childText(a, 'Attestation', 'AttestationIdentification', 'AttestationID') ?? '',
      update: childText(a, 'Attestation', 'AttestationIdentification', 'UpdateAttestationID'),
      begin: childText(a, 'Attestation', 'Details', 'ValidityPeriod', 'BeginDate') ?? '',
      end: childText(a, 'Attestation', 'Details', 'ValidityPeriod', 'EndDate'),
      category: childText(a, 'Attestation', 'Details', 'CategoryCode') ?? '',
    })),
  };
}

/** What a client shows by default: neither older answers (X) nor cancellations (status 3). */
export const shown = (attests: ListedView[]) => attests.filter((a) => !a.older && a.status !== '3');
