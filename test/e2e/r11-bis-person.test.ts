import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { CONNECTOR, serviceReplies, ssdnRequest, Summary } from '../helpers/ssdn';
import { validateAgainst, validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, path as xpath, XmlElement } from '../../src/xml/node';
import { parseXml } from '../../src/xml/parse';
import { checkSsin } from '../../src/domain/ssin';
import { createAppContext } from '../../src/app';
import { resolveConfig } from '../../src/config';
import { SSIN } from '../../fixtures/personas';

const PATH = '/SOA4520/BisPersonService/v1/registerPerson';
const NS = 'http://kszbcss.fgov.be/intf/BisPersonService/v1';
const WSDL = 'R11-BisPersonService/v1/BisPersonServiceV1.wsdl';
const MP_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/ManagePerson';
const MP = { serviceId: 'ManagePerson.createKSZCitizen', version: '20090101' };
const auth = (suffix = '') => basicAuth(`${GENT.credential.username}${suffix}`, GENT.credential.password);
const NOW = '2026-11-22T10:00:00Z';

interface NewPerson {
  lastName: string;
  firstName: string;
  birthDate: string;
  gender?: string;
  nationality?: string;
}

function register(p: NewPerson): string {
  return soapEnvelope(
    `<bp:registerPersonRequest xmlns:bp="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>PCSA:SOCIAL_INQUIRY</legalContext><person><lastName>${p.lastName}</lastName><firstName>${p.firstName}</firstName><birthDate>${p.birthDate}</birthDate>` +
      `${p.gender ? `<gender>${p.gender}</gender>` : ''}<nationality>${p.nationality ?? '139'}</nationality><birthPlace>Wrocław</birthPlace><birthCountry>139</birthCountry>` +
      `<address><countryCode>150</countryCode><postalCode>9000</postalCode><municipality>Gent</municipality><street>Sleepstraat</street><houseNumber>3</houseNumber></address>` +
      `</person></bp:registerPersonRequest>`,
  );
}

function citizen(p: NewPerson & { genderCode?: string }): string {
  return (
    `<ManagePersonRequest xmlns="${MP_NS}"><CreateKSZCitizen>` +
    (p.lastName ? `<LastName>${p.lastName}</LastName>` : '') +
    `<FirstName>${p.firstName}</FirstName><BirthDate>${p.birthDate}</BirthDate>${p.genderCode ? `<Gender>${p.genderCode}</Gender>` : ''}` +
    `<NationalityCode>${p.nationality ?? '124'}</NationalityCode><Address><CountryCode>124</CountryCode><Municipality>Iași</Municipality></Address>` +
    `</CreateKSZCitizen></ManagePersonRequest>`
  );
}

const statusOf = (root: XmlElement) => ({
  value: childText(root, 'status', 'value'),
  code: childText(root, 'status', 'code'),
  information: childrenNamed(child(root, 'status'), 'information').map((i) => `${childText(i, 'fieldName')}=${childText(i, 'fieldValue') ?? ''}`),
});

async function setClock(url: string): Promise<void> {
  await fetch(`${url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: NOW }) });
}

describe('R11 BisPersonService.registerPerson and ManagePerson.createKSZCitizen (modelled)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    await setClock(emu.url);
  });
  afterAll(() => emu.close());

  async function call(body: string, credential = auth(), url = PATH, wsdl = WSDL): Promise<XmlElement> {
    const res = await post(`${emu.url}${url}`, body, credential);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, wsdl);
    return bodyRoot(res.body);
  }

  async function created(p: NewPerson): Promise<string> {
    const root = await call(register(p));
    expect(statusOf(root)).toEqual({ value: 'DATA_FOUND', code: 'MSG00000', information: [] });
    return childText(root, 'ssin')!;
  }

  async function classic(payload: string): Promise<{ summary: Summary; payload?: XmlElement }> {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [result] = await client.sendXMLAsync(ssdnRequest([{ ...MP, payload }]));
    const xml = String(result);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    const inner = xml.match(/<ns3:ManagePersonReply[\s\S]*<\/ns3:ManagePersonReply>/);
    if (inner) validateAgainst(inner[0], 'R11-ManagePerson/20090101/ManagePersonReply.xsd');
    const [reply] = serviceReplies(parseXml(xml));
    return { summary: reply.summary, payload: reply.payload };
  }

  it('is listed in /_admin/services twice, new style and classic, both modelled', async () => {
    const services = (await (await fetch(`${emu.url}/_admin/services`)).json()) as Record<string, unknown>[];
    expect(services.filter((s) => s.id === 'R11')).toEqual([
      expect.objectContaining({ name: 'BisPersonService', style: 'new', contract: 'modelled', version: 'v1', path: PATH, operations: ['registerPerson'] }),
      expect.objectContaining({ name: 'ManagePerson', style: 'classic', contract: 'modelled', serviceId: MP.serviceId, version: MP.version, operations: ['createKSZCitizen'] }),
    ]);
  });

  it('creates a BIS number through the soap client loading our published WSDL (gender known: month + 40)', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.registerPersonAsync({
      informationCustomer: { customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      person: {
        lastName: 'Wiśniewska',
        firstName: 'Zofia',
        birthDate: '1990-05-10',
        gender: 'FEMALE',
        nationality: 139,
        address: { countryCode: 150, postalCode: '9000', municipality: 'Gent', street: 'Sleepstraat', houseNumber: '5' },
      },
    });
    expect(result.status.code).toBe('MSG00000');
    const ssin = typeof result.ssin === 'string' ? result.ssin : result.ssin.$value;
    expect(ssin.slice(0, 6)).toBe('904510');
    const check = checkSsin(ssin, new Date(NOW));
    expect(check).toMatchObject({ ok: true, info: { kind: 'TER', birthDate: '1990-05-10', gender: 2 } });
    expect(Number(ssin.slice(6, 9)) % 2).toBe(0);
  });

  it('gives month + 20 when the gender is unknown, also for an incomplete birth date', async () => {
    const unknownGender = await created({ lastName: 'Okonkwo', firstName: 'Chidi', birthDate: '1988-11-03', gender: 'UNKNOWN' });
    expect(unknownGender.slice(0, 6)).toBe('883103');
    expect(checkSsin(unknownGender, new Date(NOW))).toMatchObject({ ok: true, info: { kind: 'BIS', birthDate: '1988-11-03' } });
    const noDate = await created({ lastName: 'Rahimi', firstName: 'Said', birthDate: '1971-00-00' });
    expect(noDate.slice(0, 6)).toBe('712000');
    expect(checkSsin(noDate, new Date(NOW)).ok).toBe(true);
  });

  it('takes a day counter not yet used for that birth date in the National Register or the BIS register', async () => {
    // A generated man whose RR number uses counter 001 for his birth date.
    const taken = emu.app.db.prepare("SELECT ssin, birth_date FROM rr_person WHERE substr(ssin, 7, 3) = '001' ORDER BY ssin LIMIT 1").get() as { ssin: string; birth_date: string };
    const first = await created({ lastName: 'Adeyemi', firstName: 'Tunde', birthDate: taken.birth_date, gender: 'MALE' });
    const second = await created({ lastName: 'Adeyemi', firstName: 'Kunle', birthDate: taken.birth_date, gender: 'MALE' });
    const counters = [first, second].map((s) => Number(s.slice(6, 9)));
    expect(counters[0]).not.toBe(1);
    expect(counters[1]).not.toBe(counters[0]);
    expect(counters.every((c) => c % 2 === 1)).toBe(true);
    const sameDay = emu.app.db
      .prepare('SELECT ssin FROM rr_person WHERE substr(ssin, 1, 6) = ? UNION ALL SELECT ssin FROM bis_person WHERE substr(ssin, 1, 6) IN (?, ?)')
      .all(taken.ssin.slice(0, 6), first.slice(0, 6), first.slice(0, 2) + String(Number(first.slice(2, 4)) - 20).padStart(2, '0') + first.slice(4, 6)) as { ssin: string }[];
    const used = sameDay.map((r) => r.ssin.slice(6, 9));
    expect(used.filter((c) => c === first.slice(6, 9))).toHaveLength(1);
  });

  it('refuses a person already known (same names and birth date) with the existing number, in either register', async () => {
    const claes = await call(register({ lastName: 'CLAES', firstName: 'sarah', birthDate: '1985-06-12', gender: 'FEMALE' }));
    expect(elements(claes).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'legalContext', 'person', 'status', 'ssin']);
    expect(statusOf(claes)).toEqual({ value: 'NO_RESULT', code: 'BIS00001', information: [`ssin=${SSIN.standard}`] });
    expect(childText(claes, 'ssin')).toBe(SSIN.standard);
    const olena = await call(register({ lastName: 'Kovalenko', firstName: 'Olena', birthDate: '1993-03-17' }));
    expect(childText(olena, 'ssin')).toBe(SSIN.bis);
    // The active number, never the replaced BIS number of the same person.
    expect(childText(await call(register({ lastName: 'Benali', firstName: 'Ahmed', birthDate: '1982-07-15', gender: 'MALE' })), 'ssin')).toBe(SSIN.replacedNew);

    const again = { lastName: 'Haddou', firstName: 'Imane', birthDate: '1999-12-24', gender: 'FEMALE' };
    const ssin = await created(again);
    const twice = await call(register(again));
    expect(statusOf(twice).code).toBe('BIS00001');
    expect(childText(twice, 'ssin')).toBe(ssin);
    expect(emu.app.db.prepare("SELECT COUNT(*) AS n FROM bis_person WHERE last_name = 'Haddou'").get()).toEqual({ n: 1 });
  });

  it('makes the new person visible to IdentifyPerson (R04), PersonService (R05) and SSINInformationService (R10)', async () => {
    const ssin = await created({ lastName: 'Nakamura', firstName: 'Yui', birthDate: '2001-08-30', gender: 'FEMALE', nationality: '732' });

    const ipNs = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson';
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const [bySsin, byName] = await Promise.all(
      [`<SSIN>${ssin}</SSIN>`, '<PhoneticCriteria><LastName>Nakamura</LastName><BirthDate>2001-08-30</BirthDate></PhoneticCriteria>'].map(async (criteria) => {
        const [result] = await client.sendXMLAsync(
          ssdnRequest([{ serviceId: 'OCMWCPASIdentifyPerson', version: '20050930', payload: `<IdentifyPersonRequest xmlns="${ipNs}"><SearchCriteria>${criteria}</SearchCriteria></IdentifyPersonRequest>` }]),
        );
        return serviceReplies(parseXml(String(result)))[0];
      }),
    );
    for (const r of [bySsin, byName]) {
      const person = xpath(r.payload, 'SearchResults', 'LimitedLegalData')!;
      expect(person.attrs.origin).toBe('BCSS_KSZ');
      expect(childText(child(person, 'Basic'), 'SocialSecurityUser')).toBe(ssin);
      expect(childText(xpath(person, 'Basic', 'Address'), 'Street')).toBe('Sleepstraat');
    }

    const r05 = await call(
      soapEnvelope(
        `<ps:searchPersonBySsinRequest xmlns:ps="http://kszbcss.fgov.be/intf/PersonService/v4"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
          `<legalContext>PCSA:SOCIAL_INQUIRY</legalContext><criteria><ssin>${ssin}</ssin></criteria></ps:searchPersonBySsinRequest>`,
      ),
      auth(),
      '/SOA4520/PersonService/v4/consult',
      'R05-PersonService/v4/PersonServiceV4.wsdl',
    );
    expect(childText(r05, 'person', 'register')).toBe('BIS_REGISTER');
    expect(childText(r05, 'person', 'names', 'firstName')).toBe('Yui');
    expect(childText(r05, 'person', 'birth', 'birthPlace')).toBe('Wrocław');

    const r10 = await call(
      soapEnvelope(
        `<si:consultSsinHistoryRequest xmlns:si="http://kszbcss.fgov.be/intf/SSINInformationService/v1"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
          `<legalContext>PCSA:SOCIAL_INQUIRY</legalContext><criteria><ssin>${ssin}</ssin></criteria></si:consultSsinHistoryRequest>`,
      ),
      auth(),
      '/SOA4520/SSINInformationService/v1/consult',
      'R10-SSINInformationService/v1/SSINInformationServiceV1.wsdl',
    );
    const record = xpath(r10, 'ssinHistory', 'ssinRecord')!;
    expect([childText(record, 'register'), childText(record, 'status'), childText(record, 'issueDate')]).toEqual(['BIS_REGISTER', 'ACTIVE', NOW.slice(0, 10)]);
  });

  it('refuses invalid data with MSG00008 naming the field, and roles without a row with MSG00013', async () => {
    expect(statusOf(await call(register({ lastName: 'Futur', firstName: 'Jean', birthDate: '2027-01-01' })))).toEqual({
      value: 'NO_RESULT',
      code: 'MSG00008',
      information: ['birthDate=2027-01-01'],
    });
    expect(statusOf(await call(register({ lastName: 'Mois', firstName: 'Jean', birthDate: '1980-13-01' }))).code).toBe('MSG00008');
    const badGender = await call(register({ lastName: 'Genre', firstName: 'Jean', birthDate: '1980-01-01', gender: 'X' }));
    expect(statusOf(badGender).code).toBe('MSG00008');
    expect(childText(badGender, 'person', 'gender')).toBe('X');
    expect(statusOf(await call(register({ lastName: 'Directeur', firstName: 'Jean', birthDate: '1980-01-01' }), auth('-findir'))).code).toBe('MSG00013');
  });

  describe('the classic ManagePerson.createKSZCitizen', () => {
    it('creates a BIS number through the connector WSDL, then refuses the same person with 39011001 and the existing number', async () => {
      const first = await classic(citizen({ lastName: 'Ionescu', firstName: 'Mihai', birthDate: '1979-04-00', genderCode: '1' }));
      expect(first.summary).toMatchObject({ ok: 'YES', returnCode: '0', details: [] });
      expect(first.payload).toMatchObject({ ns: MP_NS, local: 'ManagePersonReply' });
      const ssin = childText(first.payload, 'CreateKSZCitizenResult', 'SSIN')!;
      expect(ssin.slice(0, 6)).toBe('794400');
      expect(checkSsin(ssin, new Date(NOW))).toMatchObject({ ok: true, info: { kind: 'TER', gender: 1 } });
      expect(emu.app.persons.find(ssin)).toMatchObject({ origin: 'BCSS_KSZ', lastName: 'Ionescu' });

      const again = await classic(citizen({ lastName: 'Ionescu', firstName: 'Mihai', birthDate: '1979-04-00' }));
      expect(again.summary.ok).toBe('NO');
      expect(again.summary.details[0]).toMatchObject({ severity: 'ERROR', reasonCode: '39011001', information: [{ name: 'SSIN', value: ssin }] });
      expect(again.payload).toBeUndefined();
    });

    it('gives month + 20 without a Gender, and refuses missing or invalid fields (31000007 / 31000005)', async () => {
      const r = await classic(citizen({ lastName: 'Popa', firstName: 'Ana', birthDate: '1995-02-14' }));
      expect(childText(r.payload, 'CreateKSZCitizenResult', 'SSIN')!.slice(0, 6)).toBe('952214');
      expect((await classic(citizen({ lastName: '', firstName: 'Ana', birthDate: '1995-02-14' }))).summary.details[0].reasonCode).toBe('31000007');
      expect((await classic(citizen({ lastName: 'Popa', firstName: 'Ana', birthDate: '1995-02-14', genderCode: '3' }))).summary.details[0].reasonCode).toBe('31000005');
      expect((await classic(citizen({ lastName: 'Popa', firstName: 'Ana', birthDate: '2030-02-14' }))).summary.details[0]).toMatchObject({
        reasonCode: '31000005',
        information: [{ name: 'CreateKSZCitizen/BirthDate', value: '2030-02-14' }],
      });
    });
  });
});

describe('R11: a created BIS number survives a restart', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-r11-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is still in the BIS register after the emulator is closed and reopened on the same data directory', async () => {
    const emu = await startEmulator({ dataDir: dir, population: 100 });
    let ssin: string;
    try {
      await setClock(emu.url);
      const res = await post(`${emu.url}${PATH}`, register({ lastName: 'Durable', firstName: 'Daria', birthDate: '1992-02-02', gender: 'FEMALE' }), auth());
      ssin = childText(bodyRoot(res.body), 'ssin')!;
      expect(ssin).toMatch(/^924202\d{5}$/);
    } finally {
      await emu.close();
    }
    const reopened = createAppContext(resolveConfig({ dataDir: dir, logLevel: 'silent', population: 100 }));
    try {
      expect(reopened.persons.find(ssin)).toMatchObject({ origin: 'BCSS_KSZ', lastName: 'Durable', firstName: 'Daria', birthDate: '1992-02-02' });
    } finally {
      reopened.close();
    }
  });
});
