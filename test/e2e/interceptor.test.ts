import { GENT, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest } from '../helpers/ssdn';
import { child, childrenNamed, childText, elements, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';

/**
 * Issue #3: every check of the interceptor fails closed, in order, with the KSZ code of
 * security.md §3 / §6.2, and the rules are data a test can change through /_admin/directory.
 */
const R09 = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';
const R09_NS = 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2';
const S13 = '/SOA4520/UnemploymentDataService/v3/consult';
const S13_NS = 'http://kszbcss.fgov.be/intf/UnemploymentDataService/v3';
const MA_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess';
const COMMON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';

const cred = (suffix = '', org = GENT) => basicAuth(`${org.credential.username}${suffix}`, org.credential.password);

function tx25(ssin: string, legalContext = 'PCSA:SOCIAL_INQUIRY', cbe = GENT.org.cbe_number, extra = ''): string {
  return soapEnvelope(
    `<v2:retrieveTIGroupsRequest xmlns:v2="${R09_NS}"><informationCustomer><customerIdentification><cbeNumber>${cbe}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${legalContext}</legalContext><searchInformation><ssin>${ssin}</ssin><language>nl</language>${extra}</searchInformation></v2:retrieveTIGroupsRequest>`,
  );
}

function paidSums(ssin: string, start: string, end: string, legalContext = 'SOCIAL_INVESTIGATION_OF_PCSA'): string {
  return soapEnvelope(
    `<u:consultPaidSumsRequest xmlns:u="${S13_NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${legalContext}</legalContext><searchCriteria><ssin>${ssin}</ssin><period><startMonth>${start}</startMonth><endMonth>${end}</endMonth></period></searchCriteria></u:consultPaidSumsRequest>`,
  );
}

function statusOf(root: XmlElement) {
  const s = child(root, 'status');
  return {
    value: childText(s, 'value'),
    code: childText(s, 'code'),
    information: childrenNamed(s, 'information').map((i) => [childText(i, 'fieldName'), childText(i, 'fieldValue')]),
  };
}

function manageAccess(action: string, ssin: string, proof: string, start = '2026-11-01', end = '2026-12-31'): string {
  return `<ManageAccessRequest xmlns="${MA_NS}" xmlns:c="${COMMON_NS}"><SSIN>${ssin}</SSIN><Purpose>1</Purpose><Period><c:StartDate>${start}</c:StartDate><c:EndDate>${end}</c:EndDate></Period><Action>${action}</Action><ProofOfAuthentication>${proof}</ProofOfAuthentication></ManageAccessRequest>`;
}
const WOUTERS = '<PersonData><LastName>Wouters</LastName><BirthDate>1979-02-03</BirthDate></PersonData>';

describe('the security interceptor (issue #3)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(async () => {
    await fetch(`${emu.url}/_admin/reset`, { method: 'POST' });
    await fetch(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2026-11-22T10:00:00Z' }) });
  });

  const tx = async (body: string, auth = cred()) => {
    const res = await post(`${emu.url}${R09}`, body, auth);
    expect(res.status).toBe(200);
    return bodyRoot(res.body);
  };
  const groups = (root: XmlElement) => elements(child(root, 'rrn_it_implicit')!).map((e) => e.local);
  const journal = async (q = '') => (await (await fetch(`${emu.url}/_admin/journal${q}`)).json()) as Record<string, any>[];

  it('validates the payload against the XSD before anything else: MSG00008 naming the element', async () => {
    const root = await tx(tx25(SSIN.standard, 'PCSA:SOCIAL_INQUIRY', GENT.org.cbe_number, '<colour>blue</colour>'));
    const s = statusOf(root);
    expect(s).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    expect(s.information[0][0]).toBe('searchInformation/colour');
    expect((await journal('?service=R09'))[0]).toMatchObject({ decision: 'DENY', failed_step: 'schema' });
  });

  it('refuses a service the requester has no authorization row for: MSG00015 / 39000015', async () => {
    const rows = (await (await fetch(`${emu.url}/_admin/directory/authorizations?service=R09`)).json()) as { id: number }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect((await fetch(`${emu.url}/_admin/directory/authorizations/${r.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(statusOf(await tx(tx25(SSIN.standard)))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00015' });

    const maRows = (await (await fetch(`${emu.url}/_admin/directory/authorizations?service=R02`)).json()) as { id: number }[];
    for (const r of maRows) await fetch(`${emu.url}/_admin/directory/authorizations/${r.id}`, { method: 'DELETE' });
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: 'OCMWCPASManageAccess', version: '20050930', payload: manageAccess('LIST', SSIN.standard, WOUTERS) }])));
    expect(serviceReplies(ssdnReplyOf(res.body).root)[0].summary.details[0].reasonCode).toBe('39000015');
  });

  it('refuses a legal context the rows do not allow: MSG00013', async () => {
    expect(statusOf(await tx(tx25(SSIN.standard, 'PCSA:SOCIAL_FRAUD')))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
  });

  it('refuses a role the rows do not allow: administrative staff get no unemployment data (MSG00013), a general director no ManageAccess (39000013)', async () => {
    const res = await post(`${emu.url}${S13}`, paidSums(SSIN.standard, '2023-03', '2024-08'), cred('-admin'));
    expect(statusOf(bodyRoot(res.body))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    const director = users().find((u) => u.cbe_number === GENT.org.cbe_number && u.role === 'GENERAL_DIRECTOR')!;
    const classic = await post(
      `${emu.url}${CONNECTOR}`,
      sendXml(ssdnRequest([{ serviceId: 'OCMWCPASManageAccess', version: '20050930', payload: manageAccess('LIST', SSIN.standard, WOUTERS) }], { ...GENT_USER, UserID: director.user_id, Email: director.email })),
    );
    expect(serviceReplies(ssdnReplyOf(classic.body).root)[0].summary.details[0].reasonCode).toBe('39000013');
  });

  it('checks the SSIN after authorization: an invalid one is MSG00011 only for an authorized caller', async () => {
    expect(statusOf(await tx(tx25('85061295132')))).toMatchObject({ code: 'MSG00011' });
    expect(statusOf(await tx(tx25('85061295132', 'PCSA:SOCIAL_FRAUD')))).toMatchObject({ code: 'MSG00013' });
  });

  it('enforces finality: a person the OCMW has not integrated is MSG00012 with details, ssin and cbeNumber', async () => {
    const s = statusOf(await tx(tx25(SSIN.notIntegrated)));
    expect(s).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    expect(s.information).toEqual([
      ['details', 'The SSIN is not integrated for the given PCSA'],
      ['ssin', SSIN.notIntegrated],
      ['cbeNumber', GENT.org.cbe_number],
    ]);
    // Integrated by Gent is not integrated by Liège.
    const liege = await tx(tx25(SSIN.standard, 'PCSA:SOCIAL_INQUIRY', LIEGE.org.cbe_number), cred('', LIEGE));
    expect(statusOf(liege).code).toBe('MSG00012');
    // An integration that ended (2024-10-31) no longer counts.
    expect(statusOf(await tx(tx25(SSIN.integrationExpired))).code).toBe('MSG00012');
  });

  it('follows integration, consultation, de-integration, refusal', async () => {
    const send = async (action: string) =>
      serviceReplies(ssdnReplyOf((await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: 'OCMWCPASManageAccess', version: '20050930', payload: manageAccess(action, SSIN.notIntegrated, WOUTERS) }])))).body).root)[0];
    expect(statusOf(await tx(tx25(SSIN.notIntegrated))).code).toBe('MSG00012');
    expect((await send('REGISTER')).summary.ok).toBe('YES');
    const consulted = await tx(tx25(SSIN.notIntegrated));
    expect(statusOf(consulted).code).toBe('MSG00000');
    const row = (await journal(`?ssin=${SSIN.notIntegrated}&service=R09`))[0];
    expect(row).toMatchObject({ decision: 'ALLOW', quality_code: 1, role: 'SOCIAL_WORKER', legal_context: 'PCSA:SOCIAL_INQUIRY' });
    expect(row.inscription_id).toEqual(expect.any(Number));
    expect((await send('UNREGISTER')).summary.ok).toBe('YES');
    expect(statusOf(await tx(tx25(SSIN.notIntegrated))).code).toBe('MSG00012');
  });

  it('checks the requested period under the REQUESTED_PERIOD rule, edges included: MSG00021 when not covered', async () => {
    const rows = (await (await fetch(`${emu.url}/_admin/directory/authorizations?service=S13`)).json()) as { id: number; roles: string[] }[];
    const social = rows.find((r) => r.roles.includes('SOCIAL_WORKER'))!;
    const put = await fetch(`${emu.url}/_admin/directory/authorizations/${social.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ periodRule: 'REQUESTED_PERIOD' }) });
    expect(put.status).toBe(200);
    // Sarah Claes is integrated by Gent since 2025-01-01 (open).
    const code = async (start: string, end: string) => statusOf(bodyRoot((await post(`${emu.url}${S13}`, paidSums(SSIN.standard, start, end), cred())).body));
    expect(await code('2024-12', '2025-02')).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00021' });
    expect((await code('2025-01', '2025-02')).code).not.toBe('MSG00021');
    // Back to the seeded rule (request date): the history before the integration is visible again.
    await fetch(`${emu.url}/_admin/directory/authorizations/${social.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ periodRule: 'REQUEST_DATE' }) });
    expect((await code('2023-03', '2024-08')).code).toBe('MSG00000');
  });

  it('applies proportionality per role: administrative staff and the financial director see fewer TI groups, and the journal lists what was filtered', async () => {
    const social = groups(await tx(tx25(SSIN.familyHead)));
    expect(social).toEqual(expect.arrayContaining(['FamilyMembers', 'CivilStates']));
    const admin = groups(await tx(tx25(SSIN.familyHead), cred('-admin')));
    expect(admin).toEqual(expect.arrayContaining(['NationalNumber', 'Names', 'LegalMainAddresses']));
    expect(admin).not.toContain('FamilyMembers');
    expect(admin).not.toContain('CivilStates');
    expect(admin.length).toBeLessThan(social.length);
    const row = (await journal(`?ssin=${SSIN.familyHead}&service=R09`))[0];
    expect(row.role).toBe('ADMIN_STAFF');
    expect(row.filtered_blocks).toContain('140');
    expect(row.returned_blocks).not.toContain('140');

    const recovery = groups(await tx(tx25(SSIN.deceased, 'PCSA:DEBT_RECOVERY'), cred('-findir')));
    expect(recovery.sort()).toEqual(['Deceases', 'LegalMainAddresses', 'Names', 'NationalNumber']);
    // The financial director may not use the social-inquiry context.
    expect(statusOf(await tx(tx25(SSIN.standard), cred('-findir'))).code).toBe('MSG00013');
  });

  it('refuses when none of the requested blocks is allowed: MSG00013', async () => {
    const rows = (await (await fetch(`${emu.url}/_admin/directory/authorizations?service=R09`)).json()) as { id: number; roles: string[] }[];
    const admin = rows.find((r) => r.roles.includes('ADMIN_STAFF'))!;
    await fetch(`${emu.url}/_admin/directory/authorizations/${admin.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dataBlocks: ['999'] }) });
    const s = statusOf(await tx(tx25(SSIN.standard), cred('-admin')));
    expect(s).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    expect((await journal('?service=R09'))[0].failed_step).toBe('proportionality');
  });

  it('answers with a warning when the integration check is NON_BLOCKING (classic: ok=WARNING, 29000012)', async () => {
    const rows = (await (await fetch(`${emu.url}/_admin/directory/authorizations?service=R02`)).json()) as { id: number }[];
    await fetch(`${emu.url}/_admin/directory/authorizations/${rows[0].id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ integrationCheck: 'NON_BLOCKING', qualityCodes: [2] }) });
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: 'OCMWCPASManageAccess', version: '20050930', payload: manageAccess('LIST', SSIN.notIntegrated, WOUTERS) }])));
    const [reply] = serviceReplies(ssdnReplyOf(res.body).root);
    expect(reply.summary).toMatchObject({ ok: 'WARNING', returnCode: '1' });
    expect(reply.summary.details[0]).toMatchObject({ severity: 'WARNING', reasonCode: '29000012' });
    expect(reply.payload?.local).toBe('ManageAccessReply');
  });
});

describe('the reference directory through the admin API', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  const json = async (url: string, init?: RequestInit) => {
    const res = await fetch(`${emu.url}${url}`, { ...init, headers: { 'Content-Type': 'application/json' } });
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };

  it('reads, adds, changes and deletes rows of every table, refuses bad input with 400, and reset restores the seed', async () => {
    const tables = (await json('/_admin/directory')).body.tables as string[];
    expect(tables).toEqual(expect.arrayContaining(['authorizations', 'organisations', 'users', 'credentials', 'quality-codes', 'inscriptions', 'availability']));
    for (const t of tables) expect((await json(`/_admin/directory/${t}`)).status).toBe(200);

    const added = await json('/_admin/directory/authorizations', { method: 'POST', body: JSON.stringify({ serviceId: 'R09', roles: ['SECURITY_ADVISOR'], legalContexts: ['PCSA:SOCIAL_INQUIRY'], qualityCodes: [1] }) });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ serviceId: 'R09', roles: ['SECURITY_ADVISOR'], integrationCheck: 'BLOCKING', dataBlocks: ['*'] });
    expect((await json('/_admin/directory/authorizations', { method: 'POST', body: JSON.stringify({ roles: 'x' }) })).status).toBe(400);
    expect((await json(`/_admin/directory/authorizations/${added.body.id}`, { method: 'PUT', body: JSON.stringify({ integrationCheck: 'SOMETIMES' }) })).status).toBe(400);

    const q = await json('/_admin/directory/quality-codes', { method: 'POST', body: JSON.stringify({ sector: 17, code: 99, label_nl: 'Test', label_fr: 'Test', max_period: 'P1M' }) });
    expect(q.status).toBe(201);
    expect((await json('/_admin/directory/quality-codes', { method: 'POST', body: JSON.stringify({ sector: 17, code: 98 }) })).status).toBe(400);
    expect((await json('/_admin/directory/quality-codes', { method: 'POST', body: JSON.stringify({ colour: 'blue' }) })).status).toBe(400);
    expect((await json(`/_admin/directory/quality-codes/${q.body.id}`, { method: 'PUT', body: JSON.stringify({ label_nl: 'Anders' }) })).body.label_nl).toBe('Anders');
    expect((await json(`/_admin/directory/quality-codes/${q.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await json('/_admin/directory/nothing')).status).toBe(404);

    await json('/_admin/reset', { method: 'POST' });
    const after = (await json('/_admin/directory/authorizations')).body as { roles: string[] }[];
    expect(after.some((r) => r.roles.includes('SECURITY_ADVISOR'))).toBe(false);
  });

  it('exports the journal as JSON lines', async () => {
    await post(`${emu.url}${R09}`, tx25(SSIN.standard), cred());
    await post(`${emu.url}${R09}`, tx25(SSIN.notIntegrated), cred());
    const res = await fetch(`${emu.url}/_admin/journal/export?service=R09`);
    expect(res.headers.get('content-type')).toMatch(/ndjson/);
    const rows = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.decision)).toEqual(['ALLOW', 'DENY']);
    expect(rows[1]).toMatchObject({ failed_step: 'finality', code: 'MSG00012', target_ssin: SSIN.notIntegrated });
    expect(rows[0].request_sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('lenient mode', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator({ securityMode: 'lenient' })));
  afterAll(() => emu.close());

  it('checks and journals everything but refuses nothing the interceptor protects', async () => {
    const root = bodyRoot((await post(`${emu.url}${R09}`, tx25(SSIN.notIntegrated, 'PCSA:SOCIAL_FRAUD'), cred())).body);
    expect(childText(path(root, 'status'), 'code')).toBe('MSG00000');
    const [row] = (await (await fetch(`${emu.url}/_admin/journal?service=R09`)).json()) as Record<string, any>[];
    expect(row.decision).toBe('ALLOW');
    expect(JSON.parse(row.lenient_findings).join(' ')).toMatch(/legal-context/);
    // An unknown SSIN is still refused: there is nobody to answer about.
    const unknown = bodyRoot((await post(`${emu.url}${R09}`, tx25(SSIN.unknown), cred())).body);
    expect(childText(path(unknown, 'status'), 'code')).toBe('MSG00005');
  });
});
