import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { post } from '../helpers/http';
import { CONNECTOR, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { ocmw, Ocmw, s20PerPcsa } from '../helpers/podmi';
import { parseXml } from '../../src/xml/parse';
import { childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65';
const GENT = ocmw('44021');
const TODAY = '2026-11-16';
const P02 = { serviceId: 'OCMWCPASWet65Loi65AB', version: '20090101', reply: 'L65_AB_DecisionReply', xsd: 'P02-OCMWCPASWet65Loi65AB/20090101/L65ABDecisionReply.xsd', result: 'DecisionResult' };
const P07 = { serviceId: 'OCMWCPASWet65Loi65C', version: '20090101', reply: 'L65_C_DecisionReply', xsd: 'P07-OCMWCPASWet65Loi65C/20090101/L65CDecisionReply.xsd', result: 'DecisionResultC' };
const file = (o: Ocmw) => `<FileIdentification><KBOBCE>${o.org.cbe_number}</KBOBCE><FileID>L6519900308</FileID></FileIdentification>`;

interface B1 { id: string; ssin?: string; partner?: string; entry?: string; months?: number; category?: number; financial?: boolean }
const formB1 = (o: Ocmw, f: B1) =>
  `<L65_AB_DecisionRequest xmlns="${NS}">${file(o)}<CommonDecisionB1><EntryDate>${f.entry ?? '2026-11-01'}</EntryDate><UniqueAttestID>${f.id}</UniqueAttestID>` +
  `<IdentificationPrimaryBeneficiary><SSIN>${f.ssin ?? SSIN.equivalentLeefloon}</SSIN><Integration qualitycode="3"><StartDate>2026-10-01</StartDate><EndDate>2027-09-30</EndDate></Integration></IdentificationPrimaryBeneficiary>` +
  (f.partner ? `<IdentificationSecondaryBeneficiary><SSIN>${f.partner}</SSIN><Suffix>1</Suffix></IdentificationSecondaryBeneficiary>` : '') +
  `<RequestedAids><FinancialAid>${f.financial ?? true}</FinancialAid><MedicalAndPharmaceuticalCosts>true</MedicalAndPharmaceuticalCosts></RequestedAids>` +
  (f.category === undefined ? '' : `<Situation><Category>${f.category}</Category></Situation>`) +
  `<Duration><Months>${f.months ?? 6}</Months></Duration><DecisionDate>2026-10-28</DecisionDate><JuridicalProcedure>false</JuridicalProcedure></CommonDecisionB1></L65_AB_DecisionRequest>`;
const formC = (o: Ocmw, id: string, entry: string, ssin = SSIN.equivalentLeefloon, suffix = 0) =>
  `<L65_C_DecisionRequest xmlns="${NS}">${file(o)}<CancellationFormC><EntryDate>${entry}</EntryDate><UniqueAttestID>${id}</UniqueAttestID><SSIN>${ssin}</SSIN><Suffix>${suffix}</Suffix>` +
  `<AidCancellation><DecisionDate>2026-11-10</DecisionDate><Decisionnature>2</Decisionnature><CancellationReason>01</CancellationReason></AidCancellation></CancellationFormC></L65_C_DecisionRequest>`;

/** One request through the connector; the SSDN reply and the service reply validate against their XSDs. */
async function send(url: string, s: typeof P02 | typeof P07, payload: string, o = GENT) {
  const res = await post(`${url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: s.serviceId, version: s.version, payload }], o.user)));
  expect(res.status).toBe(200);
  const { xml } = ssdnReplyOf(res.body);
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const [reply] = serviceReplies(parseXml(xml));
  const body = xml.match(new RegExp(`<ns3:${s.reply}[\\s\\S]*</ns3:${s.reply}>`))?.[0];
  if (reply.payload) validateAgainst(body!, s.xsd);
  const results = childrenNamed(reply.payload, s.result).map((r: XmlElement) => ({
    ssin: childText(r, 'SSIN'),
    suffix: childText(r, 'Suffix'),
    evaluation: childText(r, 'Evaluation'),
    errors: childrenNamed(r, 'ErrorsOnForm').map((e) => childText(e, 'Code')),
    reference: childText(r, 'ReferenceSPP_POD'),
    financialAid: childText(r, 'RefundedAids', 'FinancialAid'),
    percentage: childText(r, 'Percentage'),
  }));
  return { summary: reply.summary, body, results };
}

const P08 = { serviceId: 'OCMWCPASListOfAttestations', version: '20080317', xsd: 'P08-OCMWCPASListOfAttestations/20080317/ListOfAttestationsReply.xsd' };
/** P08 FORMULAIRES as the CPAS software sends it: [FormType code, Status, Duration months] per Attestation; the reply validates. */
async function formulaires(url: string, ssin: string) {
  const payload = `<ListOfAttestationsRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests"><SocialSecurityUser>${ssin}</SocialSecurityUser><KBOBCE>${GENT.org.cbe_number}</KBOBCE><RequestType>FORMULAIRES</RequestType></ListOfAttestationsRequest>`;
  const res = await post(`${url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: P08.serviceId, version: P08.version, payload }], GENT.user)));
  const { xml } = ssdnReplyOf(res.body);
  const doc = xml.match(/<ns3:ListOfAttestationsReply[\s\S]*<\/ns3:ListOfAttestationsReply>/)?.[0];
  if (doc) validateAgainst(doc, P08.xsd);
  const [reply] = serviceReplies(parseXml(xml));
  return childrenNamed(reply.payload, 'Attestation').map((a) => [childText(a, 'FormType', 'Code'), childText(a, 'Status'), childText(a, 'Duration', 'Months')]);
}

describe('P02 OCMWCPASWet65Loi65AB and P07 OCMWCPASWet65Loi65C (Loi 65 forms to POD MI)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
  const s20 = () => emu.app.podmi.periods(SSIN.equivalentLeefloon, new Date(`${TODAY}T12:00:00Z`).toISOString()).map((p) => [p.category, p.begin_date, p.end_date]);

  it('answers through the soap client on the connector WSDL: one DecisionResult per beneficiary; the reply validates', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ serviceId: P02.serviceId, version: P02.version, payload: formB1(GENT, { id: '024402106520001', partner: SSIN.equivalentLeefloonPartner, category: 3 }) }], GENT.user));
    const xml = String(result);
    validateAgainst(xml.match(/<ns3:L65_AB_DecisionReply[\s\S]*<\/ns3:L65_AB_DecisionReply>/)![0], P02.xsd);
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    const results = childrenNamed(reply.payload, 'DecisionResult');
    expect(results.map((r) => [childText(r, 'SSIN'), childText(r, 'Suffix'), childText(r, 'Evaluation'), childText(r, 'UniqueAttestID'), childText(r, 'RefundedAids', 'FinancialAid')])).toEqual([
      [SSIN.equivalentLeefloon, '0', 'ACCEPTED', '024402106520001', 'true'],
      [SSIN.equivalentLeefloonPartner, '1', 'ACCEPTED', '024402106520001', undefined],
    ]);
    expect(childText(results[0], 'MaximumDate')).toBe('2027-04-30');
  });

  it('an accepted B1 is an EQUIVALENT_LIVING_WAGE period in S20 (to another OCMW too) and in P08; the same message again changes nothing', async () => {
    const first = await send(emu.url, P02, formB1(GENT, { id: '024402106520002', partner: SSIN.equivalentLeefloonPartner, category: 3 }));
    expect(first.results.map((r) => r.evaluation)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(first.results[0].percentage).toBe('10000');
    expect(s20()).toEqual([['EQUIVALENT_LIVING_WAGE', '2026-11-01', '2027-04-30']]);
    const over = await s20PerPcsa(emu.url, GENT, SSIN.equivalentLeefloon);
    expect(over.periods).toEqual([[GENT.org.cbe_number, '2026-11-01', '2027-04-30']]);
    expect(await formulaires(emu.url, SSIN.equivalentLeefloon)).toEqual([['B1', '0', '6']]);
    const again = await send(emu.url, P02, formB1(GENT, { id: '024402106520002', partner: SSIN.equivalentLeefloonPartner, category: 3 }));
    expect(again.body).toBe(first.body);
    expect(emu.app.podmi.store.attestsOf(SSIN.equivalentLeefloon)).toHaveLength(1);
    const other = await send(emu.url, P02, formB1(GENT, { id: '024402106520002', partner: SSIN.equivalentLeefloonPartner, category: 2 }));
    expect([other.summary.ok, other.summary.details[0].reasonCode]).toEqual(['NO', '39100001']);
  });

  it('refuses a primary beneficiary without quality code 3 (and his secondary beneficiaries), and a B1 without category', async () => {
    const standard = await send(emu.url, P02, formB1(GENT, { id: '024402106520003', ssin: SSIN.standard, category: 2 }));
    expect([standard.summary.ok, standard.summary.details[0].reasonCode]).toEqual(['WARNING', '29100001']);
    expect(standard.results.map((r) => [r.evaluation, r.errors])).toEqual([['REFUSED', ['B10101']]]);
    const partnerToo = await send(emu.url, P02, formB1(GENT, { id: '024402106520004', ssin: SSIN.standard, partner: SSIN.equivalentLeefloonPartner, category: 2 }));
    expect(partnerToo.results.map((r) => [r.suffix, r.evaluation, r.errors])).toEqual([['0', 'REFUSED', ['B10101']], ['1', 'REFUSED', ['B10102']]]);
    const noCategory = await send(emu.url, P02, formB1(GENT, { id: '024402106520005' }));
    expect(noCategory.results.map((r) => [r.evaluation, r.errors])).toEqual([['REFUSED', ['B10011']]]);
    expect(s20()).toEqual([]);
  });

  it('a form C cancels the running B1 grant: S20 ends the day before; without a grant it is refused', async () => {
    const none = await send(emu.url, P07, formC(GENT, '024402107520001', '2026-12-01'));
    expect([none.summary.ok, none.results.map((r) => [r.evaluation, r.errors])]).toEqual(['WARNING', [['REFUSED', ['C10101']]]]);
    await send(emu.url, P02, formB1(GENT, { id: '024402106520006', partner: SSIN.equivalentLeefloonPartner, category: 3 }));
    const stop = await send(emu.url, P07, formC(GENT, '024402107520002', '2026-12-01'));
    expect([stop.summary.ok, stop.results.map((r) => [r.ssin, r.suffix, r.evaluation])]).toEqual(['YES', [[SSIN.equivalentLeefloon, '0', 'ACCEPTED']]]);
    expect(stop.results[0].reference).toMatch(/^SPP\d{7}$/);
    expect(s20()).toEqual([['EQUIVALENT_LIVING_WAGE', '2026-11-01', '2026-11-30']]);
    expect(await formulaires(emu.url, SSIN.equivalentLeefloon)).toEqual([['B1', '0', '1'], ['C65', '1', undefined], ['C65', '0', undefined]]);
    const again = await send(emu.url, P07, formC(GENT, '024402107520002', '2026-12-01'));
    expect(again.body).toBe(stop.body);
  });

  it('a form C for the partner (Suffix 1) cancels his part of the file only; without his B1 row it is refused', async () => {
    const none = await send(emu.url, P07, formC(GENT, '024402107520003', '2026-12-01', SSIN.equivalentLeefloonPartner, 1));
    expect(none.results.map((r) => [r.evaluation, r.errors])).toEqual([['REFUSED', ['C10101']]]);
    await send(emu.url, P02, formB1(GENT, { id: '024402106520008', partner: SSIN.equivalentLeefloonPartner, category: 3 }));
    const partner = await send(emu.url, P07, formC(GENT, '024402107520004', '2026-12-01', SSIN.equivalentLeefloonPartner, 1));
    expect(partner.results.map((r) => [r.ssin, r.suffix, r.evaluation])).toEqual([[SSIN.equivalentLeefloonPartner, '1', 'ACCEPTED']]);
    // His partner's cancellation leaves the primary beneficiary's period as it was.
    expect(s20()).toEqual([['EQUIVALENT_LIVING_WAGE', '2026-11-01', '2027-04-30']]);
    // A second cancellation after it finds nothing running.
    const twice = await send(emu.url, P07, formC(GENT, '024402107520005', '2026-12-15', SSIN.equivalentLeefloonPartner, 1));
    expect(twice.results.map((r) => r.errors)).toEqual([['C10101']]);
  });

  it('refuses a FileIdentification of another OCMW (an OCMW declares its own decisions)', async () => {
    const gent = GENT.org.cbe_number;
    const res = await send(emu.url, P02, formB1(GENT, { id: '024402106520007', category: 3 }).replace(`<KBOBCE>${gent}</KBOBCE>`, '<KBOBCE>0212345678</KBOBCE>'));
    expect(res.summary.ok).toBe('NO');
    expect(emu.app.podmi.store.attestsOf(SSIN.equivalentLeefloon)).toEqual([]);
  });
});
