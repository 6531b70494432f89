import * as soap from 'soap';
import { GENT, integrateForGent, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { callValidated } from '../helpers/newstyle';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { credentials } from '../../fixtures/organisations';

const PATH = '/SOA4520/ConsultPatrimonyCPASService/findProperties';
const NS = 'http://kszbcss.fgov.be/intf/ConsultPatrimonyCPASService/v1';
const WSDL = 'S11-ConsultPatrimonyCPAS/v1/ConsultPatrimonyCPASV1.wsdl';
const TODAY = '2026-11-16';

function gentAuth(role: string): Record<string, string> {
  const c = credentials().find((x) => x.cbe_number === GENT.org.cbe_number && x.role === role)!;
  return basicAuth(c.username, c.password);
}

/** Cadnet's status: its code and the codes of its informationMessages. */
const statusOf = (root: XmlElement) => ({
  code: childText(root, 'status', 'code'),
  messages: childrenNamed(child(root, 'status'), 'informationMessage').map((m) => childText(m, 'code')),
});
const propertiesOf = (root: XmlElement) =>
  childrenNamed(child(root, 'businessData'), 'property').map((p) => `${childText(p, 'ownerSsin')} ${childText(p, 'nisCode')} ${childText(p, 'right')} ${childText(p, 'shareNumerator')}/${childText(p, 'shareDenominator')}`);

describe('S11 ConsultPatrimonyCPAS v1 (Cadnet)', () => {
  let emu: TestEmulator;
  let client: soap.Client;

  beforeAll(async () => {
    emu = await startEmulator();
    emu.app.clock.set(new Date(`${TODAY}T10:00:00Z`));
    client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  });
  afterAll(() => emu.close());

  async function find(ssin: string, naturePerson = '1', language = 'NL'): Promise<XmlElement> {
    const root = await callValidated(
      client,
      'findProperties',
      { informationCustomer: { ticket: 'CADNET-TEST', customerIdentification: { cbeNumber: GENT.org.cbe_number } }, searchCriterion: { naturalPerson: { ssin }, naturePerson, language } },
      WSDL,
    );
    expect(root.local).toBe('findPropertiesResponse');
    expect(root.ns).toBe(NS);
    expect(child(root, 'legalContext')).toBeUndefined();
    expect(childText(root, 'searchCriterion', 'naturalPerson', 'ssin')).toBe(ssin);
    return root;
  }

  it('offers findProperties', () => {
    expect(Object.keys(client.describe().ConsultPatrimonyCPASService.ConsultPatrimonyCPASService)).toEqual(['findProperties']);
  });

  it('the property-owner: her partner from the National Register and her two properties', async () => {
    const root = await find(SSIN.propertyOwner);
    expect(statusOf(root)).toEqual({ code: 'PERSON_WITH_PROPERTIES_AND_PARTNER', messages: [] });
    expect(childText(root, 'businessData', 'person', 'partner', 'ssin')).toBe(SSIN.propertyOwnerPartner);
    expect(childText(root, 'businessData', 'naturePerson')).toBe('1');
    expect(propertiesOf(root)).toEqual([`${SSIN.propertyOwner} 44021 FULL_OWNERSHIP 1/2`, `${SSIN.propertyOwner} 35013 BARE_OWNERSHIP 1/2`]);
  });

  it('naturePerson 2 gives the partner\'s properties, 3 both', async () => {
    expect(propertiesOf(await find(SSIN.propertyOwner, '2'))).toEqual([`${SSIN.propertyOwnerPartner} 44021 FULL_OWNERSHIP 1/2`]);
    expect(propertiesOf(await find(SSIN.propertyOwner, '3'))).toHaveLength(3);
  });

  it('describes in the requested language', async () => {
    const [house] = childrenNamed(child(await find(SSIN.propertyOwner, '1', 'FR'), 'businessData'), 'property');
    expect([childText(house, 'municipality'), childText(house, 'nature'), childText(house, 'division')]).toEqual(['Gand', 'Maison', 'GAND 1 DIV']);
  });

  it('the standard persona: no partner, no property', async () => {
    const root = await find(SSIN.standard);
    expect(statusOf(root).code).toBe('PERSON_WITHOUT_PARTNER_AND_PROPERTIES');
    expect(propertiesOf(root)).toEqual([]);
  });

  it('a married person of the population without a right: partner named, no property', async () => {
    const couple = emu.app.db.prepare(`SELECT p.ssin, p.partner_ssin FROM rr_person p JOIN rr_person q ON q.ssin = p.partner_ssin
      WHERE p.status = 'ACTIVE' AND p.civil_state = 20 AND p.decease_date IS NULL AND q.decease_date IS NULL
        AND NOT EXISTS (SELECT 1 FROM cadastre_right r WHERE r.owner_ssin = p.ssin) ORDER BY p.ssin LIMIT 1`).get() as { ssin: string; partner_ssin: string };
    integrateForGent(emu.app, couple.ssin, 2);
    const root = await find(couple.ssin);
    expect(statusOf(root)).toEqual({ code: 'PERSON_WITH_PARTNER_WITHOUT_PROPERTIES', messages: [] });
    expect(childText(root, 'businessData', 'person', 'partner', 'ssin')).toBe(couple.partner_ssin);
    expect(propertiesOf(root)).toEqual([]);
  });

  it('a BIS person without a right is unknown to FOD Financiën', async () => {
    const root = await find(SSIN.bis);
    expect(statusOf(root).code).toBe('PERSON_UNKNOWN_FODFIN');
    expect(child(root, 'businessData')).toBeUndefined();
  });

  it('the KSZ checks answer VALIDATION_ERROR with their code', async () => {
    // The KSZ code first, then the fields the refusal names (the SSIN, the caller, ...).
    expect(statusOf(await find(SSIN.notIntegrated))).toEqual({ code: 'VALIDATION_ERROR', messages: expect.arrayContaining(['MSG00012', 'ssin']) });
    expect(statusOf(await find(SSIN.notIntegrated)).messages[0]).toBe('MSG00012');
    expect(statusOf(await find(SSIN.unknown)).messages[0]).toBe('MSG00005');
  });

  it('refuses administrative staff, lets the financial director ask', async () => {
    const body = `<c:findPropertiesRequest xmlns:c="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer><searchCriterion><naturalPerson><ssin>${SSIN.propertyOwner}</ssin></naturalPerson><naturePerson>1</naturePerson><language>NL</language></searchCriterion></c:findPropertiesRequest>`;
    const send = async (role: string) => {
      const res = await post(`${emu.url}${PATH}`, soapEnvelope(body), { ...gentAuth(role), SOAPAction: 'http://kszbcss.fgov.be/ConsultPatrimonyCPASService/findProperties' });
      validateNewStyleBody(res.body, WSDL);
      return statusOf(bodyRoot(res.body));
    };
    expect(await send('ADMIN_STAFF')).toEqual({ code: 'VALIDATION_ERROR', messages: ['MSG00013', 'role'] });
    expect((await send('FINANCIAL_DIRECTOR')).code).toBe('PERSON_WITH_PROPERTIES_AND_PARTNER');
  });

  it('answers generated owners with one of the four answers, valid against the schema', async () => {
    const personas = new Set<string>(Object.values(SSIN));
    const owners = (emu.app.db.prepare('SELECT DISTINCT owner_ssin AS id FROM cadastre_right WHERE owner_ssin IS NOT NULL ORDER BY id').all() as { id: string }[]).map((r) => r.id).filter((s) => !personas.has(s));
    const answers = new Set<string>();
    for (const ssin of owners.slice(0, 10)) {
      integrateForGent(emu.app, ssin);
      for (const naturePerson of ['1', '3']) answers.add(statusOf(await find(ssin, naturePerson)).code!);
    }
    expect([...answers].every((c) => /^PERSON_WITH(OUT)?_/.test(c))).toBe(true);
  });

  it('a naturePerson outside 1..3 is refused by the schema: VALIDATION_ERROR MSG00008', async () => {
    const body = `<c:findPropertiesRequest xmlns:c="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer><searchCriterion><naturalPerson><ssin>${SSIN.propertyOwner}</ssin></naturalPerson><naturePerson>4</naturePerson><language>NL</language></searchCriterion></c:findPropertiesRequest>`;
    const res = await post(`${emu.url}${PATH}`, soapEnvelope(body), { ...gentAuth('SOCIAL_WORKER'), SOAPAction: 'http://kszbcss.fgov.be/ConsultPatrimonyCPASService/findProperties' });
    expect(res.status).toBe(200);
    expect(statusOf(bodyRoot(res.body))).toMatchObject({ code: 'VALIDATION_ERROR', messages: expect.arrayContaining(['MSG00008']) });
  });
});
