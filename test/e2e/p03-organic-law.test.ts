import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { post } from '../helpers/http';
import { CONNECTOR, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { ATTESTS_NS, ocmw, Ocmw } from '../helpers/podmi';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const GENT = ocmw('44021');
const TODAY = '2026-11-16';
const P03 = { serviceId: 'OCMWCPASOrganicLaw', version: '20090101', xsd: 'P03-OCMWCPASOrganicLaw/20090101/OrganicLawReply.xsd' };
const P08 = { serviceId: 'OCMWCPASListOfAttestations', version: '20080317', xsd: 'P08-OCMWCPASListOfAttestations/20080317/ListOfAttestationsReply.xsd' };

const premiumRequest = (id: string, o: Ocmw, ssin: string, f: { entry: string; decided?: string }) =>
  `<OrganicLawRequest xmlns="${ATTESTS_NS}"><UniqueAttestID>${id}</UniqueAttestID><CPAS><KBOBCE>${o.org.cbe_number}</KBOBCE><NISCode>${o.org.nis_code}</NISCode></CPAS><SSIN>${ssin}</SSIN>` +
  `<InstallationPremium><EntryDate>${f.entry}</EntryDate>${f.decided ? `<DecisionDate>${f.decided}</DecisionDate>` : ''}</InstallationPremium></OrganicLawRequest>`;

/** One call through the connector (hand-built SSDN request); the SSDN reply and the service reply validate. */
async function call(url: string, service: typeof P03 | typeof P08, payload: string, root: string) {
  const res = await post(`${url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: service.serviceId, version: service.version, payload }], GENT.user)));
  expect(res.status).toBe(200);
  const { xml } = ssdnReplyOf(res.body);
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const doc = xml.match(new RegExp(`<ns3:${root}[\\s\\S]*</ns3:${root}>`))?.[0];
  if (doc) validateAgainst(doc, service.xsd);
  const [reply] = serviceReplies(parseXml(xml));
  const result = child(reply.payload, 'DecisionResult');
  return { summary: reply.summary, payload: reply.payload, doc, evaluation: childText(result, 'Evaluation'), errors: childrenNamed(result, 'ErrorsOnForm').map((e) => childText(e, 'Code')) };
}
const premium = (url: string, id: string, f = { entry: '2026-06-01', decided: '2026-05-20' }, ssin: string = SSIN.installationPremium) => call(url, P03, premiumRequest(id, GENT, ssin, f), 'OrganicLawReply');
const listPremiums = (url: string, ssin: string = SSIN.installationPremium) =>
  call(url, P08, `<ns1:ListOfAttestationsRequest xmlns:ns1="${ATTESTS_NS}"><ns1:SocialSecurityUser>${ssin}</ns1:SocialSecurityUser><ns1:RequestType>PRIME_INSTALLATION</ns1:RequestType></ns1:ListOfAttestationsRequest>`, 'ListOfAttestationsReply');

describe('P03 OCMWCPASOrganicLaw 20090101 (installation premium, art. 57bis)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-p03-'));
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator({ dataDir })));
  afterAll(async () => {
    await emu.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    emu.app.reset();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
  });

  it('grants the first premium through the soap client (the amount of one month of the leefloon with a dependent family); the reply validates', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ serviceId: P03.serviceId, version: P03.version, payload: premiumRequest('024402101930001', GENT, SSIN.installationPremium, { entry: '2026-06-01', decided: '2026-05-20' }) }], GENT.user));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    validateAgainst(xml.match(/<ns3:OrganicLawReply[\s\S]*<\/ns3:OrganicLawReply>/)![0], P03.xsd);
    const [reply] = serviceReplies(parseXml(xml));
    expect(reply.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    expect([childText(reply.payload, 'DecisionResult', 'Evaluation'), childText(reply.payload, 'DecisionResult', 'FormType'), childText(reply.payload, 'PremiumAmount')]).toEqual(['ACCEPTED', 'I', '1776.07']);
  });

  it('lists the granted premium under PRIME_INSTALLATION (Status 0); a second premium is refused (I00101) and listed with Status 1', async () => {
    expect(childrenNamed((await listPremiums(emu.url)).payload, 'Attestation')).toEqual([]);
    await premium(emu.url, '024402101930002');
    const second = await premium(emu.url, '024402101930003', { entry: '2026-10-01', decided: '2026-09-25' });
    expect([second.summary.ok, second.summary.details[0].reasonCode, second.evaluation, second.errors]).toEqual(['WARNING', '29100001', 'REFUSED', ['I00101']]);
    expect(childText(second.payload, 'PremiumAmount')).toBeUndefined();
    const listed = await listPremiums(emu.url);
    expect(childrenNamed(listed.payload, 'Attestation').map((a) => [childText(a, 'FormType', 'Code'), childText(a, 'AttestType', 'Code'), childText(a, 'EntryDate'), childText(a, 'Status')])).toEqual([
      ['I', 'PI', '2026-06-01+02:00', '0'],
      ['I', 'PI', '2026-10-01+02:00', '1'],
    ]);
    // FORMULAIRES lists the forms B, C and F only.
    const forms = await call(emu.url, P08, `<ns1:ListOfAttestationsRequest xmlns:ns1="${ATTESTS_NS}"><ns1:SocialSecurityUser>${SSIN.installationPremium}</ns1:SocialSecurityUser><ns1:KBOBCE>${GENT.org.cbe_number}</ns1:KBOBCE><ns1:RequestType>FORMULAIRES</ns1:RequestType></ns1:ListOfAttestationsRequest>`, 'ListOfAttestationsReply');
    expect(childrenNamed(forms.payload, 'Attestation')).toEqual([]);
  });

  it('is idempotent per UniqueAttestID: the same message again answers the first decision', async () => {
    const first = await premium(emu.url, '024402101930004');
    const again = await premium(emu.url, '024402101930004');
    expect([again.evaluation, again.doc]).toEqual(['ACCEPTED', first.doc]);
    expect(emu.app.podmi.store.attestsOf(SSIN.installationPremium)).toHaveLength(1);
  });

  it('puts I00011 on a premium without decision date', async () => {
    const d = await premium(emu.url, '024402101930005', { entry: '2026-06-01' } as { entry: string; decided: string });
    expect([d.evaluation, d.errors]).toEqual(['REFUSED', ['I00011']]);
  });

  it('keeps a granted premium across a restart: the second one is still refused', async () => {
    await premium(emu.url, '024402101930006');
    await emu.close();
    emu = await startEmulator({ dataDir });
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    const second = await premium(emu.url, '024402101930007', { entry: '2026-10-01', decided: '2026-09-25' });
    expect(second.errors).toEqual(['I00101']);
  });
});
