import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { classicSender } from '../helpers/classic-service';
import { CONNECTOR, serviceReplies, ssdnRequest } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { ocmw, Ocmw } from '../helpers/podmi';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65';
const GENT = ocmw('44021');
const ANTWERPEN = ocmw('11002');
const TODAY = '2026-12-16';
const file = (o: Ocmw) => `<FileIdentification><KBOBCE>${o.org.cbe_number}</KBOBCE><FileID>L6519900308</FileID></FileIdentification>`;

/** A form B1 of Gent for him and his partner (suffix 1): financial aid, medical costs and, for the partner, art. 61; category 3, 6 months from 2026-11-01. */
const formB1 = (id: string) =>
  `<L65_AB_DecisionRequest xmlns="${NS}">${file(GENT)}<CommonDecisionB1><EntryDate>2026-11-01</EntryDate><UniqueAttestID>${id}</UniqueAttestID>` +
  `<IdentificationPrimaryBeneficiary><SSIN>${SSIN.equivalentLeefloon}</SSIN></IdentificationPrimaryBeneficiary>` +
  `<IdentificationSecondaryBeneficiary><SSIN>${SSIN.equivalentLeefloonPartner}</SSIN><Suffix>1</Suffix></IdentificationSecondaryBeneficiary>` +
  `<RequestedAids><FinancialAid>true</FinancialAid><MedicalAndPharmaceuticalCosts>true</MedicalAndPharmaceuticalCosts></RequestedAids>` +
  `<PartnerAids><Art61>true</Art61></PartnerAids><Situation><Category>3</Category></Situation>` +
  `<Duration><Months>6</Months></Duration><DecisionDate>2026-10-28</DecisionDate><JuridicalProcedure>false</JuridicalProcedure></CommonDecisionB1></L65_AB_DecisionRequest>`;

interface D1 { id: string; month?: string; financial?: number; medical?: number[]; housing?: number; partnerArt61?: number; total?: number; double?: boolean; juridical?: boolean }
const d1Of = (f: D1) => {
  const amounts = [f.financial ?? 0, ...(f.medical ?? []), f.housing ?? 0, f.partnerArt61 ?? 0];
  return (
    `<RefundformD1><ReferenceMonth>${f.month ?? '2026-12'}</ReferenceMonth><UniqueAttestID>${f.id}</UniqueAttestID><SSIN>${SSIN.equivalentLeefloon}</SSIN><DeliveredAmountsD1>` +
    (f.financial === undefined ? '' : `<FinancialAid><Amount>${f.financial}</Amount></FinancialAid>`) +
    (f.medical ?? []).map((m) => `<MedicalCostsAmount>${m}</MedicalCostsAmount>`).join('') +
    (f.housing === undefined ? '' : `<HousingCostsAmount>${f.housing}</HousingCostsAmount>`) +
    `<DoubleMaximum>${f.double ?? false}</DoubleMaximum></DeliveredAmountsD1>` +
    (f.partnerArt61 === undefined ? '' : `<PartnerAids><Art61Amount>${f.partnerArt61}</Art61Amount></PartnerAids>`) +
    `<TotalAmount>${f.total ?? amounts.reduce((s, n) => s + n, 0)}</TotalAmount>${f.juridical ? '<JuridicalProcedure>true</JuridicalProcedure>' : ''}</RefundformD1>`
  );
};
const d2Of = (id: string, suffix: number, bills: [string, number][], entry = '2026-12-05') =>
  `<RefundFormD2><EntryDate>${entry}</EntryDate><UniqueAttestID>${id}</UniqueAttestID><SSIN>${suffix === 0 ? SSIN.equivalentLeefloon : SSIN.equivalentLeefloonPartner}</SSIN><Suffix>${suffix}</Suffix>` +
  `<IdentificationCareProvidingInstitution><INAMIRIZIVRegistrationNumber>71000436</INAMIRIZIVRegistrationNumber></IdentificationCareProvidingInstitution><DeliveredAmountsD2>` +
  bills.map(([n, a]) => `<HospitalizationcostsBill><Number>${n}</Number><Year>2026</Year><Amount>${a}</Amount></HospitalizationcostsBill>`).join('') +
  `<AmbultantCosts><PharmaceuticalCostsAmount>1500</PharmaceuticalCostsAmount></AmbultantCosts></DeliveredAmountsD2><TotalAmount>${bills.reduce((s, [, a]) => s + a, 1500)}</TotalAmount></RefundFormD2>`;
const fOf = (id: string, begin: string, end: string, suffix = 0) =>
  `<RecoveringFormF><ReferenceDate>2026-12-10</ReferenceDate><UniqueAttestID>${id}</UniqueAttestID><SSIN>${SSIN.equivalentLeefloon}</SSIN><Suffix>${suffix}</Suffix>` +
  `<RecoveringDetails><OriginalForm>1</OriginalForm><Type>01</Type><RecoveredAmount>30000</RecoveredAmount><PeriodOfRecovering><StartDate>${begin}</StartDate><EndDate>${end}</EndDate></PeriodOfRecovering></RecoveringDetails></RecoveringFormF>`;
const dfRequest = (forms: string, o = GENT) => `<L65_DF_DecisionRequest xmlns="${NS}">${file(o)}${forms}</L65_DF_DecisionRequest>`;

/** Each decisionType of a DecisionOnAmounts as [path, AcceptedAmount, Percentage], in document order. */
function amounts(onAmounts: XmlElement | undefined): [string, string | undefined, string | undefined][] {
  const out: [string, string | undefined, string | undefined][] = [];
  const walk = (el: XmlElement, path: string) => {
    if (child(el, 'AcceptedAmount')) return void out.push([path, childText(el, 'AcceptedAmount'), childText(el, 'Percentage')]);
    for (const c of elements(el)) if (c.local !== 'Number') walk(c, path ? `${path}/${c.local}${c.local === 'Amount' ? `#${childText(el, 'Number')}` : ''}` : c.local);
  };
  if (onAmounts) walk(onAmounts, '');
  return out;
}

describe('P05 OCMWCPASWet65Loi65DF (Loi 65 refund forms D1, D2 and recovery form F to POD MI)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
  const target = { version: '20090101', ns: NS };
  const p02 = classicSender(() => emu, { ...target, serviceId: 'OCMWCPASWet65Loi65AB', replyRoot: 'L65_AB_DecisionReply', replyXsd: 'P02-OCMWCPASWet65Loi65AB/20090101/L65ABDecisionReply.xsd' });
  const p07 = classicSender(() => emu, { ...target, serviceId: 'OCMWCPASWet65Loi65C', replyRoot: 'L65_C_DecisionReply', replyXsd: 'P07-OCMWCPASWet65Loi65C/20090101/L65CDecisionReply.xsd' });
  const p05Send = classicSender(() => emu, { ...target, serviceId: 'OCMWCPASWet65Loi65DF', replyRoot: 'L65_DF_DecisionReply', replyXsd: 'P05-OCMWCPASWet65Loi65DF/20090101/L65DFDecisionReply.xsd' });
  const p05 = async (forms: string, o = GENT) => {
    const reply = await p05Send(dfRequest(forms, o), o.user);
    const results = childrenNamed(reply.payload, 'DecisionResultDF').map((r) => ({
      id: childText(r, 'UniqueAttestID'),
      date: childText(r, 'ReferenceMonth') ?? childText(r, 'EntryDate') ?? childText(r, 'ReferenceDate'),
      suffix: childText(r, 'Suffix'),
      evaluation: childText(r, 'Evaluation'),
      manual: childText(r, 'ManualVerificationCode'),
      errors: childrenNamed(r, 'ErrorsOnForm').map((e) => childText(e, 'Code')),
      amounts: amounts(child(r, 'DecisionOnAmounts')),
      total: childText(r, 'TotalAcceptedAmount'),
    }));
    return { ...reply, results };
  };
  const withFile = async () => expect((await p02(formB1('024402106520001'), GENT.user)).summary.ok).toBe('YES');

  it('answers through the soap client on the connector WSDL: a D1 for a month of the file, each amount accepted at 100 %; the reply validates', async () => {
    await withFile();
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const payload = dfRequest(d1Of({ id: '0244021065D0001', financial: 150000, medical: [2000, 3000], partnerArt61: 500 }));
    const [result] = await client.sendXMLAsync(ssdnRequest([{ serviceId: 'OCMWCPASWet65Loi65DF', version: '20090101', payload }], GENT.user));
    const xml = String(result);
    validateAgainst(xml.match(/<ns3:L65_DF_DecisionReply[\s\S]*<\/ns3:L65_DF_DecisionReply>/)![0], 'P05-OCMWCPASWet65Loi65DF/20090101/L65DFDecisionReply.xsd');
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    const [r] = childrenNamed(reply.payload, 'DecisionResultDF');
    expect([childText(r, 'ReferenceMonth'), childText(r, 'Suffix'), childText(r, 'Evaluation'), childText(r, 'ManualVerificationCode')]).toEqual(['2026-12', '0', 'ACCEPTED', 'false']);
    expect(childText(r, 'ReferenceSPP_POD')).toMatch(/^SPP\d{7}$/);
    // The two medical amounts of the form are one decision; the partner's art. 61 is under PartnerAids.
    expect(amounts(child(r, 'DecisionOnAmounts'))).toEqual([['FinancialAid', '150000', '100'], ['MedicalCosts', '5000', '100'], ['PartnerAids/Art61Amount', '500', '100']]);
    expect(childText(r, 'TotalAcceptedAmount')).toBe('155500');
  });

  it('refuses a refund without a file (no B1, a month after it) and a wrong total; a refused form has no amounts', async () => {
    const none = await p05(d1Of({ id: '0244021065D0002', financial: 1000 }));
    expect([none.summary.ok, none.summary.details[0].reasonCode]).toEqual(['WARNING', '29100001']);
    expect(none.results.map((r) => [r.evaluation, r.errors, r.amounts, r.total])).toEqual([['REFUSED', ['D10101'], [], undefined]]);
    await withFile();
    const later = await p05(d1Of({ id: '0244021065D0003', month: '2027-05', financial: 1000 }));
    expect(later.results.map((r) => r.errors)).toEqual([['D10101']]);
    const wrongTotal = await p05(d1Of({ id: '0244021065D0004', financial: 1000, total: 1001 }));
    expect(wrongTotal.results.map((r) => [r.evaluation, r.errors])).toEqual([['REFUSED', ['D10011']]]);
  });

  it('accepts in part: an aid the B1 did not grant at 0, the financial aid up to the monthly scale unless DoubleMaximum', async () => {
    await withFile();
    const housing = await p05(d1Of({ id: '0244021065D0005', financial: 100000, housing: 40000 }));
    expect([housing.summary.ok, housing.summary.details[0].reasonCode]).toEqual(['WARNING', '29100002']);
    expect(housing.results.map((r) => [r.evaluation, r.errors, r.amounts, r.total])).toEqual([
      ['PARTIALLYACCEPTED', ['D10102'], [['FinancialAid', '100000', '100'], ['HousingCosts', '0', '0']], '100000'],
    ]);
    const above = await p05(d1Of({ id: '0244021065D0006', month: '2027-01', financial: 200000 }));
    expect(above.results.map((r) => [r.evaluation, r.errors, r.total])).toEqual([['PARTIALLYACCEPTED', ['D10103'], '177607']]);
    const double = await p05(d1Of({ id: '0244021065D0007', month: '2027-02', financial: 200000, double: true, juridical: true }));
    expect(double.results.map((r) => [r.evaluation, r.total, r.manual])).toEqual([['ACCEPTED', '200000', 'true']]);
  });

  it('judges D2 and F forms per beneficiary in one message, the D1 first; bills keep their numbers', async () => {
    await withFile();
    const res = await p05(
      d1Of({ id: '0244021065D0008', financial: 1000 }) +
        d2Of('0244021065D0009', 1, [['H-2026-0001', 120000], ['H-2026-0002', 30000]]) +
        d2Of('0244021065D0010', 2, [['H-2026-0003', 1000]]) +
        fOf('0244021065F0001', '2026-11-01', '2026-11-30') +
        fOf('0244021065F0002', '2027-06-01', '2027-06-30'),
    );
    expect(res.results.map((r) => [r.id, r.date, r.suffix, r.evaluation, r.errors])).toEqual([
      ['0244021065D0008', '2026-12', '0', 'ACCEPTED', []],
      ['0244021065D0009', '2026-12-05', '1', 'ACCEPTED', []],
      ['0244021065D0010', '2026-12-05', '2', 'REFUSED', ['D10101']],
      ['0244021065F0001', '2026-12-10', '0', 'ACCEPTED', []],
      ['0244021065F0002', '2026-12-10', '0', 'REFUSED', ['F10101']],
    ]);
    expect(res.results[1].amounts).toEqual([
      ['HospitalizationcostsBill/Amount#H-2026-0001', '120000', '100'],
      ['HospitalizationcostsBill/Amount#H-2026-0002', '30000', '100'],
      ['AmbultantCosts/PharmaceuticalCostsAmount', '1500', '100'],
    ]);
    // A recovery carries no amounts decision.
    expect([res.results[3].amounts, res.results[3].total, res.results[3].manual]).toEqual([[], undefined, undefined]);
    expect(res.summary.ok).toBe('WARNING');
  });

  it('a form C65 ends the file: a D1 for the month after it is refused, a D2 for the partner after his own form C too', async () => {
    await withFile();
    const stop = `<L65_C_DecisionRequest xmlns="${NS}">${file(GENT)}<CancellationFormC><EntryDate>2027-01-01</EntryDate><UniqueAttestID>024402107520001</UniqueAttestID><SSIN>${SSIN.equivalentLeefloon}</SSIN><Suffix>0</Suffix><AidCancellation><DecisionDate>2026-12-10</DecisionDate><Decisionnature>2</Decisionnature><CancellationReason>01</CancellationReason></AidCancellation></CancellationFormC></L65_C_DecisionRequest>`;
    expect((await p07(stop, GENT.user)).summary.ok).toBe('YES');
    const res = await p05(d1Of({ id: '0244021065D0011', financial: 1000 }));
    expect(res.results[0].evaluation).toBe('ACCEPTED');
    const after = await p05(d1Of({ id: '0244021065D0012', month: '2027-01', financial: 1000 }));
    expect(after.results[0].errors).toEqual(['D10101']);
    // The partner's form C (Suffix 1) ends his part: a D2 for him from then on is refused, before it accepted.
    const partnerStop = stop.replace('024402107520001', '024402107520002').replace(`<SSIN>${SSIN.equivalentLeefloon}</SSIN><Suffix>0</Suffix>`, `<SSIN>${SSIN.equivalentLeefloonPartner}</SSIN><Suffix>1</Suffix>`);
    expect((await p07(partnerStop, GENT.user)).summary.ok).toBe('YES');
    const bills = await p05(d2Of('0244021065D0018', 1, [['H-1', 1000]], '2026-12-31') + d2Of('0244021065D0019', 1, [['H-2', 1000]], '2027-01-01'));
    expect(bills.results.map((r) => [r.evaluation, r.errors])).toEqual([['ACCEPTED', []], ['REFUSED', ['D10101']]]);
  });

  it('is idempotent per UniqueAttestID: the same message answers as the first time, other content under the id is an error', async () => {
    await withFile();
    const forms = d1Of({ id: '0244021065D0013', financial: 100000, housing: 40000 });
    const first = await p05(forms);
    const again = await p05(forms);
    expect(again.xml.match(/<ns3:L65_DF_DecisionReply[\s\S]*<\/ns3:L65_DF_DecisionReply>/)![0]).toBe(first.xml.match(/<ns3:L65_DF_DecisionReply[\s\S]*<\/ns3:L65_DF_DecisionReply>/)![0]);
    expect(emu.app.podmi.store.attestsOf(SSIN.equivalentLeefloon).filter((a) => a.form.form_type === 'D1')).toHaveLength(1);
    const other = await p05(d1Of({ id: '0244021065D0013', financial: 90000 }));
    expect([other.summary.ok, other.summary.details[0].reasonCode]).toEqual(['NO', '39100001']);
  });

  it('P08 FORMULAIRES lists the refund and recovery forms with their status', async () => {
    await withFile();
    await p05(d1Of({ id: '0244021065D0014', financial: 1000, housing: 500 }) + fOf('0244021065F0003', '2027-06-01', '2027-06-30'));
    const p08 = classicSender(() => emu, { serviceId: 'OCMWCPASListOfAttestations', version: '20080317', replyRoot: 'ListOfAttestationsReply', replyXsd: 'P08-OCMWCPASListOfAttestations/20080317/ListOfAttestationsReply.xsd', ns: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests' });
    const list = await p08(`<ListOfAttestationsRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests"><SocialSecurityUser>${SSIN.equivalentLeefloon}</SocialSecurityUser><KBOBCE>${GENT.org.cbe_number}</KBOBCE><RequestType>FORMULAIRES</RequestType></ListOfAttestationsRequest>`, GENT.user);
    expect(childrenNamed(list.payload, 'Attestation').map((a) => [childText(a, 'FormType', 'Code'), childText(a, 'Status')])).toEqual([['B1', '0'], ['D1', '2'], ['F65', '1']]);
  });

  it('follows the rules as data: PMI072 disabled through the admin API accepts the housing costs in full', async () => {
    await withFile();
    const set = (await (await fetch(`${emu.url}/_admin/podmi/rules`)).json()) as { decisionDelayDays: number; rules: { id: string; enabled: boolean }[] };
    const edited = { ...set, rules: set.rules.map((r) => (r.id === 'PMI072' ? { ...r, enabled: false } : r)) };
    const put = await fetch(`${emu.url}/_admin/podmi/rules`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(edited) });
    expect(put.status).toBe(200);
    const res = await p05(d1Of({ id: '0244021065D0015', financial: 100000, housing: 40000 }));
    expect(res.results.map((r) => [r.evaluation, r.total])).toEqual([['ACCEPTED', '140000']]);
  });

  it('refuses a request with no form, a FileIdentification of another OCMW and a recovery period that ends before it starts', async () => {
    const empty = await p05('');
    expect([empty.summary.ok, empty.summary.details[0].reasonCode]).toEqual(['NO', '31000007']);
    const other = await p05Send(dfRequest(d1Of({ id: '0244021065D0017', financial: 1000 }), ANTWERPEN), GENT.user);
    expect([other.summary.ok, other.summary.details[0].reasonCode]).toEqual(['NO', '31000005']);
    const backwards = await p05(fOf('0244021065F0004', '2026-11-30', '2026-11-01'));
    expect([backwards.summary.ok, backwards.summary.details[0].reasonCode]).toEqual(['NO', '31000005']);
    expect(emu.app.podmi.store.attestsOf(SSIN.equivalentLeefloon)).toEqual([]);
  });
});
