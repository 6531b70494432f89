import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { post } from '../helpers/http';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, Summary, summaryOf } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { parseXml } from '../../src/xml/parse';
import { child, childrenNamed, childText, elements, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { users } from '../../fixtures/organisations';
import type { RrWaitingFile } from '../../src/sources/rr';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation';
const PERSON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Person';
const SERVICE = { serviceId: 'OCMWCPASPerformInvestigation', version: '20080604' };
const REPLY_XSD = 'R08-OCMWCPASPerformInvestigation/20080604/PerformInvestigationReply.xsd';
const ADMIN_USER = (() => {
  const u = users().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === 'ADMIN_STAFF')!;
  return { ...GENT_USER, UserID: u.user_id, Email: u.email };
})();

/** The request document; groups lists the DataGroups flags to send (none: no DataGroups element). */
function investigation(ssin: string, groups: Record<string, string> = {}): string {
  const flags = Object.entries(groups).map(([g, v]) => `<${g}>${v}</${g}>`).join('');
  return `<PerformInvestigationRequest xmlns="${NS}"><SocialSecurityUser>${ssin}</SocialSecurityUser>${flags ? `<DataGroups>${flags}</DataGroups>` : ''}</PerformInvestigationRequest>`;
}

interface Investigated {
  summary: Summary;
  context: Summary;
  payload?: XmlElement;
}

/** The reply document checked against the SSDN envelope XSD, and its PerformInvestigationReply against ours. */
function read(xml: string): Investigated {
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const root = parseXml(xml);
  const [reply] = serviceReplies(root);
  expect(reply.serviceId).toBe(SERVICE.serviceId);
  expect(reply.version).toBe(SERVICE.version);
  if (reply.payload) {
    const inner = xml.match(/<ns3:PerformInvestigationReply[\s\S]*<\/ns3:PerformInvestigationReply>/);
    expect(inner).not.toBeNull();
    validateAgainst(inner![0], REPLY_XSD);
    expect(reply.payload.ns).toBe(NS);
  }
  return { summary: reply.summary, context: summaryOf(path(root, 'ReplyContext', 'ResultSummary')), payload: reply.payload };
}

const groupsOf = (payload: XmlElement | undefined) => {
  const groups = child(payload, 'DataGroups');
  return groups ? elements(groups).map((g) => g.local) : [];
};
const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);
const citizens = (payload: XmlElement | undefined) => childrenNamed(path(payload, 'DataGroups', 'CitizenGroup'), 'Citizen');
const histories = (payload: XmlElement | undefined) => childrenNamed(path(payload, 'DataGroups', 'AddressHistoryGroup'), 'AddressHistory');
const members = (payload: XmlElement | undefined) =>
  childrenNamed(path(payload, 'DataGroups', 'FamilyCompositionGroup', 'FamilyComposition'), 'FamilyMember').map((m) => [
    childText(m, 'SocialSecurityUser'),
    childText(m, 'RelationShip'),
    childText(m, 'EntryDate'),
  ]);

describe('R08 OCMWCPASPerformInvestigation 20080604', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  async function send(payload: string, user: AuthorizedUserFields = GENT_USER): Promise<Investigated> {
    const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ ...SERVICE, payload }], user)));
    expect(res.status).toBe(200);
    return read(ssdnReplyOf(res.body).xml);
  }

  /** A generated foreigner in the waiting register whose file OCMW Gent follows (and has integrated). */
  const gentAsylumFile = () =>
    emu.app.db.prepare("SELECT * FROM rr_waiting_register WHERE ocmw_nis = '44021' ORDER BY ssin LIMIT 1").get() as RrWaitingFile;

  it('answers the soap client loading the connector WSDL: all four groups for the family persona when none is asked', async () => {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ ...SERVICE, payload: investigation(SSIN.familyHead) }]));
    const { summary, payload } = read(String(result));
    // Nobody in the household is in the waiting register: only the result summary says so.
    expect(summary).toMatchObject({ ok: 'YES', returnCode: '0' });
    expect(codes(summary)).toEqual(['INFORMATION 19008001']);
    expect(summary.details[0].information).toEqual([{ name: 'SocialSecurityUser', value: SSIN.familyHead }]);
    expect(childText(payload, 'SocialSecurityUser')).toBe(SSIN.familyHead);
    expect(groupsOf(payload)).toEqual(['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup']);
    expect(path(payload, 'DataGroups', 'FamilyCompositionGroup', 'FamilyComposition')!.attrs.origin).toBe('RN_RR');
    expect(members(payload)).toEqual([
      [SSIN.familyHead, '1', '2009-06-20'],
      [SSIN.familyPartner, '2', '2009-06-20'],
      [SSIN.familyChild1, '3', '2010-09-15'],
      [SSIN.familyChild2, '3', '2014-02-28'],
    ]);
    // The family implies the other groups for every member, the investigated person first.
    const household = [SSIN.familyHead, SSIN.familyPartner, SSIN.familyChild1, SSIN.familyChild2];
    expect(citizens(payload).map((c) => childText(c, 'SocialSecurityUser'))).toEqual(household);
    expect(histories(payload).map((h) => childText(h, 'SocialSecurityUser'))).toEqual(household);
  });

  it('gives the legal data of the standard persona as person:Citizen in the SSDN Person namespace', async () => {
    const { summary, payload } = await send(investigation(SSIN.standard, { CitizenGroup: 'true' }));
    expect(summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
    expect(groupsOf(payload)).toEqual(['CitizenGroup']);
    const [c] = citizens(payload);
    expect(c.ns).toBe(PERSON_NS);
    expect(c.attrs.origin).toBe('RN_RR');
    expect(elements(c).map((e) => `${e.ns === PERSON_NS ? 'person' : e.ns}:${e.local}`)).toEqual(['person:SocialSecurityUser', 'person:InscriptionRegister', 'person:LegalData']);
    const legal = child(c, 'LegalData')!;
    expect(elements(legal).map((e) => e.local)).toEqual(['Name', 'Gender', 'Birth', 'CivilState', 'AddressInformation', 'Nationality']);
    expect([childText(legal, 'Name', 'LastName'), childText(legal, 'Name', 'FirstName'), childText(legal, 'Gender')]).toEqual(['Claes', 'Sarah', '2']);
    expect(childText(legal, 'Birth', 'Date')).toBe('1985-06-12');
    expect(childText(legal, 'CivilState', 'Code')).toBe('10');
    expect(childText(legal, 'Nationality', 'Code')).toBe('150');
    const address = path(legal, 'AddressInformation', 'LegalAddress', 'StandardAddress')!;
    expect(address.attrs.modificationDate).toBe('2021-09-01');
    expect([childText(address, 'Municipality', 'Code'), childText(address, 'Municipality', 'PostalCode'), childText(address, 'Street', 'Description'), childText(address, 'HouseNumber')]).toEqual([
      '44021',
      '9000',
      'Dampoortstraat',
      '87',
    ]);
    expect(childText(legal, 'AddressInformation', 'ManagerLocation', 'Code')).toBe('44021');
  });

  it('gives the address history of the standard persona: two legal addresses, most recent first', async () => {
    const { payload } = await send(investigation(SSIN.standard, { AddressHistoryGroup: 'true' }));
    expect(groupsOf(payload)).toEqual(['AddressHistoryGroup']);
    const [h] = histories(payload);
    expect(childText(h, 'SocialSecurityUser')).toBe(SSIN.standard);
    const addresses = childrenNamed(child(h, 'LegalAddresses'), 'StandardAddress');
    expect(addresses.map((a) => [a.attrs.modificationDate, childText(a, 'Street', 'Description'), childText(a, 'HouseNumber')])).toEqual([
      ['2021-09-01', 'Dampoortstraat', '87'],
      ['2016-05-01', 'Veldstraat', '12'],
    ]);
    expect(addresses.every((a) => a.ns === NS && child(a, 'Country')!.ns === PERSON_NS)).toBe(true);
    // Both addresses are in Gent: one managing municipality, since the first of them.
    const managers = childrenNamed(child(h, 'ManagerLocations'), 'ManagerLocation');
    expect(managers.map((m) => [m.attrs.modificationDate, childText(m, 'Code'), childText(m, 'LinguisticRegime')])).toEqual([['2016-05-01', '44021', '2']]);
    expect(child(h, 'DeclaredAddresses')).toBeUndefined();
  });

  it('gives only the household when only FamilyCompositionGroup is asked (the standard persona lives alone)', async () => {
    const { payload } = await send(investigation(SSIN.standard, { FamilyCompositionGroup: 'true', CitizenGroup: 'false' }));
    expect(groupsOf(payload)).toEqual(['FamilyCompositionGroup']);
    expect(members(payload)).toEqual([[SSIN.standard, '1', '2021-09-01']]);
  });

  it('gives the waiting-register file of a generated applicant for international protection', async () => {
    const file = gentAsylumFile();
    expect(file).toBeDefined();
    const { summary, payload } = await send(investigation(file.ssin, { WaitRegisterGroup: '1' }));
    expect(summary).toMatchObject({ ok: 'YES', details: [] });
    expect(groupsOf(payload)).toEqual(['WaitRegisterGroup']);
    const [w] = childrenNamed(path(payload, 'DataGroups', 'WaitRegisterGroup'), 'WaitRegister');
    expect(elements(w).map((e) => e.local)).toEqual([
      'SocialSecurityUser',
      'RefugeeSituationH205',
      'RefugeeAdministriveFileH206',
      'RefugeeInstitutionH207',
      'RefugeeDocumentH211',
      'RefugeeLocationH212',
    ]);
    expect(childText(w, 'SocialSecurityUser')).toBe(file.ssin);
    expect(childText(w, 'RefugeeSituationH205', 'RefugeeSituation', 'demandDate')).toBe(file.application_date);
    const admin = path(w, 'RefugeeAdministriveFileH206', 'RefugeeAdministrativeFile');
    expect([childText(admin, 'structureType'), childText(admin, 'administrativeSituationCode'), childText(admin, 'reference'), childText(admin, 'openClosedCode'), childText(admin, 'nisCode')]).toEqual([
      file.authority,
      String(file.situation_code),
      file.file_reference,
      String(file.file_open),
      '44021',
    ]);
    const documents = childrenNamed(child(w, 'RefugeeDocumentH211'), 'RefugeeDocument');
    expect(documents.map((d) => [childText(d, 'InscriptionDate'), childText(d, 'documentTypeCode')])).toContainEqual([file.application_date, '26']);
    // The OCMW that gives the financial aid is the one the file names (mandatory place of registration).
    const institutions = childrenNamed(child(w, 'RefugeeInstitutionH207'), 'RefugeeInstitution');
    expect(institutions.map((i) => childText(i, 'cpasCode'))).toContain('44021');

    // With the family, every household member who has a file gets a WaitRegister too.
    const everything = await send(investigation(file.ssin));
    const household = members(everything.payload).map((m) => m[0]!);
    const withFile = household.filter((s) => emu.app.rr.waitingFile(s));
    expect(withFile).toContain(file.ssin);
    const waiting = childrenNamed(path(everything.payload, 'DataGroups', 'WaitRegisterGroup'), 'WaitRegister').map((x) => childText(x, 'SocialSecurityUser'));
    expect(waiting).toEqual([file.ssin, ...withFile.filter((s) => s !== file.ssin)]);
  });

  it('returns only the allowed groups to administrative staff: no waiting register, and refuses that group alone', async () => {
    const file = gentAsylumFile();
    const all = await send(investigation(file.ssin), ADMIN_USER);
    expect(all.summary).toMatchObject({ ok: 'YES', details: [] });
    expect(groupsOf(all.payload)).toEqual(['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup']);
    const social = await send(investigation(file.ssin));
    expect(groupsOf(social.payload)).toEqual(['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup', 'WaitRegisterGroup']);
    const alone = await send(investigation(file.ssin, { WaitRegisterGroup: 'true' }), ADMIN_USER);
    expect(alone.summary.ok).toBe('NO');
    expect(codes(alone.summary)).toEqual(['ERROR 39000013']);
    expect(alone.payload).toBeUndefined();
  });

  it('answers a BIS number from the KSZ BIS register (origin BCSS_KSZ), without a household', async () => {
    const { payload } = await send(investigation(SSIN.bis));
    expect(groupsOf(payload)).toEqual(['CitizenGroup', 'AddressHistoryGroup']);
    const [c] = citizens(payload);
    expect(c.attrs.origin).toBe('BCSS_KSZ');
    expect(childText(c, 'LegalData', 'Name', 'LastName')).toBe('Kovalenko');
    expect(path(c, 'InscriptionRegister')).toBeUndefined();
    const [address] = childrenNamed(path(histories(payload)[0], 'LegalAddresses'), 'StandardAddress');
    expect(address.attrs.origin).toBe('BCSS_KSZ');
    expect([childText(address, 'Municipality', 'PostalCode'), childText(address, 'Street', 'Description'), childText(address, 'HouseNumber')]).toEqual(['9000', 'Dampoortstraat', '44']);
  });

  it('shows the decease of the deceased persona, and his household on the day he died', async () => {
    const { payload } = await send(investigation(SSIN.deceased, { FamilyCompositionGroup: 'true', CitizenGroup: 'true' }));
    expect(members(payload)).toEqual([[SSIN.deceased, '1', '1948-04-30']]);
    const legal = child(citizens(payload)[0], 'LegalData');
    expect(childText(legal, 'Decease', 'Date')).toBe('2025-06-14');
    expect(childText(legal, 'Decease', 'Location', 'Code')).toBe('44021');
    expect(childText(legal, 'CivilState', 'Code')).toBe('30');
  });

  it('refuses a person the OCMW has not integrated (39000012), and the shared SSIN outcomes', async () => {
    const notIntegrated = await send(investigation(SSIN.notIntegrated));
    expect(codes(notIntegrated.summary)).toEqual(['ERROR 39000012']);
    expect(notIntegrated.context).toMatchObject({ ok: 'NO', returnCode: '10000' });
    expect(codes((await send(investigation(SSIN.unknown))).summary)).toEqual(['ERROR 31000020']);
    expect(codes((await send(investigation(SSIN.replacedOld))).summary)).toEqual(['ERROR 31000021']);
  });

  it('refuses a DataGroups flag that is not a boolean', async () => {
    const { summary, payload } = await send(investigation(SSIN.standard, { CitizenGroup: 'yes' }));
    expect(summary.ok).toBe('NO');
    expect(codes(summary)).toEqual(['ERROR 31000005']);
    expect(payload).toBeUndefined();
  });
});
