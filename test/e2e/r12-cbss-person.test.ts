import * as soap from 'soap';
import { GENT, integrateForGent, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { CONNECTOR, serviceReplies, ssdnRequest } from '../helpers/ssdn';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, path, XmlElement } from '../../src/xml/node';
import { parseXml } from '../../src/xml/parse';
import { Mutations } from '../../src/sources/mutations';
import { BisWrites } from '../../src/sources/bis-writes';
import { SSIN } from '../../fixtures/personas';
import { readPersonUpdate } from '../../src/services/R/CBSSPersonService/request';
import { StatusError } from '../../src/services/types';

const PATH = '/SOA4520/CBSSPersonService/v1/updatePerson';
const NS = 'http://kszbcss.fgov.be/intf/CBSSPersonService/v1';
const WSDL = 'R12-CBSSPersonService/v1/CBSSPersonServiceV1.wsdl';
const auth = (suffix = '') => basicAuth(`${GENT.credential.username}${suffix}`, GENT.credential.password);
const HEAD = `<informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer><legalContext>PCSA:SOCIAL_INQUIRY</legalContext>`;
const NOW = '2026-11-22T10:00:00Z';

function update(ssin: string, inner: string): string {
  return soapEnvelope(`<cp:updatePersonRequest xmlns:cp="${NS}">${HEAD}<personUpdate><ssin>${ssin}</ssin>${inner}</personUpdate></cp:updatePersonRequest>`);
}
const address = (street: string, house: string, postal = '9000', municipality = 'Gent') =>
  `<address><countryCode>150</countryCode><postalCode>${postal}</postalCode><municipality>${municipality}</municipality><street>${street}</street><houseNumber>${house}</houseNumber></address>`;
const contact = (phone?: string, email?: string) => `<contactData>${phone ? `<phoneNumber>${phone}</phoneNumber>` : ''}${email ? `<email>${email}</email>` : ''}</contactData>`;

const statusOf = (root: XmlElement) => ({
  value: childText(root, 'status', 'value'),
  code: childText(root, 'status', 'code'),
  information: childrenNamed(child(root, 'status'), 'information').map((i) => `${childText(i, 'fieldName')}=${childText(i, 'fieldValue') ?? ''}`),
});

describe('R12 CBSSPersonService.updatePerson (modelled)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    await fetch(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: NOW }) });
  });
  afterAll(() => emu.close());

  async function call(body: string, credential = auth(), url = PATH, wsdl = WSDL): Promise<XmlElement> {
    const res = await post(`${emu.url}${url}`, body, credential);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, wsdl);
    return bodyRoot(res.body);
  }

  /** The person as PersonService (R05) shows them. */
  async function r05(ssin: string): Promise<XmlElement> {
    const root = await call(
      soapEnvelope(`<ps:searchPersonBySsinRequest xmlns:ps="http://kszbcss.fgov.be/intf/PersonService/v4">${HEAD}<criteria><ssin>${ssin}</ssin></criteria></ps:searchPersonBySsinRequest>`),
      auth(),
      '/SOA4520/PersonService/v4/consult',
      'R05-PersonService/v4/PersonServiceV4.wsdl',
    );
    return child(root, 'person')!;
  }

  /** The person's address as IdentifyPerson (R04) shows it. */
  async function r04Address(ssin: string): Promise<XmlElement | undefined> {
    const client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
    const ns = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson';
    const [result] = await client.sendXMLAsync(
      ssdnRequest([{ serviceId: 'OCMWCPASIdentifyPerson', version: '20050930', payload: `<IdentifyPersonRequest xmlns="${ns}"><SearchCriteria><SSIN>${ssin}</SSIN></SearchCriteria></IdentifyPersonRequest>` }]),
    );
    return path(serviceReplies(parseXml(String(result)))[0].payload, 'SearchResults', 'LimitedLegalData', 'Basic', 'Address');
  }

  const mutationsOf = (ssin: string) => new Mutations(emu.app.db).forSsin(ssin);

  it('is listed in /_admin/services as a modelled contract', async () => {
    const services = (await (await fetch(`${emu.url}/_admin/services`)).json()) as Record<string, unknown>[];
    expect(services.filter((s) => s.id === 'R12')).toEqual([
      expect.objectContaining({ name: 'CBSSPersonService', style: 'new', contract: 'modelled', version: 'v1', path: PATH, operations: ['updatePerson'] }),
    ]);
  });

  it('changes the address of the bis-person persona through the soap client; R04 and R05 show it; a mutation is recorded', async () => {
    const before = mutationsOf(SSIN.bis).length;
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.updatePersonAsync({
      informationCustomer: { customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      personUpdate: { ssin: SSIN.bis, address: { countryCode: 150, postalCode: '9000', municipality: 'Gent', street: 'Wondelgemstraat', houseNumber: '118' } },
    });
    expect(result.status.code).toBe('MSG00000');
    expect(result.personUpdate.ssin).toBe(SSIN.bis);

    expect(childText(await r04Address(SSIN.bis), 'Street')).toBe('Wondelgemstraat');
    const person = await r05(SSIN.bis);
    expect([childText(person, 'address', 'streetName'), childText(person, 'address', 'houseNumber')]).toEqual(['Wondelgemstraat', '118']);

    const added = mutationsOf(SSIN.bis).slice(before);
    expect(added.map((m) => [m.kind, m.source, m.at])).toEqual([['ADDRESS', 'BIS', expect.stringMatching(/^2026-11-22T10:00/)]]);
    expect(JSON.parse(added[0].details)).toEqual({ country: 150, postalCode: '9000', municipality: 'Gent', street: 'Wondelgemstraat', houseNumber: '118' });
  });

  it('changes contact data: a field left out keeps its value; PersonService shows them', async () => {
    const first = await call(update(SSIN.bis, contact('+32 9 123 45 67', 'olena.k@example.test')));
    expect(elements(first).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'legalContext', 'personUpdate', 'status']);
    expect(statusOf(first)).toEqual({ value: 'DATA_FOUND', code: 'MSG00000', information: [] });
    await call(update(SSIN.bis, contact('0470 11 22 33')));
    const person = await r05(SSIN.bis);
    expect([childText(person, 'contactData', 'phoneNumber'), childText(person, 'contactData', 'email')]).toEqual(['0470 11 22 33', 'olena.k@example.test']);
    expect(new BisWrites(emu.app.db).contact(SSIN.bis)).toEqual({ phoneNumber: '0470 11 22 33', email: 'olena.k@example.test' });
    expect(mutationsOf(SSIN.bis).slice(-2).map((m) => m.kind)).toEqual(['CONTACT_DATA', 'CONTACT_DATA']);
  });

  it('records one mutation per kind when address and contact data change in one request', async () => {
    const before = mutationsOf(SSIN.bis).length;
    await call(update(SSIN.bis, address('Sint-Salvatorstraat', '2') + contact(undefined, 'o.kovalenko@example.test')));
    expect(mutationsOf(SSIN.bis).slice(before).map((m) => m.kind)).toEqual(['ADDRESS', 'CONTACT_DATA']);
  });

  it('refuses a National Register person (BIS00002): the RR owns their data', async () => {
    const before = mutationsOf(SSIN.standard).length;
    expect(statusOf(await call(update(SSIN.standard, address('Elders', '1'))))).toEqual({ value: 'NO_RESULT', code: 'BIS00002', information: [`ssin=${SSIN.standard}`] });
    expect(mutationsOf(SSIN.standard)).toHaveLength(before);
  });

  it('needs the person integrated: a BIS person created by R11 is refused (MSG00012) until Gent integrates them', async () => {
    const created = await call(
      soapEnvelope(
        `<bp:registerPersonRequest xmlns:bp="http://kszbcss.fgov.be/intf/BisPersonService/v1">${HEAD}<person><lastName>Mensah</lastName><firstName>Kofi</firstName><birthDate>1986-06-06</birthDate><gender>MALE</gender><nationality>244</nationality>` +
          `<address><countryCode>244</countryCode><municipality>Accra</municipality></address></person></bp:registerPersonRequest>`,
      ),
      auth(),
      '/SOA4520/BisPersonService/v1/registerPerson',
      'R11-BisPersonService/v1/BisPersonServiceV1.wsdl',
    );
    const ssin = childText(created, 'ssin')!;
    expect(statusOf(await call(update(ssin, address('Kortrijksesteenweg', '20'))))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    expect(mutationsOf(ssin)).toEqual([]);

    integrateForGent(emu.app, ssin);
    expect(statusOf(await call(update(ssin, address('Kortrijksesteenweg', '20')))).code).toBe('MSG00000');
    expect(childText(await r04Address(ssin), 'Street')).toBe('Kortrijksesteenweg');
    expect(mutationsOf(ssin).map((m) => m.kind)).toEqual(['ADDRESS']);
  });

  it('answers the SSIN outcomes, invalid updates (MSG00008) and roles without a row (MSG00013)', async () => {
    expect(statusOf(await call(update(SSIN.replacedOld, address('Meir', '1'))))).toMatchObject({ code: 'MSG00006', information: [`newSSIN=${SSIN.replacedNew}`] });
    expect(statusOf(await call(update(SSIN.unknown, address('Meir', '1')))).code).toBe('MSG00005');
    // The schema step names the missing alternative the way libxml2 lists it (address or contactData).
    expect(statusOf(await call(update(SSIN.bis, '')))).toEqual({ value: 'NO_RESULT', code: 'MSG00008', information: ['personUpdate/contactData='] });
    const badMail = await call(update(SSIN.bis, contact(undefined, 'not-an-address')));
    expect(statusOf(badMail).code).toBe('MSG00008');
    expect(childText(badMail, 'personUpdate', 'contactData', 'email')).toBe('not-an-address');
    expect(statusOf(await call(update(SSIN.bis, address('Meir', '1')), auth('-findir'))).code).toBe('MSG00013');
  });

  /**
   * "An address, contact data or both" is in the contract (xs:choice) and in the emulator's own
   * check alike: for each request, xmllint's verdict against the published schema, the verdict of
   * readPersonUpdate (the check that also holds in lenient mode, where the schema step is waived)
   * and the answer over HTTP are the same. (Element order is the schema step's alone: the emulator
   * reads the request by name.)
   */
  describe('the contract and the emulator agree on what an update must contain', () => {
    const VARIANTS: [string, string, boolean][] = [
      ['only an ssin', '', false],
      ['an empty contactData', '<contactData/>', false],
      ['an address without countryCode', '<address><street>Meir</street></address>', false],
      ['a country code below 100', '<address><countryCode>99</countryCode></address>', false],
      ['a country code above 999', '<address><countryCode>1000</countryCode></address>', false],
      ['an e-mail address without @', contact(undefined, 'not-an-address'), false],
      ['a phone number with letters', contact('call me maybe'), false],
      ['a street of 101 characters', `<address><countryCode>150</countryCode><street>${'x'.repeat(101)}</street></address>`, false],
      ['an address only', address('Meir', '1'), true],
      ['a country code only', '<address><countryCode>150</countryCode></address>', true],
      ['a country code written 0150 (an xsd:int)', '<address><countryCode>0150</countryCode></address>', true],
      ['a phone number only', contact('+32 9 123 45 67'), true],
      ['a phone number with spaces around it', contact(' 09 123 45 67 '), true],
      ['an e-mail address only', contact(undefined, 'olena@example.test'), true],
      ['an address and contact data', address('Meir', '1') + contact('0470 11 22 33', 'olena@example.test'), true],
    ];

    test.each(VARIANTS)('%s', async (_what, inner, valid) => {
      const document = update(SSIN.bis, inner);
      const schemaAccepts = (() => {
        try {
          validateNewStyleBody(document, WSDL);
          return true;
        } catch {
          return false;
        }
      })();
      const emulatorAccepts = (() => {
        try {
          readPersonUpdate(bodyRoot(document));
          return true;
        } catch (e) {
          if (e instanceof StatusError && e.def.code === 'MSG00008') return false;
          throw e;
        }
      })();
      const answered = statusOf(await call(document)).code;
      expect({ schemaAccepts, emulatorAccepts, answered }).toEqual({ schemaAccepts: valid, emulatorAccepts: valid, answered: valid ? 'MSG00000' : 'MSG00008' });
    });
  });
});
