import * as soap from 'soap';
import { GENT, startEmulator, TestEmulator } from '../helpers/emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from '../helpers/http';
import { validateNewStyleBody } from '../helpers/xsd';
import { child, childrenNamed, childText, elements, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const PATH = '/SOA4520/SSINInformationService/v1/consult';
const NS = 'http://kszbcss.fgov.be/intf/SSINInformationService/v1';
const WSDL = 'R10-SSINInformationService/v1/SSINInformationServiceV1.wsdl';
const AUTH = basicAuth(GENT.credential.username, GENT.credential.password);

const request = (ssin: string) =>
  soapEnvelope(
    `<si:consultSsinHistoryRequest xmlns:si="${NS}"><informationCustomer><customerIdentification><cbeNumber>${GENT.org.cbe_number}</cbeNumber></customerIdentification></informationCustomer>` +
      `<legalContext>PCSA:SOCIAL_INQUIRY</legalContext><criteria><ssin>${ssin}</ssin></criteria></si:consultSsinHistoryRequest>`,
  );

const statusOf = (root: XmlElement) => ({
  value: childText(root, 'status', 'value'),
  code: childText(root, 'status', 'code'),
  information: childrenNamed(child(root, 'status'), 'information').map((i) => `${childText(i, 'fieldName')}=${childText(i, 'fieldValue') ?? ''}`),
});

/** Each ssinRecord as its children's texts, joined. */
const recordsOf = (root: XmlElement) =>
  childrenNamed(child(root, 'ssinHistory'), 'ssinRecord').map((r) => elements(r).map((e) => `${e.local}=${childText(e)}`).join(' '));

describe('R10 SSINInformationService (modelled)', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  async function call(ssin: string): Promise<XmlElement> {
    const res = await post(`${emu.url}${PATH}`, request(ssin), AUTH);
    expect(res.status).toBe(200);
    validateNewStyleBody(res.body, WSDL);
    const root = bodyRoot(res.body);
    expect(root.ns).toBe(NS);
    expect(root.local).toBe('consultSsinHistoryResponse');
    return root;
  }

  it('is listed in /_admin/services as a modelled contract', async () => {
    const services = (await (await fetch(`${emu.url}/_admin/services`)).json()) as Record<string, unknown>[];
    expect(services.filter((s) => s.id === 'R10')).toEqual([
      expect.objectContaining({ name: 'SSINInformationService', style: 'new', contract: 'modelled', version: 'v1', path: PATH, operations: ['consultSsinHistory'] }),
    ]);
  });

  it('answers the soap client loading our published WSDL: the replaced BIS number and the RR number that replaced it', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
    const [result] = await client.consultSsinHistoryAsync({
      informationCustomer: { customerIdentification: { cbeNumber: GENT.org.cbe_number } },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      criteria: { ssin: SSIN.replacedOld },
    });
    expect(result.status.code).toBe('MSG00000');
    expect(result.ssinHistory.currentSsin).toBe(SSIN.replacedNew);
    expect(result.ssinHistory.ssinRecord.map((r: { ssin: string }) => r.ssin)).toEqual([SSIN.replacedOld, SSIN.replacedNew]);
  });

  it('tells the history of the replaced-ssin persona from either number', async () => {
    const old = await call(SSIN.replacedOld);
    expect(elements(old).map((e) => e.local)).toEqual(['informationCustomer', 'informationCBSS', 'legalContext', 'criteria', 'status', 'ssin', 'ssinHistory']);
    expect(statusOf(old)).toEqual({ value: 'DATA_FOUND', code: 'MSG00000', information: [] });
    expect(child(old, 'ssin')!.attrs).toEqual({ replacedBy: SSIN.replacedNew });
    expect(childText(old, 'ssinHistory', 'currentSsin')).toBe(SSIN.replacedNew);
    const history = [
      `ssin=${SSIN.replacedOld} register=BIS_REGISTER status=REPLACED issueDate=2015-02-10 statusDate=2020-10-01 replacedBy=${SSIN.replacedNew}`,
      `ssin=${SSIN.replacedNew} register=NATIONAL_REGISTER status=ACTIVE issueDate=2020-10-01`,
    ];
    expect(recordsOf(old)).toEqual(history);

    const current = await call(SSIN.replacedNew);
    expect(child(current, 'ssin')!.attrs).toEqual({});
    expect(recordsOf(current)).toEqual(history);
  });

  it('tells that the cancelled-ssin persona’s number was cancelled, and leads to no current number', async () => {
    const root = await call(SSIN.cancelled);
    expect(child(root, 'ssin')!.attrs).toEqual({ canceled: 'true' });
    expect(child(child(root, 'ssinHistory'), 'currentSsin')).toBeUndefined();
    expect(recordsOf(root)).toEqual([`ssin=${SSIN.cancelled} register=NATIONAL_REGISTER status=CANCELED issueDate=1975-09-09 statusDate=2022-04-04`]);
  });

  it('shows a BIS number that is still active (bis-person) and an RR number with no history (standard)', async () => {
    const bis = await call(SSIN.bis);
    expect(childText(bis, 'ssinHistory', 'currentSsin')).toBe(SSIN.bis);
    expect(recordsOf(bis)).toEqual([`ssin=${SSIN.bis} register=BIS_REGISTER status=ACTIVE issueDate=2022-05-02`]);
    expect(recordsOf(await call(SSIN.standard))).toEqual([`ssin=${SSIN.standard} register=NATIONAL_REGISTER status=ACTIVE issueDate=1985-06-12`]);
  });

  it('needs no integration (not-integrated persona) and journals the number asked about', async () => {
    expect(statusOf(await call(SSIN.notIntegrated)).code).toBe('MSG00000');
    const [row] = emu.app.journal.recent({ ssin: SSIN.notIntegrated, limit: 1 });
    expect(row).toMatchObject({ service_id: 'R10', operation: 'consultSsinHistory', decision: 'ALLOW' });
  });

  it('answers MSG00005 for an unknown number, MSG00011 for a wrong check digit and MSG00008 for a malformed one', async () => {
    expect(statusOf(await call(SSIN.unknown))).toEqual({ value: 'NO_RESULT', code: 'MSG00005', information: [`ssin=${SSIN.unknown}`] });
    const wrongCheck = SSIN.standard.slice(0, 9) + String((Number(SSIN.standard.slice(9)) + 1) % 100).padStart(2, '0');
    expect(statusOf(await call(wrongCheck))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00011' });
    const malformed = await call('12345');
    expect(statusOf(malformed)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
    expect(childText(malformed, 'criteria', 'ssin')).toBe('12345');
  });
});
