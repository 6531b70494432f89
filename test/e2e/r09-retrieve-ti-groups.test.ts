import * as soap from 'soap';
import { GENT, integrateForGent, LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, faultOf, post, soapEnvelope } from '../helpers/http';
import { extractWsdlSchema, validateAgainst, validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, path, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { handleNewStyle } from '../../src/pipeline/newStyle';
import { resolveNewStyle } from '../../src/services/resolve';
import type { HttpReply } from '../../src/pipeline/http';
import { retrieveTIGroupsV1Service } from '../../src/services/R/RetrieveTIGroupsService/service';
import { statusOf } from '../helpers/newstyle';

const PATH = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';
const NS = 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2';
const WSDL = 'R09-RetrieveTIGroupsService/v2/RetrieveTIGroupsV2.wsdl';
const NS_V1 = 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v1';
const WSDL_V1 = 'R09-RetrieveTIGroupsService/v1/RetrieveTIGroupsV1.wsdl';
const RN = 'http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema';
const AUTH = basicAuth(GENT.credential.username, GENT.credential.password);

interface RequestOptions {
  ssin: string;
  language?: string;
  history?: boolean;
  legalContext?: string | null;
  cbe?: string;
}

/** A hand-built v2 request; legalContext null leaves it out. */
function request({ ssin, language, history, legalContext = 'PCSA:SOCIAL_INQUIRY', cbe = GENT.org.cbe_number }: RequestOptions, ns = NS): string {
  return soapEnvelope(
    `<tx:retrieveTIGroupsRequest xmlns:tx="${ns}">` +
      `<informationCustomer><ticket>R09-test</ticket><timestampSent>2026-01-15T10:00:00+01:00</timestampSent>` +
      `<customerIdentification><cbeNumber>${cbe}</cbeNumber></customerIdentification></informationCustomer>` +
      (legalContext === null ? '' : `<legalContext>${legalContext}</legalContext>`) +
      `<searchInformation><ssin>${ssin}</ssin>` +
      (language ? `<language>${language}</language>` : '') +
      (history === undefined ? '' : `<history>${history}</history>`) +
      `</searchInformation></tx:retrieveTIGroupsRequest>`,
  );
}

describe('R09 RetrieveTIGroupsService v2 (TX25)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  /** Posts a request, checks the reply validates against our WSDL, returns the response root. */
  async function call(options: RequestOptions): Promise<XmlElement> {
    const res = await post(`${emu.url}${PATH}`, request(options), AUTH);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, WSDL);
    const root = bodyRoot(res.body);
    expect(root.local).toBe('retrieveTIGroupsResponse');
    expect(root.ns).toBe(NS);
    return root;
  }

  const file = (root: XmlElement) => child(root, 'rrn_it_implicit')!;
  const dateOf = (el: XmlElement | undefined) =>
    `${childText(el, 'Century')}${childText(el, 'Year')}-${childText(el, 'Month')}-${childText(el, 'Day')}`;

  it('answers the soap client loading our published WSDL with the standard persona file', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.retrieveTIAsync({
      informationCustomer: { ticket: 'soap-client', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      searchInformation: { ssin: SSIN.standard, language: 'nl', history: false },
    });
    expect(result.status.value).toBe('DATA_FOUND');
    expect(result.status.code).toBe('MSG00000');
    expect(result.searchInformation.ssin).toBe(SSIN.standard);
    expect(result.informationCBSS.ticketCBSS).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(result.rrn_it_implicit).toBeDefined();
  });

  it('returns the standard persona file in the contract order, with the TI groups from the RR', async () => {
    const root = await call({ ssin: SSIN.standard, language: 'fr' });
    expect(elements(root).map((e) => e.local)).toEqual([
      'informationCustomer',
      'informationCBSS',
      'legalContext',
      'searchInformation',
      'status',
      'rrn_it_implicit',
    ]);
    expect(statusOf(root)).toEqual({ value: 'DATA_FOUND', code: 'MSG00000', information: [] });
    expect(childText(root, 'informationCustomer', 'ticket')).toBe('R09-test');
    expect(childText(root, 'legalContext')).toBe('PCSA:SOCIAL_INQUIRY');

    const f = file(root);
    const groups = elements(f);
    expect(groups.every((g) => g.ns === RN)).toBe(true);
    expect(groups.map((g) => g.local)).toEqual([
      'NationalNumber',
      'FileOwner',
      'Names',
      'LegalMainAddresses',
      'Nationalities',
      'Occupations',
      'BirthPlace',
      'CivilStates',
      'FamilyMembers',
      'IdentityCards',
      'CreationDate',
      'LastUpdateDate',
    ]);
    const nn = path(f, 'NationalNumber', 'NationalNumber')!;
    expect(path(f, 'NationalNumber')!.attrs).toEqual({ Type: '000', Structure: 'A1' });
    // The 11 digits the rn25 schema requires (\d{11}), not the printed form of the 2015 captures.
    expect(childText(nn, 'NationalNumber')).toBe(SSIN.standard);
    expect(dateOf(child(nn, 'Date'))).toBe('1985-06-12');
    expect(childText(nn, 'Sex')).toBe('2');
    expect(childText(path(f, 'Names', 'Name', 'Name', 'LastName'), 'Label')).toBe('Claes');
    expect(childText(path(f, 'FileOwner', 'Residences', 'Residence'), 'Code')).toBe('44021');
    expect(childText(path(f, 'Nationalities', 'Nationality', 'Nationality'), 'Code')).toBe('150');
    expect(childText(path(f, 'IdentityCards', 'IdentityCard'), 'CardNumber')).toBe('592123456789');
    expect(childText(path(f, 'BirthPlace', 'Place1'), 'Code')).toBe('44021');
    expect(path(f, 'Deceases')).toBeUndefined();
  });

  it('publishes a schema that, like the rn25 schema, takes national numbers as 11 digits only', async () => {
    const res = await post(`${emu.url}${PATH}`, request({ ssin: SSIN.familyChild1 }), AUTH);
    validateNewStyleBody(res.body, WSDL);
    expect(res.body).toContain(`<r:NationalNumber>${SSIN.familyChild1}</r:NationalNumber>`);
    const printed = (ssin: string) => `${ssin.slice(0, 6)} ${ssin.slice(6, 9)}=${ssin.slice(9)}`;
    const asPrinted = res.body.replace(`<r:NationalNumber>${SSIN.familyChild1}</r:NationalNumber>`, `<r:NationalNumber>${printed(SSIN.familyChild1)}</r:NationalNumber>`);
    expect(() => validateNewStyleBody(asPrinted, WSDL)).toThrow(/NationalNumber/);
  });

  it('returns only the current address without history and every address with history=true', async () => {
    const current = await call({ ssin: SSIN.standard, history: false });
    const all = await call({ ssin: SSIN.standard, history: true });
    const addresses = (root: XmlElement) => childrenNamed(path(file(root), 'LegalMainAddresses'), 'LegalMainAddress');
    expect(addresses(current)).toHaveLength(1);
    expect(addresses(all)).toHaveLength(2);
    expect(dateOf(child(addresses(current)[0], 'Date'))).toBe('2021-09-01');
    expect(addresses(all).map((a) => dateOf(child(a, 'Date')))).toEqual(['2021-09-01', '2016-05-01']);
    expect(childText(path(addresses(current)[0], 'Address'), 'HouseNumber')).toBe('87');
    // Without the element, history defaults to false.
    expect(childrenNamed(path(file(await call({ ssin: SSIN.standard })), 'LegalMainAddresses'), 'LegalMainAddress')).toHaveLength(1);
  });

  it('gives the labels in the requested language (fr by default)', async () => {
    const label = (root: XmlElement, ...p: string[]) => childText(path(file(root), ...p), 'Label');
    const nl = await call({ ssin: SSIN.standard, language: 'nl' });
    const fr = await call({ ssin: SSIN.standard, language: 'fr' });
    const de = await call({ ssin: SSIN.standard, language: 'de' });
    const byDefault = await call({ ssin: SSIN.standard });
    expect(label(nl, 'FileOwner', 'Residences', 'Residence')).toBe('Gent');
    expect(label(fr, 'FileOwner', 'Residences', 'Residence')).toBe('Gand');
    expect(label(nl, 'CivilStates', 'CivilState', 'CivilState')).toBe('Ongehuwd');
    expect(label(fr, 'CivilStates', 'CivilState', 'CivilState')).toBe('Célibataire');
    expect(label(de, 'CivilStates', 'CivilState', 'CivilState')).toBe('Unverheiratet');
    expect(label(byDefault, 'CivilStates', 'CivilState', 'CivilState')).toBe('Célibataire');
    expect(label(nl, 'Nationalities', 'Nationality', 'Nationality')).toBe('Belg');
    expect(label(fr, 'Nationalities', 'Nationality', 'Nationality')).toBe('Belge');
  });

  it('shows the household of the family persona and his wife as spouse', async () => {
    const f = file(await call({ ssin: SSIN.familyHead, language: 'fr' }));
    const members = childrenNamed(path(f, 'FamilyMembers'), 'FamilyMember');
    expect(members.map((m) => childText(m, 'FamilyRole', 'Code'))).toEqual(['01', '02', '03', '03']);
    expect(members.slice(1).map((m) => childText(path(m, 'NationalNumber'), 'NationalNumber'))).toEqual([
      SSIN.familyPartner,
      SSIN.familyChild1,
      SSIN.familyChild2,
    ]);
    expect(childText(members[1], 'FamilyRole', 'Label')).toBe('Epouse');
    expect(path(f, 'HeadOfFamily')).toBeUndefined();
    const civil = path(f, 'CivilStates', 'CivilState')!;
    expect(childText(civil, 'CivilState', 'Code')).toBe('20');
    expect(childText(path(civil, 'Spouse', 'NationalNumber'), 'NationalNumber')).toBe(SSIN.familyPartner);
    expect(childText(path(civil, 'Spouse', 'Name', 'LastName'), 'Label')).toBe('Bakkali');
  });

  it('shows the filiations of the children and their head of family', async () => {
    for (const ssin of [SSIN.familyChild1, SSIN.familyChild2]) {
      const f = file(await call({ ssin, language: 'nl' }));
      const filiation = path(f, 'Filiations', 'Filiation')!;
      expect(childText(filiation, 'FiliationType', 'Code')).toBe('00');
      expect(childText(path(filiation, 'Parent1', 'NationalNumber'), 'NationalNumber')).toBe(SSIN.familyHead);
      expect(childText(path(filiation, 'Parent2', 'NationalNumber'), 'NationalNumber')).toBe(SSIN.familyPartner);
      // Born after 1999: still the bare 11 digits (the printed form put "=" before the check digits).
      expect(childText(path(f, 'NationalNumber', 'NationalNumber'), 'NationalNumber')).toBe(ssin);
      const head = path(f, 'HeadOfFamily', 'HeadOfFamily')!;
      expect(childText(head, 'FamilyRole', 'Code')).toBe('03');
      expect(childText(path(head, 'NationalNumber'), 'NationalNumber')).toBe(SSIN.familyHead);
      expect(path(f, 'FamilyMembers')).toBeUndefined();
    }
    // The parents themselves have no filiation in the RR tables.
    expect(path(file(await call({ ssin: SSIN.familyHead })), 'Filiations')).toBeUndefined();
  });

  it('includes the decease group for the deceased persona', async () => {
    const f = file(await call({ ssin: SSIN.deceased, language: 'nl' }));
    const decease = path(f, 'Deceases', 'Decease')!;
    expect(decease.attrs.Type).toBe('150');
    expect(dateOf(child(decease, 'Date'))).toBe('2025-06-14');
    expect(childText(path(decease, 'Decease', 'Place1'), 'Code')).toBe('44021');
    expect(childText(path(decease, 'Decease', 'Place1'), 'Label')).toBe('Gent');
    expect(childText(path(f, 'CivilStates', 'CivilState', 'CivilState'), 'Code')).toBe('30');
  });

  it('refuses a request without legalContext (mandatory since v2) with MSG00008', async () => {
    for (const legalContext of [null, '']) {
      const root = await call({ ssin: SSIN.standard, legalContext });
      expect(statusOf(root)).toEqual({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'legalContext', value: undefined }] });
      expect(child(root, 'rrn_it_implicit')).toBeUndefined();
    }
  });

  it('answers NO_RESULT MSG00005 for a person known only in the BIS register', async () => {
    const root = await call({ ssin: SSIN.bis });
    expect(statusOf(root)).toEqual({ value: 'NO_RESULT', code: 'MSG00005', information: [{ name: 'ssin', value: SSIN.bis }] });
    expect(childText(root, 'searchInformation', 'ssin')).toBe(SSIN.bis);
    expect(child(root, 'rrn_it_implicit')).toBeUndefined();
  });

  it('answers the shared SSIN outcomes: replaced, cancelled, unknown, invalid check digits', async () => {
    expect(statusOf(await call({ ssin: SSIN.replacedOld }))).toEqual({
      value: 'NO_RESULT',
      code: 'MSG00006',
      information: [{ name: 'newSSIN', value: SSIN.replacedNew }],
    });
    expect(statusOf(await call({ ssin: SSIN.cancelled }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00007' });
    expect(statusOf(await call({ ssin: SSIN.unknown }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00005' });
    const bad = SSIN.standard.slice(0, 9) + String((Number(SSIN.standard.slice(9)) + 1) % 100).padStart(2, '0');
    expect(statusOf(await call({ ssin: bad }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00011' });
  });

  it('refuses a language the contract does not know with MSG00008', async () => {
    const root = await call({ ssin: SSIN.standard, language: 'en' });
    expect(statusOf(root)).toEqual({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'searchInformation/language', value: 'en' }] });
    expect(childText(root, 'searchInformation', 'ssin')).toBe(SSIN.standard);
  });

  it('answers HTTP 401 without credentials and with a wrong password', async () => {
    const none = await post(`${emu.url}${PATH}`, request({ ssin: SSIN.standard }));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    const wrong = await post(`${emu.url}${PATH}`, request({ ssin: SSIN.standard }), basicAuth(GENT.credential.username, 'not-the-password'));
    expect(wrong.status).toBe(401);
    expect(faultOf(wrong.body).code).toBe('soapenv:Client');
  });

  it("refuses Gent's credentials naming another OCMW as customer with MSG00015", async () => {
    const root = await call({ ssin: SSIN.standard, cbe: LIEGE.org.cbe_number });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00015' });
    expect(child(root, 'rrn_it_implicit')).toBeUndefined();
  });

  it('builds valid files for generated persons of every kind (foreign-born, legal partners, children, divorced)', async () => {
    const pick = (where: string) =>
      (emu.app.db.prepare(`SELECT ssin FROM rr_person WHERE status = 'ACTIVE' AND ${where} ORDER BY ssin LIMIT 1`).get() as { ssin: string } | undefined)?.ssin;
    const ssins = [
      pick('birth_country <> 150'),
      pick('civil_state = 60'),
      pick('civil_state = 40'),
      pick('ssin IN (SELECT child_ssin FROM rr_filiation) AND household_id >= 1000'),
      pick('ssin IN (SELECT ssin FROM rr_address WHERE end_date IS NOT NULL) AND household_id >= 1000'),
    ];
    expect(ssins.every(Boolean)).toBe(true);
    for (const [i, ssin] of ssins.entries()) {
      integrateForGent(emu.app, ssin!);
      const root = await call({ ssin: ssin!, history: true, language: ['nl', 'fr', 'de'][i % 3] });
      expect(statusOf(root).code).toBe('MSG00000');
      expect(childText(path(file(root), 'NationalNumber', 'NationalNumber'), 'NationalNumber')).toBe(ssin);
    }
  });

  it('answers a malformed envelope with a soapenv:Client fault', async () => {
    const res = await post(`${emu.url}${PATH}`, '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><broken>', AUTH);
    expect(res.status).toBe(500);
    expect(faultOf(res.body).code).toBe('soapenv:Client');
  });
});

describe('R09 RetrieveTIGroupsService v1 (service object, called through the pipeline)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  /** v1 requests name one of the v1 legal contexts unless a test says otherwise. */
  function callV1(options: RequestOptions) {
    options = { legalContext: 'social issues', ...options };
    // R09's stages are synchronous, so the pipeline answers without a promise.
    const reply = handleNewStyle(emu.app, resolveNewStyle(retrieveTIGroupsV1Service), { body: request(options, NS_V1), authorization: AUTH.Authorization }) as HttpReply;
    expect(reply.status).toBe(200);
    validateNewStyleBody(reply.body, WSDL_V1);
    return bodyRoot(reply.body);
  }

  it('returns the same file with status before searchInformation', async () => {
    const root = callV1({ ssin: SSIN.standard, legalContext: 'social issues', history: true });
    expect(root.ns).toBe(NS_V1);
    expect(elements(root).map((e) => e.local)).toEqual([
      'informationCustomer',
      'informationCBSS',
      'legalContext',
      'status',
      'searchInformation',
      'rrn_it_implicit',
    ]);
    expect(childText(root, 'status', 'code')).toBe('MSG00000');
    expect(childrenNamed(path(root, 'rrn_it_implicit', 'LegalMainAddresses'), 'LegalMainAddress')).toHaveLength(2);
  });

  it('accepts a request without legalContext and refuses one outside the v1 list', async () => {
    expect(childText(callV1({ ssin: SSIN.standard, legalContext: null }), 'status', 'code')).toBe('MSG00000');
    const refused = callV1({ ssin: SSIN.standard, legalContext: 'PCSA:SOCIAL_INQUIRY' });
    expect(elements(refused).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'status', 'searchInformation']);
    expect(childText(refused, 'status', 'code')).toBe('MSG00008');
  });

  it('answers the SSIN outcomes in the v1 order', async () => {
    expect(childText(callV1({ ssin: SSIN.bis }), 'status', 'code')).toBe('MSG00005');
    expect(childText(callV1({ ssin: SSIN.replacedOld }), 'status', 'code')).toBe('MSG00006');
    expect(childText(callV1({ ssin: SSIN.unknown }), 'status', 'code')).toBe('MSG00005');
  });
});

describe('R09 RetrieveTIGroupsService v1 over HTTP', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  it('is published and its technical faults name their message list `error`, as the v1 contract does', async () => {
    const services = (await (await fetch(`${emu.url}/_admin/services`)).json()) as { id: string; version: string }[];
    expect(services.filter((s) => s.id === 'R09').map((s) => s.version).sort()).toEqual(['v1', 'v2']);
    const res = await post(
      `${emu.url}/SOA4520/RetrieveTIGroupsService/retrieveTI`,
      soapEnvelope(
        `<v1:noSuchRequest xmlns:v1="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v1"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer></v1:noSuchRequest>`,
      ),
      basicAuth(GENT.credential.username, GENT.credential.password),
    );
    const fault = faultOf(res.body);
    expect(fault.detail?.local).toBe('retrieveTIGroupsFault');
    expect(fault.detail && elements(fault.detail).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'error']);
  });

  it('gives a fault about a request without a readable head the informationCustomer the v1 fault type requires', async () => {
    const v1Fault = async (content: string) => {
      const res = await post(`${emu.url}/SOA4520/RetrieveTIGroupsService/retrieveTI`, soapEnvelope(`<v1:noSuchRequest xmlns:v1="${NS_V1}">${content}</v1:noSuchRequest>`), AUTH);
      expect(res.status).toBe(500);
      validateAgainst(res.body.match(/<detail>([\s\S]*)<\/detail>/)![1], extractWsdlSchema(WSDL_V1));
      const detail = faultOf(res.body).detail!;
      expect(elements(detail).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'error']);
      return child(detail, 'informationCustomer')!;
    };
    // Nothing readable: the placeholder caller 0000000000.
    expect(childText(await v1Fault(''), 'customerIdentification', 'cbeNumber')).toBe('0000000000');
    // A malformed head: what is readable is kept (the ticket), the rest replaced.
    const malformed = await v1Fault('<informationCustomer><ticket>T-1</ticket><timestampSent>soon</timestampSent><customerIdentification><cbeNumber>12</cbeNumber></customerIdentification></informationCustomer>');
    expect(elements(malformed).map((e) => e.local)).toEqual(['ticket', 'customerIdentification']);
    expect([childText(malformed, 'ticket'), childText(malformed, 'customerIdentification', 'cbeNumber')]).toEqual(['T-1', '0000000000']);
    // A readable head is echoed as received.
    const echoed = await v1Fault(`<informationCustomer><ticket>T-2</ticket><customerIdentification><sector>17</sector><institution>1</institution></customerIdentification></informationCustomer>`);
    expect([childText(echoed, 'ticket'), childText(echoed, 'customerIdentification', 'sector')]).toEqual(['T-2', '17']);
  });
});
