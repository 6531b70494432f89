import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { ROOMMATE_SSIN } from '../../src/sources/rr/personas';
import { statusOf } from '../helpers/newstyle';

const PATH = '/SOA4520/FamilyComposition/v1/consultFamilyComposition';
const NS = 'http://kszbcss.fgov.be/intf/FamilyComposition/v1';
const WSDL = 'R07-FamilyComposition/v1/FamilyCompositionV1.wsdl';
const AUTH = basicAuth(GENT.credential.username, GENT.credential.password);

function request(ssin: string, referenceDate?: string): string {
  return soapEnvelope(
    `<fc:consultFamilyCompositionRequest xmlns:fc="${NS}">` +
      `<informationCustomer><ticket>R07-test</ticket><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>PCSA:SOCIAL_INQUIRY</legalContext><criteria><ssin>${ssin}</ssin>` +
      (referenceDate ? `<referenceDate>${referenceDate}</referenceDate>` : '') +
      `</criteria></fc:consultFamilyCompositionRequest>`,
  );
}


/** ssin, relationship code, entry date and exit date of every member. */
const membersOf = (root: XmlElement) =>
  childrenNamed(child(root, 'familyComposition'), 'member').map((m) => [
    childText(m, 'ssin'),
    childText(m, 'relationship', 'code'),
    childText(m, 'entryDate'),
    childText(m, 'exitDate'),
  ]);

describe('R07 FamilyComposition v1 (modelled): the household on a date', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  async function call(ssin: string, referenceDate?: string): Promise<XmlElement> {
    const res = await post(`${emu.url}${PATH}`, request(ssin, referenceDate), AUTH);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, WSDL);
    const root = bodyRoot(res.body);
    expect(root.local).toBe('consultFamilyCompositionResponse');
    expect(root.ns).toBe(NS);
    return root;
  }

  it('answers the soap client loading our published WSDL with the family persona\'s household of four', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.consultFamilyCompositionAsync({
      informationCustomer: { ticket: 'soap-client', customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      criteria: { ssin: SSIN.familyHead },
    });
    expect(result.status.value).toBe('DATA_FOUND');
    expect(result.familyComposition.member.map((m: { ssin: string }) => m.ssin)).toEqual([SSIN.familyHead, SSIN.familyPartner, SSIN.familyChild1, SSIN.familyChild2]);
    expect(result.familyComposition.member.map((m: { relationship: { code: string } }) => m.relationship.code)).toEqual(['01', '02', '03', '03']);
  });

  it('gives each member their relationship to the reference person (with labels) and entry date', async () => {
    const root = await call(SSIN.familyPartner);
    expect(elements(root).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'legalContext', 'criteria', 'status', 'familyComposition']);
    expect(statusOf(root)).toEqual({ value: 'DATA_FOUND', code: 'MSG00000', information: [] });
    const composition = child(root, 'familyComposition')!;
    expect(childText(composition, 'referenceDate')).toBe(emu.app.clock.today());
    // The same household whoever of its members is asked about.
    expect(membersOf(root)).toEqual([
      [SSIN.familyHead, '01', '2009-06-20', undefined],
      [SSIN.familyPartner, '02', '2009-06-20', undefined],
      [SSIN.familyChild1, '03', '2010-09-15', undefined],
      [SSIN.familyChild2, '03', '2014-02-28', undefined],
    ]);
    const wife = childrenNamed(composition, 'member')[1];
    expect(elements(wife).map((e) => e.local)).toEqual(['ssin', 'lastName', 'firstName', 'birthDate', 'gender', 'relationship', 'entryDate']);
    expect([childText(wife, 'lastName'), childText(wife, 'firstName'), childText(wife, 'birthDate'), childText(wife, 'gender')]).toEqual(['Bakkali', 'Samira', '1982-04-02', '2']);
    const labels = childrenNamed(child(child(wife, 'relationship'), 'description'), 'description').map((d) => `${d.attrs.language}:${childText(d)}`);
    expect(labels).toEqual(['NL:Echtgenote', 'FR:Epouse', 'DE:Gemahlin']);
  });

  it('answers the household on a past date: before the second child was born', async () => {
    const root = await call(SSIN.familyHead, '2012-01-01');
    expect(childText(root, 'familyComposition', 'referenceDate')).toBe('2012-01-01');
    expect(childText(root, 'criteria', 'referenceDate')).toBe('2012-01-01');
    expect(membersOf(root).map((m) => m[0])).toEqual([SSIN.familyHead, SSIN.familyPartner, SSIN.familyChild1]);
  });

  it('shows a former household: the standard persona with her roommate in 2019, alone today', async () => {
    expect(membersOf(await call(SSIN.standard, '2019-01-01'))).toEqual([
      [ROOMMATE_SSIN, '01', '2014-03-01', undefined],
      [SSIN.standard, '12', '2016-05-01', '2021-08-31'],
    ]);
    expect(membersOf(await call(SSIN.standard))).toEqual([[SSIN.standard, '01', '2021-09-01', undefined]]);
  });

  it('answers NO_DATA_FOUND MSG00100 for a date before the person had a household in the register', async () => {
    const root = await call(SSIN.familyHead, '2005-01-01');
    expect(statusOf(root)).toEqual({ value: 'NO_DATA_FOUND', code: 'MSG00100', information: [{ name: 'criteria/referenceDate', value: '2005-01-01' }] });
    expect(child(root, 'familyComposition')).toBeUndefined();
  });

  it('answers MSG00009 with the decease date for a date after the person died; before that, the household', async () => {
    expect(statusOf(await call(SSIN.deceased))).toEqual({ value: 'NO_DATA_FOUND', code: 'MSG00009', information: [{ name: 'deceiseDate', value: '2025-06-14' }] });
    expect(membersOf(await call(SSIN.deceased, '2025-06-14'))).toEqual([[SSIN.deceased, '01', '1948-04-30', '2025-06-14']]);
  });

  it('refuses a reference date in the future or not a date with MSG00008', async () => {
    const future = `${Number(emu.app.clock.today().slice(0, 4)) + 1}-01-01`;
    expect(statusOf(await call(SSIN.familyHead, future))).toEqual({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/referenceDate', value: future }] });
    const notADate = await call(SSIN.familyHead, '2020-13-01');
    expect(statusOf(notADate)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    // The echo keeps the reply valid: the invalid date is left out, the ssin stays.
    expect(childText(notADate, 'criteria', 'ssin')).toBe(SSIN.familyHead);
    expect(childText(notADate, 'criteria', 'referenceDate')).toBeUndefined();
  });

  it('refuses an ssin the contract does not accept with MSG00008, without echoing it', async () => {
    const root = await call('99999999999');
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    expect(child(root, 'criteria')).toBeUndefined();
  });

  it('answers MSG00005 for a BIS number (no National Register household) and the shared SSIN outcomes', async () => {
    expect(statusOf(await call(SSIN.bis))).toEqual({ value: 'NO_RESULT', code: 'MSG00005', information: [{ name: 'ssin', value: SSIN.bis }] });
    expect(statusOf(await call(SSIN.cancelled))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00007' });
    expect(statusOf(await call(SSIN.replacedOld))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00006' });
  });

  it('needs the person integrated by the calling OCMW: MSG00012 for the not-integrated persona', async () => {
    const root = await call(SSIN.notIntegrated);
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00012' });
    expect(child(root, 'familyComposition')).toBeUndefined();
  });
});
