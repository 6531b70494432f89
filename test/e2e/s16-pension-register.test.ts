import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, serviceReplies, ssdnRequest, Summary } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { classicSender } from '../helpers/classic-service';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/PensionRegister';
const COMMON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';
const SERVICE = { serviceId: 'OCMWCPASPensionRegisterConsult', version: '20090706' };
const DIR = 'S16-OCMWCPASPensionRegisterConsult/20090706';
/** The SFP's enterprise number, the one the repertory gives the pension sector's integrations. */
const SFP_CBE = '0206050071';

interface Ask {
  ssin?: string;
  start?: string;
  end?: string;
  pillar?: string;
  information?: string;
  focus?: string;
  language?: string;
}

/** A Penskad_OpenPK_ConsultRequest as the CPAS client builds it (ns1 prefix); an undefined ssin leaves TargetSSIN out. */
const request = (a: Ask) => {
  const o = { start: '2025-12-01', end: '2026-11-30', pillar: 'FirstSecond', information: 'RightsMaximumPayments', language: 'FR', ...a };
  return (
    `<ns1:Penskad_OpenPK_ConsultRequest xmlns:ns1="${NS}">` +
    (o.ssin === undefined ? '' : `<ns1:TargetSSIN>${o.ssin}</ns1:TargetSSIN>`) +
    `<ns1:Period><ns1:StartDate>${o.start}</ns1:StartDate><ns1:EndDate>${o.end}</ns1:EndDate></ns1:Period>` +
    `<ns1:RequestedData><ns1:Pillar>${o.pillar}</ns1:Pillar><ns1:RequestedInformation>${o.information}</ns1:RequestedInformation>` +
    (o.focus ? `<ns1:Focus>${o.focus}</ns1:Focus>` : '') +
    `</ns1:RequestedData><ns1:Language>${o.language}</ns1:Language></ns1:Penskad_OpenPK_ConsultRequest>`
  );
};

const userOf = (role: string, cbe = GENT.org.cbe_number): AuthorizedUserFields => {
  const u = users().find((x) => x.cbe_number === cbe && x.role === role)!;
  return { ...GENT_USER, UserID: u.user_id, Email: u.email, OrgUnit: cbe };
};
const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);

/** What a PensionItem says, for assertions. */
const items = (payload: XmlElement | undefined) =>
  childrenNamed(payload, 'PensionItem').map((item) => ({
    cbe: childText(item, 'PayingInstitution', 'DebtorInstitutionCompanyId'),
    immatriculation: childText(item, 'PayingInstitution', 'DebtorInstitutionImmatriculation'),
    name: childText(item, 'PayingInstitution', 'InstitutionName'),
    entries: childrenNamed(item, 'PayingInstitutionItem').map((i) => elements(i)[0]),
  }));
const rightOf = (entry: XmlElement) => child(entry, 'RightInformation')!;
const months = (entry: XmlElement) => childrenNamed(entry, 'PaymentsInformation').map((p) => `${childText(p, 'ReferencePeriod', 'StartMonth')}${childText(p, 'IsHolidayAmount') === 'true' ? ' holiday' : ''}`);
const amount = (el: XmlElement | undefined, ...path: string[]) => Number(childText(el, ...path));

describe('S16 OCMWCPASPensionRegisterConsult 20090706', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date('2026-12-03T10:00:00Z'));
  });
  afterAll(() => emu.close());

  const send = classicSender(() => emu, { ...SERVICE, replyRoot: 'Penskad_OpenPK_ConsultReply', replyXsd: `${DIR}/PensionRegisterReply.xsd`, ns: NS });

  it('answers the SSDN envelope of the published WSDL: the pensioner, Common as ns2 and the payload as ns3 under ServiceReply', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ ...SERVICE, payload: request({ ssin: SSIN.pensioner }) }]));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    const serviceReply = xml.slice(xml.indexOf('<ServiceReply>'));
    expect(serviceReply).toMatch(new RegExp(`^<ServiceReply><ns2:ResultSummary xmlns:ns2="${COMMON_NS}" ok="YES"><ns2:ReturnCode>0</ns2:ReturnCode>`));
    expect(serviceReply).toContain(`<ns3:Penskad_OpenPK_ConsultReply xmlns:ns3="${NS}">`);
    // What the PHP client reads, by namespace: ServiceReply, its Common ResultSummary, the PensionRegister reply.
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary.returnCode).toBe('0');
    validateAgainst(xml.match(/<ns3:Penskad_OpenPK_ConsultReply[\s\S]*<\/ns3:Penskad_OpenPK_ConsultReply>/)![0], `${DIR}/PensionRegisterReply.xsd`);

    const [sfp, fund] = items(reply.payload);
    expect(items(reply.payload)).toHaveLength(2);
    expect([sfp.cbe, sfp.immatriculation, sfp.name]).toEqual([SFP_CBE, '100100', 'Service fédéral des Pensions']);
    expect(fund.name).toBe('Fonds de pension sectoriel Textile OFP');
    // The employee pension since 2019-04-01: one payment per month of the period and the May holiday allowance.
    const [pension] = sfp.entries;
    expect(pension.local).toBe('RightWithPayments');
    const info = rightOf(pension);
    expect(info.attrs).toMatchObject({ Pillar: 'First', Origin: 'National' });
    expect(['AdvantageCode', 'Periodicity', 'PensionStartDate', 'RightStartDate', 'PensionType', 'AdministrativeSituation', 'HouseholdCode', 'AdvantageType'].map((n) => childText(info, n))).toEqual(['01', '1', '2019-04-01', '2019-04-01', '1', '1', '2', '11']);
    expect(childText(info, 'RightCloseDate')).toBeUndefined();
    expect(months(pension)).toEqual(['2025-12-00', '2026-01-00', '2026-02-00', '2026-03-00', '2026-04-00', '2026-05-00 holiday', '2026-05-00', '2026-06-00', '2026-07-00', '2026-08-00', '2026-09-00', '2026-10-00', '2026-11-00']);
    // The second pillar: the textile fund's monthly annuity, not indexed.
    const [annuity] = fund.entries;
    expect(rightOf(annuity).attrs.Pillar).toBe('Second');
    expect(['AdvantageType', 'AdministrativeSituation', 'Periodicity'].map((n) => childText(rightOf(annuity), n))).toEqual(['12', '6', '1']);
    const annuities = childrenNamed(annuity, 'PaymentsInformation');
    expect(annuities).toHaveLength(12);
    expect(new Set(annuities.map((p) => childText(p, 'TotalAmounts', 'TotalGrossAmount'))).size).toBe(1);
    expect(childText(annuities[0], 'Index', 'IndexType')).toBe('0');
  });

  it('keeps the amounts consistent: totals, withholdings and the indexation of the first amount', async () => {
    const { payload } = await send(request({ ssin: SSIN.deceased, start: '2025-01-01', end: '2025-06-30' }));
    for (const { entries } of items(payload)) {
      for (const entry of entries) {
        for (const p of childrenNamed(entry, 'PaymentsInformation')) {
          const history = childrenNamed(p, 'PaymentHistory');
          const sum = (name: string) => Math.round(history.reduce((s, h) => s + amount(h, name), 0) * 100) / 100;
          expect(amount(p, 'TotalAmounts', 'TotalGrossAmount')).toBeCloseTo(sum('GrossAmount'), 2);
          expect(amount(p, 'TotalAmounts', 'TotalPrecomptableAmount')).toBeCloseTo(sum('PrecomptableAmount'), 2);
          const contributions = child(p, 'Contributions');
          const withheld = contributions ? amount(contributions, 'ZIV-AMI', 'TotalAmiAmount') + amount(contributions, 'ContributionSolidarity', 'TotalRsAmount') : 0;
          expect(amount(p, 'TotalAmounts', 'TotalGrossAmount') - withheld).toBeCloseTo(amount(p, 'TotalAmounts', 'TotalPrecomptableAmount'), 2);
        }
      }
    }
    // The pensioner's pension of November 2026 is his first one (April 2019) times the index.
    const first = await send(request({ ssin: SSIN.pensioner, start: '2019-04-01', end: '2019-04-30', pillar: 'FirstOnly' }));
    const now = await send(request({ ssin: SSIN.pensioner, start: '2026-11-01', end: '2026-11-30', pillar: 'FirstOnly' }));
    const paid = (r: { payload?: XmlElement }) => childrenNamed(items(r.payload)[0].entries[0], 'PaymentsInformation')[0];
    const index = amount(paid(now), 'Index', 'Index');
    expect(index).toBeGreaterThan(1);
    expect(amount(paid(now), 'TotalAmounts', 'TotalGrossAmount')).toBeCloseTo(amount(paid(first), 'TotalAmounts', 'TotalGrossAmount') * index, 0);
    // Nothing withheld below the AMI threshold: no Contributions block.
    expect(child(paid(first), 'Contributions')).toBeUndefined();
  });

  it('gives the deceased his three rights closed on his death, paid up to that month, in the language asked', async () => {
    const { summary, payload } = await send(request({ ssin: SSIN.deceased, start: '2025-01-01', end: '2025-12-31', language: 'NL' }));
    expect(summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
    const found = items(payload);
    expect(found.map((i) => i.name)).toEqual(['Federale Pensioendienst', 'Federale Pensioendienst - pensioenen zelfstandigen (voorheen RSVZ)', 'Sectorpensioenfonds Textiel OFP']);
    for (const { entries } of found) {
      expect(childText(rightOf(entries[0]), 'RightStartDate')).toBe('2013-05-01');
      expect(childText(rightOf(entries[0]), 'RightCloseDate')).toBe('2025-06-14');
      expect(months(entries[0]).filter((m) => !m.endsWith('holiday')).pop()).toBe('2025-06-00');
    }
    expect(childText(rightOf(found[1].entries[0]), 'AdvantageCode')).toBe('02');
    // After his death, nothing in the period.
    const after = await send(request({ ssin: SSIN.deceased }));
    expect(codes(after.summary)).toEqual(['INFORMATION 19016002']);
    expect(childrenNamed(after.payload, 'PensionItem')).toEqual([]);
  });

  it('gives the self-employed-pre-2003 persona his self-employed pension and the GRAPA the social tariff reads', async () => {
    const { payload } = await send(request({ ssin: SSIN.selfEmployedPre2003 }));
    const [sfp, selfEmployed] = items(payload);
    expect(selfEmployed.immatriculation).toBe('100200');
    expect(['AdvantageCode', 'AdministrativeSituation', 'EmployerType', 'PensionStartDate'].map((n) => childText(rightOf(selfEmployed.entries[0]), n))).toEqual(['02', '2', '0', '2015-03-01']);
    const grapa = sfp.entries[0];
    expect(['AdvantageCode', 'AdvantageType', 'RightStartDate'].map((n) => childText(rightOf(grapa), n))).toEqual(['30', '31', '2015-03-01']);
    const payments = childrenNamed(grapa, 'PaymentsInformation');
    expect(payments).toHaveLength(12);
    for (const p of payments) {
      expect(childText(p, 'PaymentHistory', 'PrecomptePercentage')).toBe('0.0');
      expect(child(p, 'Contributions')).toBeUndefined();
    }
    // The GRAPA is small next to his pension: what his pension leaves of the guarantee.
    const pensionAmount = amount(childrenNamed(selfEmployed.entries[0], 'PaymentsInformation')[0], 'TotalAmounts', 'TotalGrossAmount');
    expect(amount(payments[0], 'TotalAmounts', 'TotalGrossAmount')).toBeLessThan(pensionAmount / 4);
    const rights = emu.app.sources.pension.grapaRightsBetween(SSIN.selfEmployedPre2003, '2026-01-01', '2026-12-31');
    expect(rights.map((r) => [r.begin_date, r.end_date])).toEqual([['2015-03-01', null]]);
    expect(emu.app.sources.pension.grapaRightsBetween(SSIN.pensioner, '2019-01-01', '2026-12-31')).toEqual([]);
  });

  it('honours Focus: the first payments, paid late, fall in the month they were paid', async () => {
    const april = { ssin: SSIN.pensioner, start: '2019-04-01', end: '2019-05-31' };
    const byReference = items((await send(request({ ...april, focus: 'ReferencePeriod' }))).payload);
    expect(months(byReference[0].entries[0])).toEqual(['2019-04-00', '2019-05-00']);
    expect(childrenNamed(byReference[0].entries[0], 'PaymentsInformation').map((p) => childText(p, 'PaymentHistory', 'MonthOfPayment'))).toEqual(['2019-06-00', '2019-06-00']);
    const byPayment = items((await send(request({ ...april, focus: 'MonthOfPayment' }))).payload);
    // Nothing of the SFP was paid in April or May 2019; the fund paid April and May in May.
    expect(byPayment[0].entries[0].local).toBe('RightWithoutPayments');
    expect(months(byPayment[1].entries[0])).toEqual(['2019-04-00', '2019-05-00']);
    const june = items((await send(request({ ssin: SSIN.pensioner, start: '2019-06-01', end: '2019-06-30', focus: 'MonthOfPayment' }))).payload);
    expect(months(june[0].entries[0])).toEqual(['2019-04-00', '2019-05-00', '2019-06-00']);
  });

  it('honours RequestedInformation and Pillar', async () => {
    const only = items((await send(request({ ssin: SSIN.pensioner, information: 'RightsOnly' }))).payload);
    expect(only.flatMap((i) => i.entries.map((e) => e.local))).toEqual(['RightOnly', 'RightOnly']);
    expect(only.flatMap((i) => i.entries.flatMap((e) => childrenNamed(e, 'PaymentsInformation')))).toEqual([]);
    const minimum = items((await send(request({ ssin: SSIN.pensioner, start: '2026-04-01', end: '2026-05-31', information: 'RightsMinimumPayments' }))).payload);
    // The last payment information of each right: May's pension, not its holiday allowance.
    expect(minimum.map((i) => months(i.entries[0]))).toEqual([['2026-05-00'], ['2026-05-00']]);
    const first = items((await send(request({ ssin: SSIN.pensioner, pillar: 'FirstOnly' }))).payload);
    expect(first.map((i) => rightOf(i.entries[0]).attrs.Pillar)).toEqual(['First']);
    const second = items((await send(request({ ssin: SSIN.pensioner, pillar: 'SecondOnly' }))).payload);
    expect(second.map((i) => [i.name, rightOf(i.entries[0]).attrs.Pillar])).toEqual([['Fonds de pension sectoriel Textile OFP', 'Second']]);
  });

  it('shows a refused demand whose refusal falls in the period, before the rights of its institution', async () => {
    const in2021 = items((await send(request({ ssin: SSIN.pensioner, start: '2021-01-01', end: '2021-12-31' }))).payload);
    const [demand, right] = in2021[0].entries;
    expect([demand.local, childText(demand, 'PensionDemandDate'), childText(demand, 'PensionDemandRefusalDate')]).toEqual(['PensionDemand', '2021-03-08', '2021-06-21']);
    expect(right.local).toBe('RightWithPayments');
    // A refusal before the period: not shown; a second-pillar question: no demand either.
    const later = items((await send(request({ ssin: SSIN.pensioner, start: '2022-01-01', end: '2022-12-31' }))).payload);
    expect(later[0].entries.map((e) => e.local)).toEqual(['RightWithPayments']);
    const secondOnly = items((await send(request({ ssin: SSIN.pensioner, start: '2021-01-01', end: '2021-12-31', pillar: 'SecondOnly' }))).payload);
    expect(secondOnly.flatMap((i) => i.entries.map((e) => e.local))).toEqual(['RightWithPayments']);
  });

  it('says IdentificationProblem for a person the cadastre has no file for', async () => {
    const { summary, payload } = await send(request({ ssin: SSIN.standard }));
    expect(summary.ok).toBe('YES');
    expect(codes(summary)).toEqual(['INFORMATION 19016001']);
    expect(childText(payload, 'IdentificationProblem')).toBe('true');
    expect(childrenNamed(payload, 'PensionItem')).toEqual([]);
  });

  it('refuses the classic way: invalid SSIN, missing TargetSSIN, bad period or value, not integrated, wrong role', async () => {
    const bad = SSIN.pensioner.slice(0, 9) + String((Number(SSIN.pensioner.slice(9)) + 1) % 100).padStart(2, '0');
    const refused = async (payload: string, user?: AuthorizedUserFields) => {
      const r = await send(payload, user);
      expect(r.summary.ok).toBe('NO');
      expect(r.payload).toBeUndefined();
      return codes(r.summary);
    };
    expect(await refused(request({ ssin: bad }))).toEqual(['ERROR 31000005']);
    expect(await refused(request({ ssin: undefined }))).toEqual(['ERROR 31000007']);
    expect(await refused(request({ ssin: SSIN.pensioner, start: '2026-01-01', end: '2025-01-01' }))).toEqual(['ERROR 31000005']);
    expect(await refused(request({ ssin: SSIN.pensioner, pillar: 'ThirdOnly' }))).toEqual(['ERROR 31000005']);
    expect(await refused(request({ ssin: SSIN.notIntegrated }))).toEqual(['ERROR 39000012']);
    expect(await refused(request({ ssin: SSIN.jobseekerWallonia }))).toEqual(['ERROR 39000012']);
    expect(await refused(request({ ssin: SSIN.pensioner }), userOf('ADMIN_STAFF'))).toEqual(['ERROR 39000013']);
    expect(await refused(request({ ssin: SSIN.pensioner, information: 'RightsOnly' }), userOf('GENERAL_DIRECTOR'))).toEqual(['ERROR 39000013']);
    // Administrative staff may see whether there is a right.
    const admin = await send(request({ ssin: SSIN.pensioner, information: 'RightsOnly' }), userOf('ADMIN_STAFF'));
    expect(admin.summary.ok).toBe('YES');
  });

  it('publishes request and reply schemas that accept what the client sends and what the emulator answers', async () => {
    validateAgainst(request({ ssin: SSIN.pensioner, focus: 'MonthOfPayment' }), `${DIR}/PensionRegisterRequest.xsd`);
    validateAgainst(request({ ssin: SSIN.pensioner }), `${DIR}/PensionRegisterRequest.xsd`);
    expect(() => validateAgainst(request({ ssin: SSIN.pensioner, language: 'XX' }), `${DIR}/PensionRegisterRequest.xsd`)).toThrow(/failed/);
    const { xml } = await send(request({ ssin: SSIN.deceased, start: '2013-01-01', end: '2025-12-31' }));
    expect(xml).toContain('ns3:ZIV-AMI');
  });
});
