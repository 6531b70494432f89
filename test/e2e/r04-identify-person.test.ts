import * as fs from 'fs';
import * as path from 'path';
import { startEmulator, TestEmulator, LIEGE } from '../helpers/emulator';
import { post } from '../helpers/http';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest, summaryOf, Summary } from '../helpers/ssdn';
import { validateAgainst } from '../helpers/xsd';
import { child, childrenNamed, childText, path as xpath, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson';
const SERVICE = { serviceId: 'OCMWCPASIdentifyPerson', version: '20050930' };
const REPLY_XSD = 'R04-OCMWCPASIdentifyPerson/20050930/IdentifyPersonReply.xsd';

interface Identified {
  context: Summary;
  summary: Summary;
  payload?: XmlElement;
  persons: XmlElement[];
  xml: string;
}

/** Sends one IdentifyPerson request document through sendXML; validates everything that comes back. */
async function identify(emu: TestEmulator, payload: string, opts: { user?: AuthorizedUserFields; mode?: 'escaped' | 'cdata' } = {}): Promise<Identified> {
  const res = await post(`${emu.url}${CONNECTOR}`, sendXml(ssdnRequest([{ ...SERVICE, payload }], opts.user), opts.mode));
  expect(res.status).toBe(200);
  const { xml, root } = ssdnReplyOf(res.body);
  validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
  const [reply] = serviceReplies(root);
  expect(reply.serviceId).toBe(SERVICE.serviceId);
  expect(reply.version).toBe(SERVICE.version);
  if (reply.payload) {
    const inner = xml.match(/<ns3:IdentifyPersonReply[\s\S]*<\/ns3:IdentifyPersonReply>/);
    expect(inner).not.toBeNull();
    validateAgainst(inner![0], REPLY_XSD);
    expect(reply.payload.ns).toBe(NS);
  }
  return {
    context: summaryOf(child(child(root, 'ReplyContext'), 'ResultSummary')),
    summary: reply.summary,
    payload: reply.payload,
    persons: childrenNamed(child(reply.payload, 'SearchResults'), 'LimitedLegalData'),
    xml,
  };
}

const bySsin = (ssin: string, extra = '') => `<IdentifyPersonRequest xmlns="${NS}"><SearchCriteria><SSIN>${ssin}</SSIN></SearchCriteria>${extra}</IdentifyPersonRequest>`;
const phonetic = (inner: string, extra = '') =>
  `<IdentifyPersonRequest xmlns="${NS}"><SearchCriteria><PhoneticCriteria>${inner}</PhoneticCriteria></SearchCriteria>${extra}</IdentifyPersonRequest>`;
const codes = (s: Summary) => s.details.map((d) => `${d.severity} ${d.reasonCode}`);
const ssins = (persons: XmlElement[]) => persons.map((p) => childText(p, 'Basic', 'SocialSecurityUser'));
const labels = (el: XmlElement | undefined, name: string) => childrenNamed(el, name).map((m) => `${m.attrs.lang ?? ''}:${childText(m) ?? m.children.join('')}`);

describe('R04 OCMWCPASIdentifyPerson', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  const lastOperation = () => emu.app.journal.recent({ service: SERVICE.serviceId, limit: 1 })[0]?.operation;

  describe('by SSIN', () => {
    it('returns the Basic data and the Gent address of a National Register person, without Extended data', async () => {
      const r = await identify(emu, bySsin(SSIN.standard));
      expect(r.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
      expect(r.context).toMatchObject({ ok: 'YES', returnCode: '0' });
      expect(r.persons).toHaveLength(1);
      const [p] = r.persons;
      expect(p.attrs.origin).toBe('RN_RR');
      const basic = child(p, 'Basic')!;
      expect(childText(basic, 'SocialSecurityUser')).toBe(SSIN.standard);
      expect(childText(basic, 'LastName')).toBe('Claes');
      expect(childText(basic, 'FirstName')).toBe('Sarah');
      expect(childText(basic, 'BirthDate')).toBe('1985-06-12');
      expect(childText(basic, 'Gender')).toBe('2');
      const address = child(basic, 'Address');
      expect(childText(address, 'CountryCode')).toBe('150');
      expect(childText(address, 'MunicipalityCode')).toBe('44021');
      expect(labels(address, 'Municipality')).toEqual(['nl:Gent', 'fr:Gand']);
      expect(childText(address, 'PostalCode')).toBe('9000');
      expect(childText(address, 'HouseNumber')).toBe('87'); // the current address, not the one before 2021
      expect(labels(address, 'Street')).toEqual(['nl:Dampoortstraat']);
      expect(childText(address, 'StreetCode')).toBe('4'); // the street's number in Gent (a t_NISCode)
      expect(child(p, 'Extended')).toBeUndefined();
      // real PHP clients read the reply by prefix
      expect(r.xml).toMatch(/<ns3:IdentifyPersonReply xmlns:ns3="http:\/\/www\.ksz-bcss\.fgov\.be\/XSD\/SSDN\/OCMW_CPAS\/IdentifyPerson"><ns3:SearchResults><ns3:LimitedLegalData origin="RN_RR"><ns3:Basic>/);
      expect(lastOperation()).toBe('bySSIN');
    });

    it('returns a BIS person with origin BCSS_KSZ and the address of the BIS register', async () => {
      const r = await identify(emu, bySsin(SSIN.bis));
      expect(r.summary.ok).toBe('YES');
      const [p] = r.persons;
      expect(p.attrs.origin).toBe('BCSS_KSZ');
      expect(childText(p, 'Basic', 'LastName')).toBe('Kovalenko');
      const address = xpath(p, 'Basic', 'Address');
      expect(childText(address, 'Municipality')).toBe('Gent');
      expect(childText(address, 'Street')).toBe('Dampoortstraat');
      expect(childText(address, 'HouseNumber')).toBe('44');
    });

    it('needs no integration: a person no OCMW integrated is found, also by another OCMW', async () => {
      const liege: AuthorizedUserFields = { UserID: LIEGE.worker.user_id, Email: LIEGE.worker.email, OrgUnit: LIEGE.org.cbe_number, MatrixID: '17', MatrixSubID: '1' };
      for (const [ssin, user] of [[SSIN.notIntegrated, GENT_USER], [SSIN.standard, liege]] as const) {
        const r = await identify(emu, bySsin(ssin), { user });
        expect(r.summary.ok).toBe('YES');
        expect(ssins(r.persons)).toEqual([ssin]);
      }
    });

    it.each([
      ['unknown', SSIN.unknown, '31000020'],
      ['replaced', SSIN.replacedOld, '31000021'],
      ['cancelled', SSIN.cancelled, '31000022'],
    ])('refuses an %s SSIN before the service runs', async (_name, ssin, code) => {
      const r = await identify(emu, bySsin(ssin));
      expect(r.summary).toMatchObject({ ok: 'NO', returnCode: '10000' });
      expect(r.summary.details[0].reasonCode).toBe(code);
      expect(r.context.details[0].reasonCode).toBe('30000001');
      expect(r.payload).toBeUndefined();
      if (code === '31000021') expect(r.summary.details[0].information).toContainEqual({ name: 'NewSSIN', value: SSIN.replacedNew });
    });
  });

  describe('verification data', () => {
    it('validates a matching SIS card: Extended data and information 12007001 with the SSIN', async () => {
      const r = await identify(emu, bySsin(SSIN.standard, '<VerificationData><SISCardNumber>6012345678</SISCardNumber></VerificationData>'));
      expect(r.summary).toMatchObject({ ok: 'YES', returnCode: '0' });
      expect(codes(r.summary)).toEqual(['INFORMATION 12007001']);
      expect(r.summary.details[0].information).toEqual([{ name: 'SSIN', value: SSIN.standard }]);
      const extended = child(r.persons[0], 'Extended');
      expect(childText(extended, 'CivilState')).toBe('10');
      expect(labels(extended, 'BirthLocation')).toEqual(['nl:Gent']);
      expect(childText(extended, 'InscriptionRegister')).toBe('1');
      expect(childText(extended, 'NationalityCode')).toBe('150');
      expect(childText(extended, 'DeceaseDate')).toBeUndefined();
    });

    it('gives the deceased persona DeceaseDate 2025-06-14 once PersonData validates him', async () => {
      const r = await identify(
        emu,
        bySsin(SSIN.deceased, '<VerificationData><PersonData><LastName>LAMBERT</LastName><FirstName>Marcel</FirstName><BirthDate>1948-04-30</BirthDate></PersonData></VerificationData>'),
      );
      expect(codes(r.summary)).toEqual(['INFORMATION 12007001']);
      const extended = child(r.persons[0], 'Extended');
      expect(childText(extended, 'DeceaseDate')).toBe('2025-06-14');
      expect(childText(extended, 'CivilState')).toBe('30');
    });

    it('warns 22007007 when PersonData does not match, and gives no Extended data', async () => {
      const r = await identify(emu, bySsin(SSIN.standard, '<VerificationData><PersonData><LastName>Claes</LastName><BirthDate>1985-06-13</BirthDate></PersonData></VerificationData>'));
      expect(r.summary).toMatchObject({ ok: 'WARNING', returnCode: '1' });
      expect(codes(r.summary)).toEqual(['WARNING 22007007']);
      expect(r.context.details[0].reasonCode).toBe('20000001');
      expect(ssins(r.persons)).toEqual([SSIN.standard]);
      expect(child(r.persons[0], 'Extended')).toBeUndefined();
    });

    it('answers like the real demo reply: 21007001 and 22007007 warnings with 12007001 when the card matches', async () => {
      const r = await identify(
        emu,
        `<IdentifyPersonRequest xmlns="${NS}"><SearchCriteria><SSIN>${SSIN.standard}</SSIN><PhoneticCriteria><LastName>Claes</LastName><BirthDate>1985-06-12</BirthDate></PhoneticCriteria></SearchCriteria>` +
          `<VerificationData><IdentityCardNumber>592123456789</IdentityCardNumber><PersonData><LastName>Claessens</LastName><BirthDate>1985-06-12</BirthDate></PersonData></VerificationData></IdentifyPersonRequest>`,
      );
      expect(r.summary.ok).toBe('WARNING');
      expect(codes(r.summary)).toEqual(['WARNING 21007001', 'WARNING 22007007', 'INFORMATION 12007001']);
      expect(child(r.persons[0], 'Extended')).toBeDefined();
    });
  });

  describe('by phonetic criteria', () => {
    const janssens = [SSIN.phonetic1, SSIN.phonetic2, SSIN.phonetic3];

    it('ignores the phonetic criteria with warning 21007001 when an SSIN is given', async () => {
      const r = await identify(emu, `<IdentifyPersonRequest xmlns="${NS}"><SearchCriteria><SSIN>${SSIN.standard}</SSIN><PhoneticCriteria><LastName>Janssens</LastName><BirthDate>1985-03-00</BirthDate><Tolerance>1</Tolerance></PhoneticCriteria></SearchCriteria></IdentifyPersonRequest>`);
      expect(r.summary).toMatchObject({ ok: 'WARNING', returnCode: '1' });
      expect(codes(r.summary)).toEqual(['WARNING 21007001']);
      expect(ssins(r.persons)).toEqual([SSIN.standard]);
      expect(lastOperation()).toBe('bySSIN');
    });

    it('finds Janssens, Janssen and Jansens born in March 1985, without Extended data', async () => {
      const r = await identify(emu, phonetic('<LastName>Janssens</LastName><BirthDate>1985-03-00</BirthDate><Tolerance>1</Tolerance>'));
      expect(r.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
      expect(ssins(r.persons)).toEqual(janssens);
      expect(r.persons.map((p) => childText(p, 'Basic', 'LastName'))).toEqual(['Janssens', 'Janssen', 'Jansens']);
      expect(r.persons.every((p) => p.attrs.origin === 'RN_RR' && !child(p, 'Extended'))).toBe(true);
      expect(labels(xpath(r.persons[0], 'Basic', 'Address'), 'Municipality')).toEqual(['nl:Antwerpen', 'fr:Anvers']);
      expect(lastOperation()).toBe('byPhoneticCriteria');
    });

    it('narrows the search by first name, gender and a complete birth date', async () => {
      const byFirstName = await identify(emu, phonetic('<LastName>JANSEN</LastName><FirstName>Maria</FirstName><BirthDate>1985-03-00</BirthDate><Gender>2</Gender><Tolerance>0</Tolerance>'));
      expect(ssins(byFirstName.persons)).toEqual([SSIN.phonetic2]);
      const byDay = await identify(emu, phonetic('<LastName>Janssens</LastName><BirthDate>1985-03-15</BirthDate><Tolerance>1</Tolerance>'));
      expect(ssins(byDay.persons)).toEqual([SSIN.phonetic1, SSIN.phonetic2]);
      const men = await identify(emu, phonetic('<LastName>Janssens</LastName><BirthDate>1985-03-00</BirthDate><Gender>1</Gender><Tolerance>1</Tolerance>'));
      expect(codes(men.summary)).toEqual(['ERROR 32007004']);
    });

    it('validates a single phonetic result with VerificationData', async () => {
      const r = await identify(
        emu,
        phonetic('<LastName>Jansens</LastName><FirstName>Maria</FirstName><BirthDate>1985-03-16</BirthDate>', '<VerificationData><PersonData><LastName>Janssen</LastName><BirthDate>1985-03-16</BirthDate></PersonData></VerificationData>'),
      );
      expect(codes(r.summary)).toEqual(['INFORMATION 12007001']);
      expect(r.summary.details[0].information).toEqual([{ name: 'SSIN', value: SSIN.phonetic2 }]);
      expect(child(r.persons[0], 'Extended')).toBeDefined();
    });

    it('refuses a search that matches more persons than Maximum (emulator code 39007005)', async () => {
      const r = await identify(emu, phonetic('<LastName>Janssens</LastName><BirthDate>1985-03-00</BirthDate><Tolerance>1</Tolerance><Maximum>2</Maximum>'));
      expect(r.summary).toMatchObject({ ok: 'NO', returnCode: '10000' });
      expect(codes(r.summary)).toEqual(['ERROR 39007005']);
      expect(r.summary.details[0].information).toEqual([
        { name: 'Phonetic Criteria: Maximum', value: '2' },
        { name: 'Number of matches', value: '3' },
      ]);
      expect(r.payload).toBeUndefined();
      const enough = await identify(emu, phonetic('<LastName>Janssens</LastName><BirthDate>1985-03-00</BirthDate><Tolerance>1</Tolerance><Maximum>3</Maximum>'));
      expect(enough.persons).toHaveLength(3);
    });

    it('requires LastName (31000007): an empty one in the real wording, a missing one from the schema stage', async () => {
      for (const [lastName, field] of [
        ['<LastName></LastName>', 'Phonetic Criteria: Last Name'],
        ['', 'LastName'],
      ]) {
        const r = await identify(emu, phonetic(`${lastName}<BirthDate>1985-03-14</BirthDate>`));
        expect(r.summary).toMatchObject({ ok: 'NO', returnCode: '10000' });
        expect(codes(r.summary)).toEqual(['ERROR 31000007']);
        expect(r.summary.details[0].information).toEqual([{ name: field, value: undefined }]);
        expect(r.payload).toBeUndefined();
      }
    });

    it('requires a Tolerance with an incomplete birth date (31009001)', async () => {
      const r = await identify(emu, phonetic('<LastName>Janssens</LastName><BirthDate>1985-03-00</BirthDate>'));
      expect(codes(r.summary)).toEqual(['ERROR 31009001']);
      expect(r.summary.details[0].information).toEqual([
        { name: 'Phonetic Criteria: Birth Date', value: '1985-03-00' },
        { name: 'Phonetic Criteria: Birth Date Tolerance', value: undefined },
      ]);
    });

    it('answers 32007004 when nobody matches', async () => {
      const r = await identify(emu, phonetic('<LastName>Janssens</LastName><BirthDate>1990-03-14</BirthDate>'));
      expect(r.summary).toMatchObject({ ok: 'NO', returnCode: '10000' });
      expect(codes(r.summary)).toEqual(['ERROR 32007004']);
      expect(r.payload).toBeUndefined();
    });

    it('answers the public sample request (Lino shape, declaration included) with 32007004', async () => {
      const sample = fs.readFileSync(path.join(__dirname, '../fixtures/samples/R04/identify-phonetic.xml'), 'utf8').replace(/^<\?xml[^>]*\?>\s*/, '');
      const r = await identify(emu, sample);
      expect(codes(r.summary)).toEqual(['ERROR 32007004']);
    });
  });

  describe('hand-built envelopes', () => {
    it('reads the request by local name whatever prefixes the client chose, escaped or in CDATA', async () => {
      const odd =
        `<ip:IdentifyPersonRequest xmlns:ip="${NS}"><ip:SearchCriteria><x:PhoneticCriteria xmlns:x="${NS}">` +
        `<x:LastName>Janssens</x:LastName><ip:BirthDate>1985-03-00</ip:BirthDate><x:Tolerance> 1 </x:Tolerance>` +
        `</x:PhoneticCriteria></ip:SearchCriteria></ip:IdentifyPersonRequest>`;
      for (const mode of ['escaped', 'cdata'] as const) {
        const r = await identify(emu, odd, { mode });
        expect(ssins(r.persons)).toEqual([SSIN.phonetic1, SSIN.phonetic2, SSIN.phonetic3]);
      }
      const bySsinOdd = await identify(emu, `<a:IdentifyPersonRequest xmlns:a="${NS}"><a:SearchCriteria><a:SSIN>${SSIN.bis}</a:SSIN></a:SearchCriteria></a:IdentifyPersonRequest>`);
      expect(bySsinOdd.persons[0].attrs.origin).toBe('BCSS_KSZ');
    });

    it('refuses a request with neither SSIN nor PhoneticCriteria (31000007)', async () => {
      const r = await identify(emu, `<IdentifyPersonRequest xmlns="${NS}"><SearchCriteria/></IdentifyPersonRequest>`);
      expect(codes(r.summary)).toEqual(['ERROR 31000007']);
    });
  });
});
