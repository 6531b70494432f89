import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { post } from '../helpers/http';
import { AuthorizedUserFields, CONNECTOR, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { ATTESTS_NS, declareOver, formB, formC, ocmw } from '../helpers/podmi';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const GENT = ocmw('44021');
const TODAY = '2026-11-16';
const complete = { entry: '2026-11-01', category: 2, amount: '1314.20', decided: '2026-10-28' };
const P08 = { serviceId: 'OCMWCPASListOfAttestations', version: '20080317', xsd: 'P08-OCMWCPASListOfAttestations/20080317/ListOfAttestationsReply.xsd' };
const COMMON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';

/** The request as the CPAS software sends it: ns1 on ManageAttests, common: on the search period, KBOBCE for FORMULAIRES only. */
function listRequest(ssin: string, type: string, o = GENT, opts: { kbo?: string | null; period?: [string, string] | null } = {}): string {
  const kbo = opts.kbo === undefined ? (type === 'FORMULAIRES' ? o.org.cbe_number : null) : opts.kbo;
  const period = opts.period === undefined ? (type === 'GPMI_PIIS' ? null : ['2016-11-16', TODAY]) : opts.period;
  return (
    `<ns1:ListOfAttestationsRequest xmlns:ns1="${ATTESTS_NS}" xmlns:common="${COMMON_NS}"><ns1:SocialSecurityUser>${ssin}</ns1:SocialSecurityUser>` +
    (kbo ? `<ns1:KBOBCE>${kbo}</ns1:KBOBCE>` : '') +
    `<ns1:RequestType>${type}</ns1:RequestType>` +
    (period ? `<ns1:SearchPeriod><common:StartDate>${period[0]}</common:StartDate><common:EndDate>${period[1]}</common:EndDate></ns1:SearchPeriod>` : '') +
    `</ns1:ListOfAttestationsRequest>`
  );
}

/** Sends one ListOfAttestations request through the connector; the SSDN reply and the service reply validate. */
async function list(url: string, payload: string, user: AuthorizedUserFields = GENT.user) {
  const res = await post(`${url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: P08.serviceId, version: P08.version, payload }], user)));
  expect(res.status).toBe(200);
  const { xml } = ssdnReplyOf(res.body);
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const [reply] = serviceReplies(parseXml(xml));
  const doc = xml.match(/<ns3:ListOfAttestationsReply[^>]*\/>|<ns3:ListOfAttestationsReply[\s\S]*<\/ns3:ListOfAttestationsReply>/)?.[0];
  if (doc) validateAgainst(doc, P08.xsd);
  return { summary: reply.summary, payload: reply.payload, xml: doc ?? '' };
}

const view = (a: XmlElement) => ({
  form: childText(a, 'FormType', 'Code'),
  status: childText(a, 'Status'),
  entry: childText(a, 'EntryDate'),
  duration: child(a, 'Duration') ? ['Months', 'Weeks', 'Days'].map((k) => Number(childText(a, 'Duration', k))) : null,
  reference: childText(a, 'Reference'),
});
const attestations = (payload?: XmlElement) => childrenNamed(payload, 'Attestation').map(view);

describe('P08 OCMWCPASListOfAttestations 20080317 (POD MI decisions read back)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });
  const p01 = (id: string, f: Parameters<typeof formB>[3], ssin: string = SSIN.standard) => declareOver(emu.url, 'P01', formB(id, GENT, ssin, f), GENT.user);

  it('lists an accepted form B through the soap client on the connector WSDL (Status 0, dates with an offset, fr / nl descriptions); the reply validates', async () => {
    const declared = await p01('024402101980001', complete);
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ serviceId: P08.serviceId, version: P08.version, payload: listRequest(SSIN.standard, 'FORMULAIRES') }], GENT.user));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    validateAgainst(xml.match(/<ns3:ListOfAttestationsReply[\s\S]*<\/ns3:ListOfAttestationsReply>/)![0], P08.xsd);
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    expect(attestations(reply.payload)).toEqual([{ form: 'B', status: '0', entry: '2026-11-01+01:00', duration: null, reference: declared.reference }]);
    const a = child(reply.payload, 'Attestation');
    expect([childText(a, 'SocialSecurityUser'), childText(a, 'CPAS_KBOBCE_code'), childText(a, 'DecisionDate')]).toEqual([SSIN.standard, GENT.org.cbe_number, '2026-10-28+01:00']);
    expect(childText(a, 'FormType', 'Description')!.split('/')).toHaveLength(2);
    expect(childText(a, 'AttestType', 'Code')).toBe('RI');
  });

  it('answers an empty list with ReturnCode 0 and no Attestation', async () => {
    const r = await list(emu.url, listRequest(SSIN.standard, 'FORMULAIRES'));
    expect([r.summary.ok, r.summary.returnCode, attestations(r.payload)]).toEqual(['YES', '0', []]);
  });

  it('lists a refused form with Status 1 and the period asked as Duration (EntryDate + Months + Weeks + Days - 1 = the end)', async () => {
    const refused = await p01('024402101980002', { ...complete, end: '2026-12-31' }, SSIN.employed);
    expect(refused.evaluation).toBe('REFUSED');
    const r = await list(emu.url, listRequest(SSIN.employed, 'FORMULAIRES'));
    expect(attestations(r.payload)).toEqual([{ form: 'B', status: '1', entry: '2026-11-01+01:00', duration: [2, 0, 0], reference: refused.reference }]);
  });

  it('a stop changes the list at once: the grant gets its Duration up to the day before, the form C is listed', async () => {
    await p01('024402101980003', complete);
    const stop = await declareOver(emu.url, 'P06', formC('024402101980004', GENT, SSIN.standard, { entry: '2026-11-12', nature: 2, decided: '2026-11-10' }), GENT.user);
    expect(stop.evaluation).toBe('ACCEPTED');
    const r = await list(emu.url, listRequest(SSIN.standard, 'FORMULAIRES'));
    expect(attestations(r.payload).map((a) => [a.form, a.status, a.entry, a.duration])).toEqual([
      ['B', '0', '2026-11-01+01:00', [0, 1, 4]],
      ['C', '0', '2026-11-12+01:00', null],
    ]);
  });

  it('lists only the decisions visible on the emulator clock, and only those in SearchPeriod', async () => {
    emu.app.podmi.store.setRules({ ...emu.app.podmi.store.rules(), decisionDelayDays: 7 });
    await p01('024402101980005', complete);
    expect(attestations((await list(emu.url, listRequest(SSIN.standard, 'FORMULAIRES'))).payload)).toEqual([]);
    emu.app.clock.set(new Date('2026-11-23T10:00:01Z'));
    expect(attestations((await list(emu.url, listRequest(SSIN.standard, 'FORMULAIRES'))).payload)).toHaveLength(1);
    const before = await list(emu.url, listRequest(SSIN.standard, 'FORMULAIRES', GENT, { period: ['2020-01-01', '2026-10-31'] }));
    expect(attestations(before.payload)).toEqual([]);
  });

  it('a correction replaces the form it corrects in the list', async () => {
    await p01('024402101980006', complete);
    await p01('024402101980007', { ...complete, status: 1, category: 1, amount: '876.13' });
    const r = await list(emu.url, listRequest(SSIN.standard, 'FORMULAIRES'));
    expect(attestations(r.payload).map((a) => a.reference)).toEqual([emu.app.podmi.store.attest('024402101980007')!.decision.reference]);
  });

  it('refuses a KBOBCE that is not the caller (31000005)', async () => {
    const r = await list(emu.url, listRequest(SSIN.standard, 'FORMULAIRES', GENT, { kbo: ocmw('11002').org.cbe_number }));
    expect([r.summary.ok, r.summary.details[0].reasonCode]).toEqual(['NO', '31000005']);
  });

  it('answers EXONERATIONSART35, EXONERATIONS, GPMI_PIIS (without SearchPeriod, unqualified dates) and STATUT65 from the fixed table', async () => {
    const art35 = await list(emu.url, listRequest(SSIN.standard, 'EXONERATIONSART35'));
    const e = child(art35.payload, 'ExonerationArt35');
    expect([e?.attrs.hasExoneration, childText(e, 'FirstExonerationDate'), childText(e, 'PaymentExoneratedDays')]).toEqual(['true', '2025-03-01+01:00', '240']);
    const none = await list(emu.url, listRequest(SSIN.installationPremium, 'EXONERATIONSART35'));
    expect(child(none.payload, 'ExonerationArt35')?.attrs.hasExoneration).toBe('false');
    const piis = await list(emu.url, listRequest(SSIN.standard, 'GPMI_PIIS'));
    expect(piis.xml).toContain('<ns3:period><StartDate>2025-01-01</StartDate><EndDate>2025-12-31</EndDate></ns3:period>');
    expect(child(piis.payload, 'GpmiPiis')?.attrs.hasAttestation).toBe('true');
    const statut = await list(emu.url, listRequest(SSIN.standard, 'STATUT65'));
    expect(child(statut.payload, 'Statut65')?.attrs.hasStatut).toBe('false');
    const exo = await list(emu.url, listRequest(SSIN.standard, 'EXONERATIONS'));
    expect(childrenNamed(child(exo.payload, 'Exonerations'), 'Exoneration').map((x) => childText(x, 'Article'))).toEqual(['35']);
  });
});
