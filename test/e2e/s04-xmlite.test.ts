import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { post } from '../helpers/http';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, Summary } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { parseXml } from '../../src/xml/parse';
import { childrenNamed, childText, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';
import type { Employment } from '../../src/sources/rsz';
import { makeNoss } from '../../src/sources/rsz/noss';

const MESSAGE_NS = 'http://www.ksz-bcss.fgov.be/XSD/Message';
const FLOW_NS = 'http://www.ksz-bcss.fgov.be/XmlSchema';
const SERVICE = { serviceId: 'XMLite', version: '20051206' };
const TODAY = '2026-11-16';
const userOf = (role: string): AuthorizedUserFields => {
  const u = users().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return { ...GENT_USER, UserID: u.user_id, Email: u.email };
};

/** A Message as the public CPAS client writes it: its own prefix ns1, the flow in the default namespace. */
const message = (prefix: string, flow: string) =>
  `<ns1:Message xmlns:ns1="${MESSAGE_NS}"><ns1:Header><ns1:ClassicPrefix>${prefix}</ns1:ClassicPrefix></ns1:Header><ns1:Data><ns1:XML>${flow}</ns1:XML></ns1:Data></ns1:Message>`;

function l950(ssin: string, opts: { begin?: string; end?: string; active?: string; answers?: number; scrolling?: [number, string] } = {}) {
  const period = opts.begin ? `<SearchPeriod><BeginDate>${opts.begin}</BeginDate>${opts.end ? `<EndDate>${opts.end}</EndDate>` : ''}</SearchPeriod>` : '';
  const scrolling = opts.scrolling ? `<Scrolling><FirstLineNbr>${opts.scrolling[0]}</FirstLineNbr><Ticket>${opts.scrolling[1]}</Ticket></Scrolling>` : '';
  return message(
    `U62NA1017001000000000001O0C${ssin}L950                                2611161000M03S000100`,
    `<L950 processType="L" version="001" xmlns="${FLOW_NS}"><Request><NaturalPerson><INSS>${ssin}</INSS></NaturalPerson>${period}<ActiveWorker>${opts.active ?? '1'}</ActiveWorker><CanceledContract>0</CanceledContract><NbrOfAnswer>${opts.answers ?? 32}</NbrOfAnswer>${scrolling}</Request></L950>`,
  );
}

const a701 = (noss: string) =>
  message('U62NA1017001000000000001O0L           A701                                2611161000M03S0', `<A701 processType="L" version="001" xmlns="${FLOW_NS}"><Request><Employer><FirmID><NLOSSRegistrationNbr>${noss}</NLOSSRegistrationNbr></FirmID></Employer></Request></A701>`);

const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);
const activities = (payload: XmlElement | undefined) => childrenNamed(path(payload, 'Data', 'XML', 'L950', 'AnswerOK'), 'Activity');

describe('S04 XMLite 20051206', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
  afterAll(() => emu.close());

  async function send(payload: string, user: AuthorizedUserFields = GENT_USER) {
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ ...SERVICE, payload }], user)));
    expect(res.status).toBe(200);
    const { xml } = ssdnReplyOf(res.body);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    const [reply] = serviceReplies(parseXml(xml));
    if (reply.payload) {
      validateAgainst(xml.match(/<ns3:Message[\s\S]*<\/ns3:Message>/)![0], 'S04-XMLite/20051206/Message.xsd');
      expect(reply.payload.ns).toBe(MESSAGE_NS);
    }
    return { ...reply, xml };
  }

  it("answers L950 with the employed persona's Dimona period, the same as RSZ holds, where the client reads it", async () => {
    const { summary, payload, xml } = await send(l950(SSIN.employed, { begin: '1995-01-01', end: TODAY }));
    expect(summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    // The public client reads ns3:Message/Data/XML, then the flow with prefix ns4.
    expect(xml).toMatch(/<ns3:Message[^>]*><ns3:Header><ns3:ClassicPrefix>U62NA/);
    expect(xml).toContain(`<ns4:L950 xmlns:ns4="${FLOW_NS}" processType="L" version="001"><ns4:AnswerOK><ns4:Reference>`);
    const employments = emu.app.db.prepare('SELECT * FROM rsz_employment WHERE ssin = ? ORDER BY begin_date').all(SSIN.employed) as Employment[];
    const [a] = activities(payload);
    expect(childText(payload, 'Data', 'XML', 'L950', 'AnswerOK', 'Reference', 'NbrOfAvailableAnswer')).toBe(String(employments.length));
    expect([childText(a, 'Employer', 'FirmID', 'NLOSSRegistrationNbr'), childText(a, 'Employer', 'FirmID', 'CompanyID'), childText(a, 'Worker', 'OccupationPeriod', 'BeginDate'), childText(a, 'Worker', 'JointCommissionNbr')])
      .toEqual([employments[0].noss_number, employments[0].employer_cbe, employments[0].begin_date, employments[0].joint_committee]);
    expect([childText(a, 'NaturalPerson', 'INSS'), childText(a, 'NaturalPerson', 'Name'), childText(a, 'Worker', 'LastDimonaAction')]).toEqual([SSIN.employed, 'De Smet', '1']);
    expect(childText(a, 'Worker', 'KindOfWorker')).toBeUndefined();
  });

  it('pages through the student-interim periods with NbrOfAnswer and Scrolling', async () => {
    const all = activities((await send(l950(SSIN.studentInterim, { begin: '1995-01-01' }))).payload);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((a) => childText(a, 'Worker', 'KindOfWorker'))).toEqual(expect.arrayContaining(['STU', 'IVT']));
    const first = await send(l950(SSIN.studentInterim, { begin: '1995-01-01', answers: 2 }));
    const reference = path(first.payload, 'Data', 'XML', 'L950', 'AnswerOK', 'Reference');
    expect([childText(reference, 'NbrOfAvailableAnswer'), childText(reference, 'NbrOfIncludedAnswer'), childText(reference, 'NextScrolling', 'FirstLineNbr')]).toEqual([String(all.length), '2', '3']);
    const next = await send(l950(SSIN.studentInterim, { begin: '1995-01-01', answers: 2, scrolling: [3, childText(reference, 'NextScrolling', 'Ticket')!] }));
    const rest = activities(next.payload);
    expect(rest.map((a) => childText(a, 'Worker', 'DimonaNbr'))).toEqual(all.slice(2, 4).map((a) => childText(a, 'Worker', 'DimonaNbr')));
  });

  it('keeps to the search period with ActiveWorker 1, and answers no activity for the self-employed', async () => {
    const before = await send(l950(SSIN.employed, { begin: '2010-01-01', end: '2018-12-31' }));
    expect(activities(before.payload)).toEqual([]);
    expect(childText(before.payload, 'Data', 'XML', 'L950', 'AnswerOK', 'Reference', 'NbrOfAvailableAnswer')).toBe('0');
    const everything = await send(l950(SSIN.employed, { begin: '2010-01-01', end: '2018-12-31', active: '0' }));
    expect(activities(everything.payload).length).toBeGreaterThan(0);
    expect(activities((await send(l950(SSIN.selfEmployed, { begin: '1995-01-01' }))).payload)).toEqual([]);
  });

  it('attests an employer of the repertory with A701, the same as Dolsis getEmployerDetail', async () => {
    const employment = emu.app.db.prepare('SELECT * FROM rsz_employment WHERE ssin = ?').get(SSIN.employed) as Employment;
    const { summary, payload } = await send(a701(employment.noss_number), userOf('FINANCIAL_DIRECTOR'));
    expect(summary.ok).toBe('YES');
    const employer = path(payload, 'Data', 'XML', 'A701', 'Attestation', 'Employer');
    expect([childText(employer, 'FirmID', 'CompanyID'), childText(employer, 'RegisteredOffice', 'Name')]).toEqual([employment.employer_cbe, employment.employer_name]);
  });

  it('refuses an invalid registration number, says when none is known, refuses a header naming another flow, and L950 to the financial director', async () => {
    expect(codes((await send(a701('0123456789'))).summary)).toEqual(['ERROR 31000005']);
    const unknown = await send(a701(makeNoss(9999999)));
    expect(unknown.summary.ok).toBe('YES');
    expect(codes(unknown.summary)).toEqual(['INFORMATION 19004001']);
    expect(path(unknown.payload, 'Data')).toBeUndefined();
    const mismatch = await send(l950(SSIN.employed).replace('L950      ', 'A701      '));
    expect(mismatch.summary.ok).toBe('NO');
    expect(mismatch.summary.details[0].information[0]).toMatchObject({ name: 'Header/ClassicPrefix' });
    const director = await send(l950(SSIN.employed, { begin: '1995-01-01' }), userOf('FINANCIAL_DIRECTOR'));
    expect(codes(director.summary)).toEqual(['ERROR 39000013']);
  });
});
