/**
 * The request documents the benchmark sends: the same shapes a vendor's client sends (see the
 * README and test/fixtures/samples/). Built here, not imported from src/, so the benchmark stays a
 * plain client of the emulator.
 */

export const CONNECTOR_PATH = '/connectors/webservice/KSZBCSSWebServiceConnectorPort';
export const R09_V2_PATH = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';
export const S13_PATH = '/SOA4520/UnemploymentDataService/v3/consult';

/** OCMW Gent: KBO number, its social worker (classic AuthorizedUser) and its HTTP Basic credential. */
export const GENT = {
  cbeNumber: '0244021019',
  userId: '70010190161',
  email: 'social.worker@ocmw-gent.test',
  basicUser: 'E0244021019',
  basicPassword: 'test-44021',
};

/** Personas (README): fixed SSINs. */
export const PERSONA = {
  standard: '85061295131',
  notIntegrated: '79020395348',
  family: '80012097119',
  employed: '87120196939',
  phoneticAmbiguous: '85031497622',
} as const;

export interface BenchRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function soapEnvelope(bodyXml: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header/>' +
    `<soapenv:Body>${bodyXml}</soapenv:Body></soapenv:Envelope>`
  );
}

export function basicAuthHeader(user = GENT.basicUser, password = GENT.basicPassword): string {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

const XML_HEADERS = { 'content-type': 'text/xml; charset=utf-8' };

/** An SSDNRequest with one ServiceRequest, sent by OCMW Gent's social worker. */
export function ssdnRequest(serviceId: string, version: string, payload: string, reference = 'BENCH'): string {
  return (
    '<SSDNRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service"><RequestContext><AuthorizedUser>' +
    `<UserID>${GENT.userId}</UserID><Email>${GENT.email}</Email><OrgUnit>${GENT.cbeNumber}</OrgUnit>` +
    '<MatrixID>17</MatrixID><MatrixSubID>1</MatrixSubID></AuthorizedUser>' +
    `<Message><Reference>${reference}</Reference><TimeRequest>20261122T100000</TimeRequest></Message></RequestContext>` +
    `<ServiceRequest><ServiceId>${serviceId}</ServiceId><Version>${version}</Version>${payload}</ServiceRequest></SSDNRequest>`
  );
}

/** sendXML on the classic connector, the SSDN document escaped in xmlString (as PHP and suds send it). */
export function sendXml(ssdn: string): BenchRequest {
  return {
    method: 'POST',
    path: CONNECTOR_PATH,
    headers: { ...XML_HEADERS, soapaction: '""' },
    body: soapEnvelope(`<xmlString xmlns="http://ksz-bcss.fgov.be/connectors/WebServiceConnector">${escapeText(ssdn)}</xmlString>`),
  };
}

/** Classic R04 IdentifyPerson by SSIN. */
export function identifyBySsin(ssin: string): BenchRequest {
  const payload =
    '<ipr:IdentifyPersonRequest xmlns:ipr="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson">' +
    `<ipr:SearchCriteria><ipr:SSIN>${ssin}</ipr:SSIN></ipr:SearchCriteria></ipr:IdentifyPersonRequest>`;
  return sendXml(ssdnRequest('OCMWCPASIdentifyPerson', '20050930', payload, 'BENCH-R04'));
}

/** Classic R04 IdentifyPerson by phonetic criteria (the ambiguous Janssens persona: three matches). */
export function identifyPhonetic(): BenchRequest {
  const payload =
    '<IdentifyPersonRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson"><SearchCriteria><PhoneticCriteria>' +
    '<LastName>Janssens</LastName><BirthDate>1985-03-00</BirthDate><Tolerance>0</Tolerance><Maximum>10</Maximum>' +
    '</PhoneticCriteria></SearchCriteria></IdentifyPersonRequest>';
  return sendXml(ssdnRequest('OCMWCPASIdentifyPerson', '20050930', payload, 'BENCH-R04P'));
}

export interface ManageAccessFields {
  action: 'REGISTER' | 'UNREGISTER' | 'LIST';
  ssin: string;
  purpose?: number;
  start: string;
  end?: string;
  lastName: string;
  birthDate: string;
}

/** Classic R02 ManageAccess with a PersonData proof of authentication. */
export function manageAccess(f: ManageAccessFields): BenchRequest {
  const payload =
    '<mar:ManageAccessRequest xmlns:mar="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess" xmlns:common="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common">' +
    `<mar:SSIN>${f.ssin}</mar:SSIN>` +
    (f.purpose !== undefined ? `<mar:Purpose>${f.purpose}</mar:Purpose>` : '') +
    `<mar:Period><common:StartDate>${f.start}</common:StartDate>` +
    (f.end ? `<common:EndDate>${f.end}</common:EndDate>` : '') +
    `</mar:Period><mar:Action>${f.action}</mar:Action><mar:Sector>17</mar:Sector>` +
    `<mar:ProofOfAuthentication><mar:PersonData><mar:LastName>${f.lastName}</mar:LastName><mar:BirthDate>${f.birthDate}</mar:BirthDate></mar:PersonData></mar:ProofOfAuthentication>` +
    '</mar:ManageAccessRequest>';
  return sendXml(ssdnRequest('OCMWCPASManageAccess', '20050930', payload, 'BENCH-R02'));
}

/** The write scenario's pair for one slot: a one-day purpose-1 registration of Tom Wouters, then its removal. */
export function writePair(slot: number, base = Date.UTC(2030, 0, 1)): [BenchRequest, BenchRequest] {
  // Slots two days apart: their periods neither overlap nor touch, so no merge between connections.
  const day = new Date(base + slot * 2 * 86_400_000).toISOString().slice(0, 10);
  const common = { ssin: PERSONA.notIntegrated, purpose: 1, start: day, end: day, lastName: 'Wouters', birthDate: '1979-02-03' };
  return [manageAccess({ action: 'REGISTER', ...common }), manageAccess({ action: 'UNREGISTER', ...common })];
}

/** The bare SOAP envelope of a RetrieveTIGroups v2 request (no transport headers). */
export function retrieveTiEnvelope(ssin: string, cbeNumber = GENT.cbeNumber): string {
  return soapEnvelope(
    '<v2:retrieveTIGroupsRequest xmlns:v2="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2">' +
      `<informationCustomer><customerIdentification><cbeNumber>${cbeNumber}</cbeNumber></customerIdentification></informationCustomer>` +
      '<legalContext>PCSA:SOCIAL_INQUIRY</legalContext>' +
      `<searchInformation><ssin>${ssin}</ssin><language>nl</language></searchInformation>` +
      '</v2:retrieveTIGroupsRequest>',
  );
}

/** A new-style POST with HTTP Basic: the path, the operation's SOAPAction, the SOAP body. */
function basicPost(path: string, soapAction: string, body: string): BenchRequest {
  return { method: 'POST', path, headers: { ...XML_HEADERS, soapaction: `"${soapAction}"`, authorization: basicAuthHeader() }, body };
}

/** New-style R09 RetrieveTIGroups v2 (TX25) with HTTP Basic. */
export function retrieveTiBasic(ssin: string): BenchRequest {
  return basicPost(R09_V2_PATH, 'http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI', retrieveTiEnvelope(ssin));
}

export const DOLSIS_PATH = '/SOA4520/Dolsis2011Service/consult';

/** New-style S01 Dolsis findEmployersByWorker (active employments), with HTTP Basic; the legal context sits in securityContext. */
export function findEmployersBasic(ssin: string): BenchRequest {
  return basicPost(
    DOLSIS_PATH,
    'http://kszbcss.fgov.be/Dolsis2011Service/findEmployersByWorker',
    soapEnvelope(
      '<d:findEmployersByWorkerRequest xmlns:d="http://kszbcss.fgov.be/intf/Dolsis2011Service/v1">' +
        `<informationCustomer><customerIdentification><cbeNumber>${GENT.cbeNumber}</cbeNumber></customerIdentification></informationCustomer>` +
        '<securityContext><service>WELFARE</service><legalContext>SOCIAL_INVESTIGATION_OF_PCSA</legalContext><role>Agent</role></securityContext>' +
        `<criteria><ssin>${ssin}</ssin><scope>active</scope></criteria>` +
        '</d:findEmployersByWorkerRequest>',
    ),
);
}

/** New-style S13 consultRights at a date, with HTTP Basic. */
export function consultRights(ssin: string, date: string): BenchRequest {
  return basicPost(
    S13_PATH,
    'http://kszbcss.fgov.be/UnemploymentDataService/consultRights',
    soapEnvelope(
      '<udv3:consultRightsRequest xmlns:udv3="http://kszbcss.fgov.be/intf/UnemploymentDataService/v3">' +
        `<informationCustomer><customerIdentification><cbeNumber>${GENT.cbeNumber}</cbeNumber></customerIdentification></informationCustomer>` +
        `<legalContext>SOCIAL_INVESTIGATION_OF_PCSA</legalContext><searchCriteria><ssin>${ssin}</ssin><date>${date}</date></searchCriteria>` +
        '</udv3:consultRightsRequest>',
    ),
);
}

/**
 * A vendor-like mix, in the order one client connection cycles through it: identify a person
 * (classic), read their TX25 twice (new style), a phonetic search, who else integrated them
 * (ManageAccess LIST), their unemployment rights, and identifications of other people.
 */
export function mixedLoad(): { name: string; request: BenchRequest }[] {
  return [
    { name: 'R04 bySSIN standard', request: identifyBySsin(PERSONA.standard) },
    { name: 'R09 v2 standard', request: retrieveTiBasic(PERSONA.standard) },
    { name: 'R04 bySSIN family', request: identifyBySsin(PERSONA.family) },
    { name: 'R04 phonetic Janssens', request: identifyPhonetic() },
    {
      name: 'R02 LIST standard',
      request: manageAccess({ action: 'LIST', ssin: PERSONA.standard, start: '2025-01-01', lastName: 'Claes', birthDate: '1985-06-12' }),
    },
    { name: 'S13 consultRights standard', request: consultRights(PERSONA.standard, '2024-05-15') },
    { name: 'R09 v2 family', request: retrieveTiBasic(PERSONA.family) },
    { name: 'R04 bySSIN employed', request: identifyBySsin(PERSONA.employed) },
  ];
}

/**
 * Whether a reply is a business success: HTTP 200, no SOAP fault, no classic `ok="NO"`, no
 * new-style NO_RESULT / NO_DATA_FOUND. Used on every reply of a run (autocannon's verifyBody).
 */
export function isBusinessSuccess(body: string): boolean {
  return !(body.includes('ok="NO"') || body.includes(':Fault>') || body.includes('<value>NO_'));
}
