import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const PATH = '/SOA4520/PersonService/v4/consult';
const NS = 'http://kszbcss.fgov.be/intf/PersonService/v4';
const WSDL = 'R05-PersonService/v4/PersonServiceV4.wsdl';
const auth = (suffix = '') => basicAuth(`${GENT.credential.username}${suffix}`, GENT.credential.password);
const HEAD = `<informationCustomer><ticket>R05-test</ticket><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>`;

const blocksXml = (blocks?: string[]) => (blocks ? `<dataBlocks>${blocks.map((b) => `<dataBlock>${b}</dataBlock>`).join('')}</dataBlocks>` : '');

function bySsin(ssin: string, blocks?: string[], legalContext = 'PCSA:SOCIAL_INQUIRY'): string {
  return soapEnvelope(
    `<ps:searchPersonBySsinRequest xmlns:ps="${NS}">${HEAD}<legalContext>${legalContext}</legalContext>` +
      `<criteria><ssin>${ssin}</ssin>${blocksXml(blocks)}</criteria></ps:searchPersonBySsinRequest>`,
  );
}

interface ByName {
  lastName: string;
  firstName?: string;
  birthDate: string;
  gender?: string;
  max?: number;
  blocks?: string[];
}

function byName(c: ByName): string {
  return soapEnvelope(
    `<ps:searchPersonsByNameRequest xmlns:ps="${NS}">${HEAD}<legalContext>SOCIAL_INVESTIGATION_OF_PCSA</legalContext><criteria>` +
      `<lastName>${c.lastName}</lastName>${c.firstName ? `<firstName>${c.firstName}</firstName>` : ''}<birthDate>${c.birthDate}</birthDate>` +
      `${c.gender ? `<gender>${c.gender}</gender>` : ''}${c.max ? `<maximumResults>${c.max}</maximumResults>` : ''}${blocksXml(c.blocks)}` +
      `</criteria></ps:searchPersonsByNameRequest>`,
  );
}

const statusOf = (root: XmlElement) => ({
  value: childText(root, 'status', 'value'),
  code: childText(root, 'status', 'code'),
  information: childrenNamed(child(root, 'status'), 'information').map((i) => `${childText(i, 'fieldName')}=${childText(i, 'fieldValue') ?? ''}`),
});
const blocksOf = (person: XmlElement | undefined) => elements(person!).map((e) => e.local);

describe('R05 PersonService V4 (modelled)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
    await fetch(`${emu.url}/_admin/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2026-11-22T10:00:00Z' }) });
  });
  afterAll(() => emu.close());

  /** Posts a request, validates the reply against our WSDL, returns the response root. */
  async function call(body: string, credential = auth(), url = PATH): Promise<XmlElement> {
    const res = await post(`${emu.url}${url}`, body, credential);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, WSDL);
    const root = bodyRoot(res.body);
    expect(root.ns).toBe(NS);
    return root;
  }

  it('is listed in /_admin/services as a modelled contract', async () => {
    const services = (await (await fetch(`${emu.url}/_admin/services`)).json()) as Record<string, unknown>[];
    expect(services.filter((s) => s.id === 'R05')).toEqual([
      expect.objectContaining({ name: 'PersonService', style: 'new', contract: 'modelled', version: 'v4', path: PATH, operations: ['searchPersonBySsin', 'searchPersonsByName'] }),
    ]);
  });

  it('answers searchPersonBySsin through the soap client loading our published WSDL', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.searchPersonBySsinAsync({
      informationCustomer: { ticket: 'soap-client', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      criteria: { ssin: SSIN.standard },
    });
    expect(result.status.value).toBe('DATA_FOUND');
    expect(result.status.code).toBe('MSG00000');
    expect(result.person.names.lastName).toBe('Claes');
    expect(result.person.register).toBe('NATIONAL_REGISTER');
    expect(result.person.address.houseNumber).toBe('87');
  });

  it('answers searchPersonsByName through the soap client', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.searchPersonsByNameAsync({
      informationCustomer: { customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      criteria: { lastName: 'Janssens', firstName: 'Maria', birthDate: '1985-03-00' },
    });
    expect(result.status.value).toBe('DATA_FOUND');
    const persons = [].concat(result.persons.person);
    expect(persons.map((p: { ssin: { $value?: string } | string }) => (typeof p.ssin === 'string' ? p.ssin : p.ssin.$value))).toEqual([SSIN.phonetic2]);
  });

  it('returns every block of a National Register person, in the contract order', async () => {
    const root = await call(bySsin(SSIN.familyHead));
    expect(elements(root).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'legalContext', 'criteria', 'status', 'ssin', 'person']);
    expect(statusOf(root)).toEqual({ value: 'DATA_FOUND', code: 'MSG00000', information: [] });
    const person = child(root, 'person')!;
    expect(blocksOf(person)).toEqual(['ssin', 'register', 'names', 'birth', 'gender', 'nationality', 'civilState', 'address']);
    expect(childText(person, 'names', 'firstName')).toBe('Youssef');
    expect(childText(person, 'birth', 'birthDate')).toBe('1980-01-20');
    expect(childText(person, 'gender')).toBe('MALE');
    expect(childText(person, 'nationality')).toBe('150');
    expect(childText(person, 'civilState', 'code')).toBe('20');
    expect(childText(person, 'civilState', 'beginDate')).toBe('2009-06-20');
    const address = child(person, 'address')!;
    expect(childText(address, 'municipalityCode')).toBe('44021');
    expect(childrenNamed(address, 'municipalityName').map((m) => `${m.attrs.language}:${childText(m)}`)).toEqual(['NL:Gent', 'FR:Gand']);
    expect(childText(address, 'streetName')).toBe('Brugsesteenweg');
  });

  it('needs no integration: the not-integrated persona is answered, where TX25 refuses him (MSG00012)', async () => {
    const root = await call(bySsin(SSIN.notIntegrated));
    expect(statusOf(root).code).toBe('MSG00000');
    expect(childText(root, 'person', 'names', 'lastName')).toBe('Wouters');
    const [row] = emu.app.journal.recent({ ssin: SSIN.notIntegrated, limit: 1 });
    expect(row).toMatchObject({ service_id: 'R05', decision: 'ALLOW', inscription_id: null });

    const tx25 = await post(
      `${emu.url}/SOA4520/RetrieveTIGroupsService/v2/retrieveTI`,
      soapEnvelope(
        `<v2:retrieveTIGroupsRequest xmlns:v2="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2">${HEAD}<legalContext>PCSA:SOCIAL_INQUIRY</legalContext><searchInformation><ssin>${SSIN.notIntegrated}</ssin></searchInformation></v2:retrieveTIGroupsRequest>`,
      ),
      auth(),
    );
    expect(childText(bodyRoot(tx25.body), 'status', 'code')).toBe('MSG00012');
  });

  it('returns only the blocks asked for', async () => {
    const person = child(await call(bySsin(SSIN.standard, ['address', 'names'])), 'person');
    expect(blocksOf(person)).toEqual(['ssin', 'register', 'names', 'address']);
  });

  it('gives administrative staff identity, address and decease only, and lists what was filtered', async () => {
    const root = await call(bySsin(SSIN.familyHead), auth('-admin'));
    expect(statusOf(root).code).toBe('MSG00000');
    expect(childrenNamed(child(root, 'dataFilters'), 'filteredElement').map((e) => childText(e))).toEqual(['nationality', 'civilState', 'contactData']);
    expect(blocksOf(child(root, 'person'))).toEqual(['ssin', 'register', 'names', 'birth', 'gender', 'address']);
    // Asking only for what the role may not see is refused.
    const refused = await call(bySsin(SSIN.familyHead, ['civilState']), auth('-admin'));
    expect(statusOf(refused)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
  });

  it('answers a BIS register person from the BIS register', async () => {
    const person = child(await call(bySsin(SSIN.bis)), 'person')!;
    expect(childText(person, 'register')).toBe('BIS_REGISTER');
    expect(childText(person, 'gender')).toBe('FEMALE');
    expect(childText(person, 'nationality')).toBe('682');
    expect(childText(person, 'birth', 'birthPlace')).toBe('Kharkiv');
    expect(child(person, 'civilState')).toBeUndefined();
    const address = child(person, 'address');
    expect([childText(address, 'postalCode'), childText(address, 'municipalityName'), childText(address, 'streetName'), childText(address, 'houseNumber')]).toEqual([
      '9000',
      'Gent',
      'Dampoortstraat',
      '44',
    ]);
  });

  it('flags the SSIN: the National Register number that replaced a BIS number says so', async () => {
    const root = await call(bySsin(SSIN.replacedNew));
    expect(child(root, 'ssin')!.attrs).toEqual({ replaces: SSIN.replacedOld });
        expect(path(root, 'person', 'ssin')!.attrs).toEqual({});
  });

  it('answers the SSIN outcomes of the personas', async () => {
    expect(statusOf(await call(bySsin(SSIN.replacedOld)))).toEqual({ value: 'NO_RESULT', code: 'MSG00006', information: [`newSSIN=${SSIN.replacedNew}`] });
    expect(statusOf(await call(bySsin(SSIN.cancelled)))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00007' });
    expect(statusOf(await call(bySsin(SSIN.unknown)))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00005' });
    const deceased = await call(bySsin(SSIN.deceased, ['decease']));
    expect(childText(deceased, 'person', 'decease', 'deceaseDate')).toBe('2025-06-14');
    expect(childText(deceased, 'person', 'decease', 'deceasePlace')).toBe('Gent');
  });

  describe('searchPersonsByName', () => {
    const ssinsOf = (root: XmlElement) => childrenNamed(child(root, 'persons'), 'person').map((p) => childText(p, 'ssin'));

    it('finds the last name phonetically, with 00 in the birth date matching any day', async () => {
      const root = await call(byName({ lastName: 'Janssens', birthDate: '1985-03-00' }));
      expect(elements(root).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'legalContext', 'criteria', 'status', 'persons']);
      expect(ssinsOf(root)).toEqual([SSIN.phonetic1, SSIN.phonetic2, SSIN.phonetic3]);
      expect(ssinsOf(await call(byName({ lastName: 'Jansens', firstName: 'marie', birthDate: '1985-03-00' })))).toEqual([SSIN.phonetic1, SSIN.phonetic3]);
      expect(ssinsOf(await call(byName({ lastName: 'Janssen', birthDate: '1985-03-16' })))).toEqual([SSIN.phonetic2]);
    });

    it('refuses more matches than maximumResults (PRS00010) and answers NO_DATA_FOUND when nobody matches', async () => {
      expect(statusOf(await call(byName({ lastName: 'Janssens', birthDate: '1985-03-00', max: 2 })))).toEqual({
        value: 'NO_RESULT',
        code: 'PRS00010',
        information: ['maximumResults=2', 'numberOfMatches=3'],
      });
      const none = await call(byName({ lastName: 'Janssens', birthDate: '1985-04-00' }));
      expect(statusOf(none)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect(child(none, 'persons')).toBeUndefined();
    });

    it('returns replaced and cancelled numbers flagged', async () => {
      const benali = await call(byName({ lastName: 'Benali', birthDate: '1982-07-15', blocks: ['names'] }));
      const persons = childrenNamed(child(benali, 'persons'), 'person');
      expect(persons.map((p) => [childText(p, 'ssin'), child(p, 'ssin')!.attrs, childText(p, 'register')])).toEqual([
        [SSIN.replacedNew, {}, 'NATIONAL_REGISTER'],
        [SSIN.replacedOld, { replacedBy: SSIN.replacedNew }, 'BIS_REGISTER'],
      ]);
      const martin = await call(byName({ lastName: 'Martin', firstName: 'Julie', birthDate: '1975-09-09', gender: 'FEMALE' }));
      expect(path(martin, 'persons', 'person', 'ssin')!.attrs).toEqual({ canceled: 'true' });
    });

    it('refuses invalid criteria with MSG00008 naming the field', async () => {
      expect(statusOf(await call(byName({ lastName: 'Janssens', birthDate: '1985-13-00' })))).toMatchObject({ code: 'MSG00008', information: ['birthDate=1985-13-00'] });
      expect(statusOf(await call(byName({ lastName: 'Janssens', birthDate: '1985-03-00', blocks: ['income'] })))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    });
  });

  it('refuses a legal context outside its authorization rows (MSG00013)', async () => {
    expect(statusOf(await call(bySsin(SSIN.standard, undefined, 'PCSA:DEBT_RECOVERY')))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
  });
});
