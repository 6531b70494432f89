import { post, basicAuth, bodyRoot, soapEnvelope } from './http';
import { AuthorizedUserFields, CONNECTOR, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, Summary } from './ssdn';
import { validateAgainst } from './xsd';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { credentials, organisations, users } from '../../fixtures/organisations';

/** Helpers of the POD MI declaration tests (P01, P04, P06) and the S20 consultations they change. */
export const ATTESTS_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests';

export const SERVICES = {
  P01: { serviceId: 'OCMWCPASRegisterAttest', version: '20090101', reply: 'RegisterAttestReply', xsd: 'P01-OCMWCPASRegisterAttest/20090101/RegisterAttestReply.xsd' },
  P04: { serviceId: 'OCMWCPASRegisterRecoveredAmount', version: '20090101', reply: 'RegisterRecoveredAmountReply', xsd: 'P04-OCMWCPASRegisterRecoveredAmount/20090101/RegisterRecoveredAmountReply.xsd' },
  P06: { serviceId: 'OCMWCPASStopAttest', version: '20090101', reply: 'StopAttestReply', xsd: 'P06-OCMWCPASStopAttest/20090101/StopAttestReply.xsd' },
} as const;

/** An OCMW of the seeded directory by NIS code: its organisation, a social worker as SSDN AuthorizedUser, its HTTP Basic credential. */
export function ocmw(nis: string) {
  const org = organisations().find((o) => o.nis_code === nis)!;
  const worker = users().find((u) => u.cbe_number === org.cbe_number && u.role === 'SOCIAL_WORKER')!;
  const credential = credentials().find((c) => c.cbe_number === org.cbe_number && c.role === 'SOCIAL_WORKER') ?? credentials().find((c) => c.cbe_number === org.cbe_number)!;
  const user: AuthorizedUserFields = { UserID: worker.user_id, Email: worker.email, OrgUnit: org.cbe_number, MatrixID: '17', MatrixSubID: '1' };
  return { org, user, credential };
}
export type Ocmw = ReturnType<typeof ocmw>;

const head = (id: string, o: Ocmw, ssin: string) => `<UniqueAttestID>${id}</UniqueAttestID><CPAS><KBOBCE>${o.org.cbe_number}</KBOBCE><NISCode>${o.org.nis_code}</NISCode></CPAS><SSIN>${ssin}</SSIN>`;
const el = (name: string, v: string | number | undefined) => (v === undefined ? '' : `<${name}>${v}</${name}>`);

export interface FormB {
  status?: 0 | 1;
  entry: string;
  end?: string;
  decision?: 'GRANTED' | 'REFUSED';
  category?: number;
  amount?: string;
  decided?: string;
}
export const formB = (id: string, o: Ocmw, ssin: string, f: FormB) =>
  `<RegisterAttestRequest xmlns="${ATTESTS_NS}">${head(id, o, ssin)}<FormB>${el('MessageStatus', f.status ?? 0)}${el('EntryDate', f.entry)}${el('EndDate', f.end)}${el('CouncilDecision', f.decision ?? 'GRANTED')}${el('BeneficiaryCategory', f.category)}${el('MonthlyAmount', f.amount)}${el('DecisionDate', f.decided)}</FormB></RegisterAttestRequest>`;

export const formC = (id: string, o: Ocmw, ssin: string, f: { entry: string; nature?: 1 | 2; decided?: string }) =>
  `<StopAttestRequest xmlns="${ATTESTS_NS}">${head(id, o, ssin)}<FormC>${el('EntryDate', f.entry)}${el('DecisionNature', f.nature)}${el('DecisionDate', f.decided)}</FormC></StopAttestRequest>`;

export const formF = (id: string, o: Ocmw, ssin: string, f: { reference: string; amount?: number; period?: [string, string] }) =>
  `<RegisterRecoveredAmountRequest xmlns="${ATTESTS_NS}">${head(id, o, ssin)}<RecoveringFormF>${el('ReferenceDate', f.reference)}<OriginalForm>B</OriginalForm><Type>01</Type>${el('RecoveredAmount', f.amount)}${
    f.period ? `<PeriodOfRecovering><StartDate>${f.period[0]}</StartDate><EndDate>${f.period[1]}</EndDate></PeriodOfRecovering>` : ''
  }</RecoveringFormF></RegisterRecoveredAmountRequest>`;

export interface DecisionView {
  summary: Summary;
  payload?: XmlElement;
  /** The DecisionResult's text, for comparing two answers. */
  resultXml?: string;
  evaluation?: string;
  reference?: string;
  accepted?: [string | undefined, string | null] | null;
  errors: string[];
}

/** Sends one declaration through the connector (hand-built SSDN request), validates the SSDN reply and the service reply. */
export async function declareOver(url: string, service: keyof typeof SERVICES, payload: string, user: AuthorizedUserFields): Promise<DecisionView> {
  const s = SERVICES[service];
  const res = await post(`${url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: s.serviceId, version: s.version, payload }], user)));
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${res.body}`);
  const { xml } = ssdnReplyOf(res.body);
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const [reply] = serviceReplies(parseXml(xml));
  const match = xml.match(new RegExp(`<ns3:${s.reply}[\\s\\S]*</ns3:${s.reply}>`));
  if (reply.payload) validateAgainst(match![0], s.xsd);
  const result = child(reply.payload, 'DecisionResult');
  const accepted = child(result, 'AcceptedPeriod');
  return {
    summary: reply.summary,
    payload: reply.payload,
    resultXml: match?.[0].match(/<ns3:DecisionResult>[\s\S]*<\/ns3:DecisionResult>/)?.[0],
    evaluation: childText(result, 'Evaluation'),
    reference: childText(result, 'ReferenceSPP_POD'),
    accepted: accepted ? [childText(accepted, 'StartDate'), childText(accepted, 'EndDate') ?? null] : null,
    errors: childrenNamed(result, 'ErrorsOnForm').map((e) => childText(e, 'Code') ?? ''),
  };
}

const S20_NS = 'http://kszbcss.fgov.be/intf/LivingWagesService/v2';

/** S20 getLivingWagePeriodsPerPCSA as an OCMW sees it: [pcsaCbeNumber, beginDate, endDate] per period. */
export async function s20PerPcsa(url: string, o: Ocmw, ssin: string, begin = '2020-01-01'): Promise<{ status?: string; periods: [string, string, string][] }> {
  const op = 'getLivingWagePeriodsPerPCSA';
  const body =
    `<lw:${op}Request xmlns:lw="${S20_NS}"><informationCustomer><customerIdentification><cbeNumber>${o.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
    `<legalContext>SOCIAL_INVESTIGATION_OF_PCSA</legalContext><criteria><ssin>${ssin}</ssin><period><beginDate>${begin}</beginDate></period></criteria></lw:${op}Request>`;
  const res = await post(`${url}/SOA4520/LivingWagesService/v2/consult`, soapEnvelope(body), { ...basicAuth(o.credential.username, o.credential.password), SOAPAction: `http://kszbcss.fgov.be/LivingWagesService/${op}` });
  const root = bodyRoot(res.body);
  const periods = childrenNamed(root, 'livingWagePeriodsPerPCSA').flatMap((g) =>
    childrenNamed(g, 'livingWagePeriod').map((p): [string, string, string] => [childText(g, 'pcsaCbeNumber') ?? '', childText(p, 'beginDate') ?? '', childText(p, 'endDate') ?? '']),
  );
  return { status: childText(root, 'status', 'value'), periods };
}
