import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { ROOMMATE_SSIN } from '../../src/sources/rr/personas';
import { credentials } from '../../fixtures/organisations';
import { statusOf } from '../helpers/newstyle';

const PATH = '/SOA4520/NRPPersonService/v1/searchPersonsByAddress';
const NS = 'http://kszbcss.fgov.be/intf/NRPPersonService/v1';
const WSDL = 'R06-NRPPersonService/v1/NRPPersonServiceV1.wsdl';
const AUTH = basicAuth(GENT.credential.username, GENT.credential.password);
const ADMIN = credentials().find((c) => c.cbe_number === GENT.org.cbe_number && c.role === 'ADMIN_STAFF')!;

/** Veldstraat 12, Gent: Bram Vandenberghe since 2014; the standard persona lived there 2016-05-01..2021-08-31. */
const VELDSTRAAT_12 = '<address><postalCode>9000</postalCode><streetName>Veldstraat</streetName><houseNumber>12</houseNumber></address>';

function request(criteria: string, legalContext = 'PCSA:SOCIAL_INQUIRY'): string {
  return soapEnvelope(
    `<nrp:searchPersonsByAddressRequest xmlns:nrp="${NS}">` +
      `<informationCustomer><ticket>R06-test</ticket><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${legalContext}</legalContext><criteria>${criteria}</criteria></nrp:searchPersonsByAddressRequest>`,
  );
}

interface Resident {
  ssin?: string;
  begin?: string;
  end?: string;
}


const residentsOf = (root: XmlElement): Resident[] =>
  childrenNamed(child(root, 'residents'), 'resident').map((r) => ({
    ssin: childText(r, 'ssin'),
    begin: childText(r, 'residence', 'beginDate'),
    end: childText(r, 'residence', 'endDate'),
  }));

describe('R06 NRPPersonService v1 (modelled): persons at an address', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  /** Posts a request, checks the reply validates against our WSDL, returns the response root. */
  async function call(criteria: string, auth = AUTH): Promise<XmlElement> {
    const res = await post(`${emu.url}${PATH}`, request(criteria), auth);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, WSDL);
    const root = bodyRoot(res.body);
    expect(root.local).toBe('searchPersonsByAddressResponse');
    expect(root.ns).toBe(NS);
    return root;
  }

  /** Every resident a reply lists really has an address row at that house in the National Register. */
  function expectAllLiveAt(root: XmlElement, street: string, house: string) {
    for (const r of residentsOf(root)) {
      const rows = emu.app.rr.addresses(r.ssin!).filter((a) => a.street_nl === street && a.house_number === house && a.begin_date === r.begin);
      expect({ ssin: r.ssin, rows: rows.length }).toEqual({ ssin: r.ssin, rows: 1 });
    }
  }

  it('answers the soap client loading our published WSDL with the residents of Veldstraat 12', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.searchPersonsByAddressAsync({
      informationCustomer: { ticket: 'soap-client', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      criteria: { address: { postalCode: '9000', streetName: 'Veldstraat', houseNumber: '12' } },
    });
    expect(result.status.value).toBe('DATA_FOUND');
    expect(result.status.code).toBe('MSG00000');
    expect(result.informationCBSS.ticketCBSS).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const residents = [].concat(result.residents.resident);
    expect(residents.map((r: { ssin: string }) => r.ssin)).toContain(ROOMMATE_SSIN);
    expect(residents.map((r: { ssin: string }) => r.ssin)).not.toContain(SSIN.standard);
  });

  it('lists today\'s residents in the contract order, with the address as registered', async () => {
    const root = await call(VELDSTRAAT_12);
    expect(elements(root).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'legalContext', 'criteria', 'status', 'address', 'residents']);
    expect(statusOf(root)).toEqual({ value: 'DATA_FOUND', code: 'MSG00000', information: [] });
    expect(childText(root, 'criteria', 'address', 'streetName')).toBe('Veldstraat');
    const address = child(root, 'address');
    expect(childText(address, 'municipality', 'code')).toBe('44021');
    expect(childText(address, 'municipality', 'postalCode')).toBe('9000');
    expect(childrenNamed(path(address, 'municipality', 'name'), 'description').map((d) => `${d.attrs.language}:${childText(d)}`)).toEqual(['NL:Gent', 'FR:Gand']);
    expect(childText(address, 'street', 'name', 'description')).toBe('Veldstraat');
    expect(childText(address, 'houseNumber')).toBe('12');
    const bram = residentsOf(root).find((r) => r.ssin === ROOMMATE_SSIN);
    expect(bram).toEqual({ ssin: ROOMMATE_SSIN, begin: '2014-03-01', end: undefined });
    const first = childrenNamed(child(root, 'residents'), 'resident').find((r) => childText(r, 'ssin') === ROOMMATE_SSIN)!;
    expect(elements(first).map((e) => e.local)).toEqual(['ssin', 'lastName', 'firstName', 'birthDate', 'gender', 'residence']);
    expect([childText(first, 'lastName'), childText(first, 'firstName'), childText(first, 'birthDate'), childText(first, 'gender')]).toEqual(['Vandenberghe', 'Bram', '1984-10-07', '1']);
    expect(residentsOf(root).every((r) => r.end === undefined)).toBe(true);
    expectAllLiveAt(root, 'Veldstraat', '12');
  });

  it('adds the former residents with their periods when history=true', async () => {
    const root = await call(`${VELDSTRAAT_12}<history>true</history>`);
    const residents = residentsOf(root);
    expect(residents).toEqual(expect.arrayContaining([
      { ssin: ROOMMATE_SSIN, begin: '2014-03-01', end: undefined },
      { ssin: SSIN.standard, begin: '2016-05-01', end: '2021-08-31' },
    ]));
    expect(child(root, 'dataFilters')).toBeUndefined();
    expectAllLiveAt(root, 'Veldstraat', '12');
  });

  it('searches at the current address of a person given by SSIN: the family persona\'s household', async () => {
    const root = await call(`<ssin>${SSIN.familyHead}</ssin>`);
    expect(statusOf(root).code).toBe('MSG00000');
    const ssins = residentsOf(root).map((r) => r.ssin);
    expect(ssins).toEqual(expect.arrayContaining([SSIN.familyHead, SSIN.familyPartner, SSIN.familyChild1, SSIN.familyChild2]));
    expect(childText(root, 'address', 'street', 'name', 'description')).toBe('Brugsesteenweg');
    expect(childText(root, 'address', 'houseNumber')).toBe('58');
    expectAllLiveAt(root, 'Brugsesteenweg', '58');
    // The standard persona lives at Dampoortstraat 87 today, not at her former address.
    const standard = await call(`<ssin>${SSIN.standard}</ssin>`);
    expect(residentsOf(standard)).toContainEqual({ ssin: SSIN.standard, begin: '2021-09-01', end: undefined });
    expect(childText(standard, 'address', 'street', 'name', 'description')).toBe('Dampoortstraat');
  });

  it('finds the street by code and municipality code too, and its name without regard to case or accents', async () => {
    const byName = residentsOf(await call(VELDSTRAAT_12));
    const code = childText(await call(VELDSTRAAT_12), 'address', 'street', 'code')!;
    const byCode = residentsOf(await call(`<address><municipalityCode>44021</municipalityCode><streetCode>${code}</streetCode><houseNumber>12</houseNumber></address>`));
    const upper = residentsOf(await call('<address><postalCode>9000</postalCode><streetName>  VÉLDSTRAAT </streetName><houseNumber>12</houseNumber></address>'));
    expect(byCode).toEqual(byName);
    expect(upper).toEqual(byName);
  });

  it('ends the stay of a deceased person on the day of death: only history shows the deceased persona', async () => {
    const address = '<address><postalCode>9000</postalCode><streetName>Brugsesteenweg</streetName><houseNumber>3</houseNumber></address>';
    const res = await post(`${emu.url}${PATH}`, request(address), AUTH);
    validateNewStyleBody(res.body, WSDL);
    expect(residentsOf(bodyRoot(res.body)).map((r) => r.ssin)).not.toContain(SSIN.deceased);
    const history = await call(`${address}<history>true</history>`);
    expect(residentsOf(history)).toContainEqual({ ssin: SSIN.deceased, begin: '1975-06-01', end: '2025-06-14' });
  });

  it('answers NO_DATA_FOUND MSG00100 where nobody is registered', async () => {
    const root = await call('<address><postalCode>9000</postalCode><streetName>Veldstraat</streetName><houseNumber>999b</houseNumber></address>');
    expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(child(root, 'residents')).toBeUndefined();
    expect(childText(root, 'criteria', 'address', 'houseNumber')).toBe('999b');
  });

  it('refuses an address without street or municipality with MSG00008 naming the field', async () => {
    expect(statusOf(await call('<address><postalCode>9000</postalCode><houseNumber>12</houseNumber></address>'))).toEqual({
      value: 'NO_RESULT',
      code: 'MSG00008',
      information: [{ name: 'criteria/address/streetName', value: 'streetCode or streetName is required' }],
    });
    expect(statusOf(await call('<address><streetName>Veldstraat</streetName><houseNumber>12</houseNumber></address>'))).toMatchObject({
      value: 'NO_RESULT',
      code: 'MSG00008',
      information: [{ name: 'criteria/address/postalCode' }],
    });
    // An invalid value is refused too; the criteria are then not echoed, so the reply stays valid.
    const badPostalCode = await call('<address><postalCode>900</postalCode><streetName>Veldstraat</streetName><houseNumber>12</houseNumber></address>');
    expect(statusOf(badPostalCode)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    expect(child(badPostalCode, 'criteria')).toBeUndefined();
  });

  it('answers MSG00005 for a BIS number (National Register only) and the shared SSIN outcomes', async () => {
    expect(statusOf(await call(`<ssin>${SSIN.bis}</ssin>`))).toEqual({ value: 'NO_RESULT', code: 'MSG00005', information: [{ name: 'ssin', value: SSIN.bis }] });
    expect(statusOf(await call(`<ssin>${SSIN.replacedOld}</ssin>`))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00006' });
    expect(statusOf(await call(`<ssin>${SSIN.unknown}</ssin>`))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00005' });
  });

  it('needs no integration: the not-integrated persona\'s address is searchable', async () => {
    const root = await call(`<ssin>${SSIN.notIntegrated}</ssin>`);
    expect(residentsOf(root).map((r) => r.ssin)).toContain(SSIN.notIntegrated);
  });

  it('gives administrative staff today\'s residents only, and says the history was filtered', async () => {
    const root = await call(`${VELDSTRAAT_12}<history>true</history>`, basicAuth(ADMIN.username, ADMIN.password));
    expect(statusOf(root).code).toBe('MSG00000');
    expect(childrenNamed(child(root, 'dataFilters'), 'filteredElement').map((f) => childText(f))).toEqual(['residentHistory']);
    const ssins = residentsOf(root).map((r) => r.ssin);
    expect(ssins).toContain(ROOMMATE_SSIN);
    expect(ssins).not.toContain(SSIN.standard);
  });
});
