import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, serviceReplies, ssdnRequest, Summary } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { classicSender } from '../helpers/classic-service';
import { parseXml } from '../../src/xml/parse';
import { childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';

const NS = 'http://www.smals.be/XSD/OCMW_CPAS/HouseholdIncome';
const SERVICE = { serviceId: 'OCMWCPASHouseholdIncome', version: '20090409' };
const REPLY_XSD = 'P12-OCMWCPASHouseholdIncome/20090409/HouseholdIncomeReply.xsd';

const request = (ssin: string, date?: string) =>
  `<ns1:HouseholdIncomeRequest xmlns:ns1="${NS}"><ns1:SSIN>${ssin}</ns1:SSIN>${date ? `<ns1:ReferenceDate>${date}</ns1:ReferenceDate>` : ''}</ns1:HouseholdIncomeRequest>`;
const userOf = (role: string): AuthorizedUserFields => {
  const u = users().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return { ...GENT_USER, UserID: u.user_id, Email: u.email };
};
const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);
const members = (p: XmlElement | undefined) => childrenNamed(p, 'Member').map((m) => [childText(m, 'SSIN'), childText(m, 'HouseholdRole'), childText(m, 'Assessment', 'FiscalState') ?? null, childText(m, 'TaxableIncome')]);
const totals = (p: XmlElement | undefined) => [childText(p, 'IncomeYear') ?? null, childText(p, 'TotalTaxableIncome'), childText(p, 'Dependants')];

describe('P12 OCMWCPASHouseholdIncome 20090409 (modelled)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date('2026-11-16T10:00:00Z'));
  });
  afterAll(() => emu.close());

  const send = classicSender(() => emu, { ...SERVICE, replyRoot: 'HouseholdIncomeReply', replyXsd: REPLY_XSD, ns: NS });

  it('answers through the published connector WSDL: each member of the household and the total of the latest income year', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ ...SERVICE, payload: request(SSIN.heatingAllowance) }]));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
    expect(members(reply.payload)).toEqual([
      [SSIN.heatingAllowance, '1', 'SINGULAR', '19406.00'],
      [SSIN.heatingAllowanceChild, '3', null, '0.00'],
    ]);
    expect(totals(reply.payload)).toEqual(['2025', '19406.00', '1']);
  });

  it('agrees with S10 TaxAssessmentDataService: gross taxable income = global taxable income + professional expenses', async () => {
    const { payload } = await send(request(SSIN.employed));
    const assessment = emu.app.sources.fodfin.assessments(SSIN.employed, '2026-11-16')[0];
    expect(assessment.income_year).toBe(2025);
    expect(totals(payload)).toEqual(['2025', (assessment.global_taxable_income + assessment.professional_expenses).toFixed(2), '0']);
  });

  it('counts the dependants of a joint assessment once, and answers an earlier household on a ReferenceDate', async () => {
    const family = await send(request(SSIN.familyHead));
    expect(members(family.payload).map((m) => m[2])).toEqual(['PRIMARY', 'SECONDARY', null, null]);
    expect(totals(family.payload)).toEqual(['2025', '0.00', '2']);
    // Before the son was born his mother was alone in her household.
    const before = await send(request(SSIN.heatingAllowance, '2010-01-01'));
    expect(members(before.payload).map((m) => m[0])).toEqual([SSIN.heatingAllowance]);
  });

  it('says with an INFORMATION detail when no member is assessed; refuses bad dates, roles and the not integrated', async () => {
    const none = await send(request(SSIN.selfEmployedPre2003));
    expect(codes(none.summary)).toEqual(['INFORMATION 19012001']);
    expect(totals(none.payload)).toEqual([null, '0.00', '0']);
    expect(codes((await send(request(SSIN.heatingAllowance, '2026-02-30'))).summary)).toEqual(['ERROR 31000005']);
    expect(codes((await send(request(SSIN.heatingAllowance), userOf('ADMIN_STAFF'))).summary)).toEqual(['ERROR 39000013']);
    expect(codes((await send(request(SSIN.notIntegrated))).summary)).toEqual(['ERROR 39000012']);
  });
});
