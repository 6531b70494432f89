import * as soap from 'soap';
import { GENT, integrateForGent, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { callValidated, statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { credentials } from '../../fixtures/organisations';
import { PERSONA_ENTERPRISE } from '../../src/sources/cadastre';

const PATH = '/SOA4520/PatrimonyService/consult';
const NS = 'http://kszbcss.fgov.be/intf/PatrimonyService/v1';
const WSDL = 'S11-PatrimonyService/v1/PatrimonyServiceV1.wsdl';
const TODAY = '2026-11-16';
const KBO = PERSONA_ENTERPRISE.kbo;

function gentAuth(role: string): Record<string, string> {
  const c = credentials().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return basicAuth(c.username, c.password);
}

/** Each property of a reply as "nis division section parcelNumber right share begin..end". */
const propertiesOf = (root: XmlElement) =>
  childrenNamed(child(root, 'properties'), 'property').map((p) => {
    const parcel = child(p, 'parcel');
    return [
      childText(parcel, 'municipality', 'nisCode'),
      childText(parcel, 'division', 'code'),
      childText(parcel, 'parcelNumber'),
      childText(p, 'right', 'type'),
      `${childText(p, 'right', 'share', 'numerator')}/${childText(p, 'right', 'share', 'denominator')}`,
      `${childText(p, 'validity', 'beginDate')}..${childText(p, 'validity', 'endDate') ?? ''}`,
    ].join(' ');
  });

describe('S11 PatrimonyService v1', () => {
  let emu: TestEmulator;
  let client: soap.Client;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  });
  afterAll(() => emu.close());

  const head = { informationCustomer: { ticket: 'S11-TEST', customerIdentification: { cbeNumber: GENT.org.cbe_number } }, legalContext: 'SOCIAL_INVESTIGATION_OF_PCSA' };
  async function call(operation: string, searchCriteria: Record<string, unknown>): Promise<XmlElement> {
    const root = await callValidated(client, operation, { ...head, searchCriteria }, WSDL);
    expect(root.local).toBe(`${operation}Response`);
    expect(root.ns).toBe(NS);
    expect(childText(root, 'informationCustomer', 'ticket')).toBe('S11-TEST');
    return root;
  }

  it('offers the three operations of its WSDL', () => {
    const ops = client.describe().PatrimonyService.PatrimonyService;
    expect(Object.keys(ops).sort()).toEqual(['consultEnterpriseImmovableProperties', 'consultImmovableProperties', 'findDivisionByEnterpriseNumber']);
  });

  describe('consultImmovableProperties', () => {
    it('gives the rights the property-owner holds today, with their co-owners', async () => {
      const root = await call('consultImmovableProperties', { ssin: SSIN.propertyOwner, withCoOwners: true, language: 'NL' });
      expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
      expect(propertiesOf(root)).toEqual(['44021 44001 0412/02B000 FULL_OWNERSHIP 1/2 2012-03-15..', '35013 35003 1208/00K004 BARE_OWNERSHIP 1/2 2019-07-01..']);
      const [house, flat] = childrenNamed(child(root, 'properties'), 'property');
      expect(childText(house, 'parcel', 'nature', 'description')).toBe('Huis');
      expect(childText(house, 'parcel', 'cadastralIncome')).toBe('1247.00');
      expect(childText(house, 'address', 'street')).toBe('Veldstraat');
      expect(childrenNamed(child(house, 'coOwners'), 'coOwner').map((c) => childText(c, 'ssin'))).toEqual([SSIN.propertyOwnerPartner]);
      expect(childrenNamed(child(flat, 'coOwners'), 'coOwner').map((c) => `${childText(c, 'name')} ${childText(c, 'right', 'type')}`)).toEqual(['VERSTRAETE Koen BARE_OWNERSHIP', 'MAES Godelieve USUFRUCT']);
    });

    it('leaves the co-owners out unless asked, and speaks French when asked', async () => {
      const root = await call('consultImmovableProperties', { ssin: SSIN.propertyOwner, language: 'FR' });
      const [house, flat] = childrenNamed(child(root, 'properties'), 'property');
      expect(child(house, 'coOwners')).toBeUndefined();
      expect(childText(house, 'parcel', 'nature', 'description')).toBe('Maison');
      expect(childText(flat, 'parcel', 'municipality', 'name')).toBe('Ostende');
      expect(childText(flat, 'parcel', 'division', 'name')).toBe('OSTENDE 2 DIV');
    });

    it('gives the full history: also the studio she sold in 2012', async () => {
      const root = await call('consultImmovableProperties', { ssin: SSIN.propertyOwner, fullHistory: true, language: 'NL' });
      expect(propertiesOf(root)[0]).toBe('44021 44002 0731/02A012 FULL_OWNERSHIP 1/1 2001-06-01..2012-03-14');
      expect(propertiesOf(root)).toHaveLength(3);
    });

    it('gives the rights held during a period', async () => {
      const root = await call('consultImmovableProperties', { ssin: SSIN.propertyOwner, period: { beginDate: '2012-01-01', endDate: '2012-12-31' }, language: 'NL' });
      expect(propertiesOf(root).map((p) => p.split(' ')[2])).toEqual(['0731/02A012', '0412/02B000']);
    });

    it('answers NO_DATA_FOUND for a person who owns nothing', async () => {
      const root = await call('consultImmovableProperties', { ssin: SSIN.standard, language: 'NL' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      expect(child(root, 'properties')).toBeUndefined();
    });

    it('refuses a period that ends before it begins: MSG00008', async () => {
      const root = await call('consultImmovableProperties', { ssin: SSIN.propertyOwner, period: { beginDate: '2020-01-01', endDate: '2019-01-01' }, language: 'NL' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'searchCriteria/period' }] });
    });

    it('refuses a person OCMW Gent has not integrated: MSG00012', async () => {
      const root = await call('consultImmovableProperties', { ssin: SSIN.notIntegrated, language: 'NL' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    });
  });

  describe('the enterprise operations', () => {
    it('findDivisionByEnterpriseNumber: the divisions of the rights held today, or ever with history', async () => {
      const today = await call('findDivisionByEnterpriseNumber', { enterpriseNumber: KBO, language: 'NL' });
      expect(childrenNamed(child(today, 'divisions'), 'division').map((d) => `${childText(d, 'code')} ${childText(d, 'name')}`)).toEqual(['44007 GENT 7 AFD']);
      const ever = await call('findDivisionByEnterpriseNumber', { enterpriseNumber: KBO, history: true, language: 'NL' });
      expect(childrenNamed(child(ever, 'divisions'), 'division').map((d) => childText(d, 'code'))).toEqual(['35004', '44007']);
    });

    it('consultEnterpriseImmovableProperties: the properties in one division', async () => {
      const root = await call('consultEnterpriseImmovableProperties', { enterpriseNumber: KBO, division: '44007', language: 'NL' });
      expect(propertiesOf(root)).toEqual(['44021 44007 1560/03C000 FULL_OWNERSHIP 1/1 2008-10-01..']);
      const sold = await call('consultEnterpriseImmovableProperties', { enterpriseNumber: KBO, division: '35004', language: 'NL' });
      expect(statusOf(sold)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
      const history = await call('consultEnterpriseImmovableProperties', { enterpriseNumber: KBO, division: '35004', fullHistory: true, language: 'NL' });
      expect(propertiesOf(history)).toEqual(['35013 35004 0045/00_000 FULL_OWNERSHIP 1/1 2015-02-01..2022-09-30']);
    });

    it('refuses an enterprise number with wrong check digits: MSG00008', async () => {
      const root = await call('findDivisionByEnterpriseNumber', { enterpriseNumber: '0876543271', language: 'NL' });
      expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'searchCriteria/enterpriseNumber', value: '0876543271' }] });
    });
  });

  describe('authorization rows', () => {
    const body = (legalContext: string) =>
      `<ps:consultImmovablePropertiesRequest xmlns:ps="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>${legalContext}</legalContext><searchCriteria><ssin>${SSIN.propertyOwner}</ssin><language>NL</language></searchCriteria></ps:consultImmovablePropertiesRequest>`;
    const send = async (role: string, legalContext: string) => {
      const res = await post(`${emu.url}${PATH}`, soapEnvelope(body(legalContext)), { ...gentAuth(role), SOAPAction: `http://kszbcss.fgov.be/PatrimonyService/consultImmovableProperties` });
      return statusOf(bodyRoot(res.body));
    };

    it('lets the financial director consult under PCSA:DEBT_RECOVERY, not under the social inquiry', async () => {
      expect(await send('FINANCIAL_DIRECTOR', 'PCSA:DEBT_RECOVERY')).toMatchObject({ value: 'DATA_FOUND' });
      expect(await send('FINANCIAL_DIRECTOR', 'SOCIAL_INVESTIGATION_OF_PCSA')).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    });

    it('refuses administrative staff', async () => {
      expect(await send('ADMIN_STAFF', 'SOCIAL_INVESTIGATION_OF_PCSA')).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    });
  });

  describe('generated population', () => {
    it('answers valid replies about generated owners and enterprises', async () => {
      const personas = new Set<string>(Object.values(SSIN));
      const owners = (emu.app.db.prepare('SELECT DISTINCT owner_ssin AS id FROM cadastre_right WHERE owner_ssin IS NOT NULL ORDER BY id').all() as { id: string }[]).map((r) => r.id).filter((s) => !personas.has(s) && emu.app.db.prepare('SELECT 1 FROM rr_person WHERE ssin = ?').get(s));
      const enterprises = (emu.app.db.prepare('SELECT DISTINCT owner_kbo AS id FROM cadastre_right WHERE owner_kbo IS NOT NULL AND owner_kbo <> ? ORDER BY id').all(KBO) as { id: string }[]).map((r) => r.id);
      expect(owners.length).toBeGreaterThan(10);
      expect(enterprises.length).toBeGreaterThan(2);
      for (const ssin of owners.slice(0, 8)) {
        integrateForGent(emu.app, ssin);
        const root = await call('consultImmovableProperties', { ssin, withCoOwners: true, fullHistory: true, language: 'FR' });
        expect(statusOf(root).value).toBe('DATA_FOUND');
      }
      for (const enterpriseNumber of enterprises.slice(0, 4)) {
        const found = await call('findDivisionByEnterpriseNumber', { enterpriseNumber, history: true, language: 'NL' });
        expect(statusOf(found).value).toBe('DATA_FOUND');
        const division = childText(child(found, 'divisions'), 'division', 'code')!;
        const root = await call('consultEnterpriseImmovableProperties', { enterpriseNumber, division, fullHistory: true, language: 'NL' });
        expect(statusOf(root).value).toBe('DATA_FOUND');
      }
    });
  });

  it('publishes its endpoint in its WSDL', async () => {
    const wsdl = await (await fetch(`${emu.url}${PATH}?wsdl`)).text();
    expect(wsdl).toContain(PATH);
  });
});
