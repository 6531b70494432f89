import { startEmulator, TestEmulator, GENT, LIEGE } from '../helpers/emulator';
import { post } from '../helpers/http';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, Summary } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const SERVICE = { serviceId: 'OCMWCPASManageAccess', version: '20050930' };
const MA_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess';
const COMMON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';
const REPLY_XSD = 'R02-OCMWCPASManageAccess/20050930/ManageAccessReply.xsd';
const SSDN_REPLY_XSD = 'ssdn/Service/SSDNReply.xsd';

/** Tom Wouters (not-integrated) as the OCMW knows him. */
const WOUTERS_PROOF = '<PersonData><LastName>Wouters</LastName><BirthDate>1979-02-03</BirthDate></PersonData>';
const CLAES_PROOF = '<PersonData><LastName>Claes</LastName><BirthDate>1985-06-12</BirthDate></PersonData>';

interface Fields {
  ssin?: string;
  purpose?: string;
  start?: string;
  end?: string;
  action?: string;
  sector?: string;
  queryRegister?: string;
  /** Children of ProofOfAuthentication; null leaves the element out. */
  proof?: string | null;
}

/** A ManageAccessRequest with the prefixes Lino uses (mar / common); every element is optional here so that tests can leave one out. */
function manageAccess(f: Fields): string {
  const el = (name: string, value?: string) => (value === undefined ? '' : `<mar:${name}>${value}</mar:${name}>`);
  const period =
    f.start === undefined && f.end === undefined
      ? ''
      : `<mar:Period>${f.start === undefined ? '' : `<common:StartDate>${f.start}</common:StartDate>`}${f.end === undefined ? '' : `<common:EndDate>${f.end}</common:EndDate>`}</mar:Period>`;
  const proof = f.proof === null ? '' : `<mar:ProofOfAuthentication>${(f.proof ?? WOUTERS_PROOF).replace(/<(\/?)(\w+)/g, '<$1mar:$2')}</mar:ProofOfAuthentication>`;
  return (
    `<mar:ManageAccessRequest xmlns:mar="${MA_NS}" xmlns:common="${COMMON_NS}">` +
    el('SSIN', f.ssin ?? SSIN.notIntegrated) +
    el('Purpose', f.purpose) +
    period +
    el('Action', f.action) +
    el('Sector', f.sector) +
    el('QueryRegister', f.queryRegister) +
    proof +
    `</mar:ManageAccessRequest>`
  );
}

interface Registration {
  purpose?: string;
  start?: string;
  end?: string;
  orgUnit?: string;
  register?: string;
}

function registrationsOf(payload: XmlElement | undefined): Registration[] {
  return childrenNamed(payload, 'Registrations').map((r) => ({
    purpose: childText(r, 'Purpose'),
    start: childText(r, 'Period', 'StartDate'),
    end: childText(r, 'Period', 'EndDate'),
    orgUnit: childText(r, 'OrgUnit'),
    register: childText(r, 'Register'),
  }));
}

describe('R02 OCMWCPASManageAccess', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => emu.app.reset());

  /** Sends one SSDNRequest and checks what every classic reply must satisfy: both XSDs and the ns1/ns2/ns3 prefixes. */
  async function send(payloads: string[], opts: { user?: AuthorizedUserFields; mode?: 'escaped' | 'cdata' } = {}) {
    const res = await post(
      `${emu.url}${CONNECTOR}`,
      sendXml(ssdnRequest(payloads.map((payload) => ({ ...SERVICE, payload })), opts.user ?? GENT_USER), opts.mode),
      { SOAPAction: 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML' },
    );
    expect(res.status).toBe(200);
    const { xml, root } = ssdnReplyOf(res.body);
    validateAgainst(xml, SSDN_REPLY_XSD);
    expect(xml).toContain('<ns1:ResultSummary xmlns:ns1="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common"');
    expect(xml).toContain('<ns2:ResultSummary xmlns:ns2="http://www.ksz-bcss.fgov.be/XSD/SSDN/Common"');
    const payloadTexts = xml.match(/<ns3:ManageAccessReply[\s\S]*?<\/ns3:ManageAccessReply>/g) ?? [];
    for (const p of payloadTexts) validateAgainst(p, REPLY_XSD);
    const replies = serviceReplies(root);
    expect(payloadTexts.length).toBe(replies.filter((r) => r.payload).length);
    return { xml, replies };
  }

  async function one(fields: Fields, opts: { user?: AuthorizedUserFields; mode?: 'escaped' | 'cdata' } = {}) {
    const { xml, replies } = await send([manageAccess(fields)], opts);
    expect(replies).toHaveLength(1);
    return { xml, ...replies[0] };
  }

  function expectError(summary: Summary, reasonCode: string, fieldName?: string) {
    expect(summary.ok).toBe('NO');
    expect(summary.returnCode).toBe('10000');
    expect(summary.details[0]).toMatchObject({ severity: 'ERROR', reasonCode });
    if (fieldName) expect(summary.details[0].information.map((i) => i.name)).toContain(fieldName);
  }

  const rowsOf = (ssin: string) => emu.app.repertory.find({ ssin });

  it('registers, lists, unregisters and lists again (Tom Wouters, purpose 1 for its 2-month maximum)', async () => {
    const reg = await one({ purpose: '1', start: '2026-03-01', action: 'REGISTER' });
    expect(reg.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
    expect(reg.payload).toMatchObject({ ns: MA_NS, local: 'ManageAccessReply' });
    // Exactly the prefixes real PHP clients read, and the Common dates declared per element.
    expect(reg.xml).toContain(`<ns3:ManageAccessReply xmlns:ns3="${MA_NS}">`);
    expect(reg.xml).toContain(`<ns4:StartDate xmlns:ns4="${COMMON_NS}">2026-03-01+01:00</ns4:StartDate>`);
    const original = child(reg.payload, 'OriginalRequest');
    expect(elements(original!).map((e) => e.local)).toEqual(['SSIN', 'Purpose', 'Period', 'Action']);
    expect(childText(original, 'Action')).toBe('REGISTER');
    expect(child(original, 'Period')!.children).toHaveLength(1); // echo of the request: no EndDate was sent
    // No EndDate: the registration runs for the maximum of purpose 1 (P2M), in the sectoral register of Gent.
    expect(registrationsOf(reg.payload)).toEqual([
      { purpose: '1', start: '2026-03-01+01:00', end: '2026-04-30+02:00', orgUnit: GENT.org.nis_code, register: 'SECONDARY' },
    ]);
    const rows = rowsOf(SSIN.notIntegrated);
    expect(rows.map((r) => [r.register, r.cbe_number, r.nis_code, r.quality_code, r.begin_date, r.end_date])).toEqual([
      ['PRIMARY', GENT.org.cbe_number, GENT.org.nis_code, 1, '2026-03-01', '2026-04-30'],
      ['SECONDARY', GENT.org.cbe_number, GENT.org.nis_code, 1, '2026-03-01', '2026-04-30'],
    ]);

    const list = await one({ start: '2026-04-01', action: 'LIST' });
    expect(list.summary.ok).toBe('YES');
    expect(childText(list.payload, 'OriginalRequest', 'Register')).toBe('ALL');
    expect(registrationsOf(list.payload)).toEqual([
      { purpose: '1', start: '2026-03-01+01:00', end: '2026-04-30+02:00', orgUnit: GENT.org.cbe_number, register: 'PRIMARY' },
      { purpose: '1', start: '2026-03-01+01:00', end: '2026-04-30+02:00', orgUnit: GENT.org.nis_code, register: 'SECONDARY' },
    ]);

    const unreg = await one({ purpose: '1', start: '2026-03-01', end: '2026-04-30', action: 'UNREGISTER' });
    expect(unreg.summary.ok).toBe('YES');
    expect(registrationsOf(unreg.payload)).toEqual([]);
    expect(rowsOf(SSIN.notIntegrated)).toEqual([]);

    const after = await one({ start: '2026-03-01', action: 'LIST' });
    expect(after.summary.ok).toBe('YES');
    expect(registrationsOf(after.payload)).toEqual([]);

    const journal = emu.app.journal.recent({ ssin: SSIN.notIntegrated }).map((r) => r.operation);
    expect(journal).toEqual(['LIST', 'UNREGISTER', 'LIST', 'REGISTER']);
  });

  it('UNREGISTER from a later date ends the registration the day before; LIST no longer shows it as active', async () => {
    await one({ purpose: '2', start: '2026-01-01', end: '2026-12-31', action: 'REGISTER' });
    const unreg = await one({ purpose: '2', start: '2026-07-01', action: 'UNREGISTER' });
    expect(unreg.summary.ok).toBe('YES');
    expect(registrationsOf(unreg.payload)).toEqual([]);

    const fromJuly = await one({ start: '2026-07-01', action: 'LIST' });
    expect(registrationsOf(fromJuly.payload)).toEqual([]);
    const wholeYear = await one({ start: '2026-01-01', action: 'LIST', queryRegister: 'SECONDARY' });
    expect(registrationsOf(wholeYear.payload)).toEqual([
      { purpose: '2', start: '2026-01-01+01:00', end: '2026-06-30+02:00', orgUnit: GENT.org.nis_code, register: 'SECONDARY' },
    ]);
  });

  it('does not duplicate an identical REGISTER and merges an overlapping one', async () => {
    const fields = { purpose: '1', start: '2026-03-01', end: '2026-04-30', action: 'REGISTER' };
    await one(fields);
    const again = await one(fields);
    expect(again.summary.ok).toBe('YES');
    expect(registrationsOf(again.payload)).toHaveLength(1);
    expect(rowsOf(SSIN.notIntegrated)).toHaveLength(2); // one per register

    const extended = await one({ purpose: '1', start: '2026-04-15', end: '2026-06-14', action: 'REGISTER' });
    expect(registrationsOf(extended.payload)).toEqual([
      { purpose: '1', start: '2026-03-01+01:00', end: '2026-06-14+02:00', orgUnit: GENT.org.nis_code, register: 'SECONDARY' },
    ]);
    expect(rowsOf(SSIN.notIntegrated).map((r) => [r.register, r.begin_date, r.end_date])).toEqual([
      ['PRIMARY', '2026-03-01', '2026-06-14'],
      ['SECONDARY', '2026-03-01', '2026-06-14'],
    ]);
  });

  it('LIST shows the integration of Sarah Claes by Gent, also to another OCMW, filtered by register and purpose', async () => {
    const gent = await one({ ssin: SSIN.standard, start: '2025-06-01', action: 'LIST', sector: '17', queryRegister: 'SECONDARY', proof: CLAES_PROOF });
    expect(registrationsOf(gent.payload)).toEqual([{ purpose: '2', start: '2025-01-01+01:00', end: undefined, orgUnit: '44021', register: 'SECONDARY' }]);

    const liegeUser = { ...GENT_USER, UserID: LIEGE.worker.user_id, Email: LIEGE.worker.email, OrgUnit: LIEGE.org.cbe_number };
    const liege = await one({ ssin: SSIN.standard, start: '2025-06-01', action: 'LIST', queryRegister: 'PRIMARY', proof: CLAES_PROOF }, { user: liegeUser });
    expect(registrationsOf(liege.payload)).toEqual([{ purpose: '2', start: '2025-01-01+01:00', end: undefined, orgUnit: GENT.org.cbe_number, register: 'PRIMARY' }]);

    const purpose1 = await one({ ssin: SSIN.standard, purpose: '1', start: '2025-06-01', action: 'LIST', proof: CLAES_PROOF });
    expect(childText(purpose1.payload, 'OriginalRequest', 'Purpose')).toBe('1');
    expect(registrationsOf(purpose1.payload)).toEqual([]);
    const before = await one({ ssin: SSIN.standard, start: '2024-01-01', end: '2024-12-31', action: 'LIST', proof: CLAES_PROOF });
    expect(registrationsOf(before.payload)).toEqual([]);
  });

  it('refuses REGISTER without Purpose (31000007) or with an unknown one (31000005)', async () => {
    expectError((await one({ start: '2026-03-01', action: 'REGISTER' })).summary, '31000007', 'Purpose');
    expectError((await one({ purpose: '99', start: '2026-03-01', action: 'REGISTER' })).summary, '31000005', 'Purpose');
    expectError((await one({ start: '2026-03-01', action: 'UNREGISTER' })).summary, '31000007', 'Purpose');
    expect(rowsOf(SSIN.notIntegrated)).toEqual([]);
  });

  it('refuses a period longer than the purpose allows, an EndDate before the StartDate, and no StartDate', async () => {
    const tooLong = await one({ purpose: '1', start: '2026-03-01', end: '2026-05-01', action: 'REGISTER' });
    expectError(tooLong.summary, '31000005', 'Period');
    expect(tooLong.summary.details[0].diagnostic).toContain('P2M');
    expect(tooLong.payload).toBeUndefined();
    expectError((await one({ purpose: '2', start: '2026-03-01', end: '2026-02-28', action: 'REGISTER' })).summary, '31000005', 'Period');
    // Both are caught by the schema stage, which names the element itself.
    expectError((await one({ purpose: '2', end: '2026-02-28', action: 'REGISTER' })).summary, '31000007', 'StartDate');
    expectError((await one({ purpose: '2', start: '2026-02-30', action: 'REGISTER' })).summary, '31000005', 'StartDate');
    expect(rowsOf(SSIN.notIntegrated)).toEqual([]);
    // Exactly the maximum is fine; dates with a timezone are accepted.
    const max = await one({ purpose: '1', start: '2026-03-01+01:00', end: '2026-04-30+02:00', action: 'REGISTER' });
    expect(max.summary.ok).toBe('YES');
  });

  it('checks ProofOfAuthentication: a mismatch is 39007007, none is 31000007, case, accents and an incomplete birth date are fine', async () => {
    const wrong = await one({ purpose: '1', start: '2026-03-01', action: 'REGISTER', proof: '<PersonData><LastName>Wouters</LastName><BirthDate>1979-02-04</BirthDate></PersonData>' });
    expectError(wrong.summary, '39007007', 'ProofOfAuthentication/PersonData');
    const wrongCard = await one({ purpose: '1', start: '2026-03-01', action: 'REGISTER', proof: '<SISCardNumber>1234567890</SISCardNumber>' });
    expectError(wrongCard.summary, '39007007');
    expectError((await one({ purpose: '1', start: '2026-03-01', action: 'REGISTER', proof: null })).summary, '31000007', 'ProofOfAuthentication');
    expectError((await one({ purpose: '1', start: '2026-03-01', action: 'REGISTER', proof: '' })).summary, '31000007', 'ProofOfAuthentication');
    expect(rowsOf(SSIN.notIntegrated)).toEqual([]);

    const lenient = await one({
      purpose: '1',
      start: '2026-03-01',
      action: 'REGISTER',
      proof: '<PersonData><LastName>WÓUTERS</LastName><FirstName>tom</FirstName><BirthDate>1979-02-00</BirthDate></PersonData>',
    });
    expect(lenient.summary.ok).toBe('YES');
    const byCards = await one({ ssin: SSIN.standard, start: '2025-06-01', action: 'LIST', proof: '<SISCardNumber>6012345678</SISCardNumber><IdentityCardNumber>592123456789</IdentityCardNumber>' });
    expect(byCards.summary.ok).toBe('YES');
  });

  it('UNREGISTER of a registration that does not exist is 31000005', async () => {
    const res = await one({ purpose: '1', start: '2026-03-01', action: 'UNREGISTER' });
    expectError(res.summary, '31000005', 'Purpose');
    // Gent's purpose-2 registration of Sarah Claes cannot be removed by Liège.
    const liegeUser = { ...GENT_USER, UserID: LIEGE.worker.user_id, Email: LIEGE.worker.email, OrgUnit: LIEGE.org.cbe_number };
    const other = await one({ ssin: SSIN.standard, purpose: '2', start: '2025-06-01', action: 'UNREGISTER', proof: CLAES_PROOF }, { user: liegeUser });
    expectError(other.summary, '31000005');
    expect(rowsOf(SSIN.standard)).toHaveLength(2);
  });

  it('answers an unknown SSIN with 31000020 and a replaced one with 31000021 and the new SSIN', async () => {
    expectError((await one({ ssin: SSIN.unknown, start: '2026-03-01', action: 'LIST' })).summary, '31000020', 'SSIN');
    const replaced = await one({ ssin: SSIN.replacedOld, purpose: '1', start: '2026-03-01', action: 'REGISTER' });
    expectError(replaced.summary, '31000021');
    expect(replaced.summary.details[0].information).toContainEqual({ name: 'NewSSIN', value: SSIN.replacedNew });
  });

  it('refuses an AuthorizedUser that is not a user of the organisation (39000015)', async () => {
    const res = await one({ purpose: '1', start: '2026-03-01', action: 'REGISTER' }, { user: { ...GENT_USER, Email: 'someone@elsewhere.test' } });
    expectError(res.summary, '39000015', 'AuthorizedUser/Email');
    expect(rowsOf(SSIN.notIntegrated)).toEqual([]);
  });

  it('reads the SSDN request from CDATA as from escaped text', async () => {
    const fields = { ssin: SSIN.standard, start: '2025-06-01', action: 'LIST', proof: CLAES_PROOF };
    const escaped = await one(fields, { mode: 'escaped' });
    const cdata = await one(fields, { mode: 'cdata' });
    expect(cdata.summary.ok).toBe('YES');
    expect(registrationsOf(cdata.payload)).toEqual(registrationsOf(escaped.payload));
    expect(registrationsOf(cdata.payload)).toHaveLength(2);
  });

  it('answers two ServiceRequests in one SSDNRequest (a LIST and a REGISTER), each in its own ServiceReply', async () => {
    const { replies } = await send([
      manageAccess({ ssin: SSIN.standard, start: '2025-06-01', action: 'LIST', queryRegister: 'SECONDARY', proof: CLAES_PROOF }),
      manageAccess({ purpose: '4', start: '2026-01-01', action: 'REGISTER' }),
    ]);
    expect(replies.map((r) => [r.serviceId, r.version, r.summary.ok])).toEqual([
      ['OCMWCPASManageAccess', '20050930', 'YES'],
      ['OCMWCPASManageAccess', '20050930', 'YES'],
    ]);
    expect(childText(replies[0].payload, 'OriginalRequest', 'Action')).toBe('LIST');
    expect(registrationsOf(replies[0].payload)).toHaveLength(1);
    expect(registrationsOf(replies[1].payload)).toEqual([
      { purpose: '4', start: '2026-01-01+01:00', end: '2026-12-31+01:00', orgUnit: GENT.org.nis_code, register: 'SECONDARY' },
    ]);
  });
});
