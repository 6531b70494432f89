import { LIEGE, startEmulator, TestEmulator } from '../helpers/emulator';
import { Endpoint, endpointClient } from '../helpers/newstyle-endpoint';
import { statusOf } from '../helpers/newstyle';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';

const F01: Endpoint = {
  path: '/SOA4520/QualificationCertificateService/v1/consult',
  ns: 'http://kszbcss.fgov.be/intf/QualificationCertificateService/v1',
  wsdl: 'F01-QualificationCertificateService/v1/QualificationCertificateServiceV1.wsdl',
  actionBase: 'http://kszbcss.fgov.be/QualificationCertificateService',
};
const OP = 'consultQualificationCertificates';
const LEGAL = 'SOCIAL_INVESTIGATION_OF_PCSA';
const certificates = (root: XmlElement) => childrenNamed(child(root, 'qualificationCertificates'), 'qualificationCertificate');

describe('F01 QualificationCertificateService (LED, modelled)', () => {
  let emu: TestEmulator;
  let f01: Awaited<ReturnType<typeof endpointClient>>;

  beforeAll(async () => {
    emu = await startEmulator();
    f01 = await endpointClient(emu, F01);
  });
  afterAll(() => emu.close());

  it('publishes one operation with its SOAPAction', async () => {
    expect(Object.keys(f01.client.describe().QualificationCertificateService.QualificationCertificateService)).toEqual([OP]);
    const wsdl = await (await fetch(`${emu.url}${F01.path}?wsdl`)).text();
    expect(wsdl).toContain(`soapAction="http://kszbcss.fgov.be/QualificationCertificateService/${OP}"`);
  });

  it("answers the newcomer's NT2 certificate (A2) of a Gent adult-education centre, echoing the criteria", async () => {
    const root = await f01.call(OP, LEGAL, { criteria: { ssin: SSIN.newcomer } });
    expect(statusOf(root)).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
    expect(childText(root, 'criteria', 'ssin')).toBe(SSIN.newcomer);
    const [nt2, ...rest] = certificates(root);
    expect(rest).toEqual([]);
    expect(['certificateKind', 'qualificationName', 'educationLevel', 'languageLevel', 'awardDate'].map((n) => childText(nt2, n))).toEqual([
      'CERTIFICATE', 'Nederlands tweede taal - richtgraad 2 (A2)', 'ADULT_EDUCATION', 'A2', '2024-12-19',
    ]);
    expect([childText(nt2, 'institution', 'name'), childText(nt2, 'institution', 'municipality')]).toEqual(['CVO Leerpunt Gent-Zuid', 'Gent']);
    expect(child(nt2, 'secondaryEducationForm')).toBeUndefined();
  });

  it("answers jobseeker-flanders's BSO construction diploma, and filters by award period and kind", async () => {
    const root = await f01.call(OP, LEGAL, { criteria: { ssin: SSIN.jobseekerFlanders } });
    const [diploma] = certificates(root);
    expect(['certificateKind', 'studyArea', 'educationLevel', 'secondaryEducationForm', 'qualificationLevel', 'awardDate'].map((n) => childText(diploma, n))).toEqual([
      'DIPLOMA', 'Bouw', 'SECONDARY', 'BSO', '3', '2013-06-28',
    ]);
    const in2013 = await f01.call(OP, LEGAL, { criteria: { ssin: SSIN.jobseekerFlanders, awardPeriod: { beginDate: '2013-01-01', endDate: '2013-12-31' }, certificateKinds: { certificateKind: ['DIPLOMA'] } } });
    expect(certificates(in2013)).toHaveLength(1);
    const later = await f01.call(OP, LEGAL, { criteria: { ssin: SSIN.jobseekerFlanders, awardPeriod: { beginDate: '2014-01-01', endDate: '2026-12-31' } } });
    expect(statusOf(later)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
    expect(child(later, 'qualificationCertificates')).toBeUndefined();
    const proofs = await f01.call(OP, LEGAL, { criteria: { ssin: SSIN.jobseekerFlanders, certificateKinds: { certificateKind: ['EXPERIENCE_PROOF', 'PARTIAL_CERTIFICATE'] } } });
    expect(statusOf(proofs).value).toBe('NO_DATA_FOUND');
  });

  it('answers NO_DATA_FOUND for a person the LED does not know', async () => {
    expect(statusOf(await f01.call(OP, LEGAL, { criteria: { ssin: SSIN.pensioner } }))).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
  });

  it('refuses a Walloon OCMW (CPAS Liège, MSG00015), even for the person it integrated', async () => {
    const root = await f01.postBody(OP, LEGAL, `<criteria><ssin>${SSIN.jobseekerWallonia}</ssin></criteria>`, { cbe: LIEGE.org.cbe_number });
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00015' });
    expect(child(root, 'qualificationCertificates')).toBeUndefined();
  });

  it('refuses a role no row names (administrative staff, MSG00013) and a person Gent has not integrated (MSG00012)', async () => {
    const criteria = `<criteria><ssin>${SSIN.newcomer}</ssin></criteria>`;
    expect(statusOf(await f01.postBody(OP, LEGAL, criteria, { role: 'ADMIN_STAFF' }))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00013' });
    expect(statusOf(await f01.call(OP, LEGAL, { criteria: { ssin: SSIN.notIntegrated } })).code).toBe('MSG00012');
  });

  it('refuses an award period that ends before it begins, naming it (MSG00008)', async () => {
    const root = await f01.postBody(OP, LEGAL, `<criteria><ssin>${SSIN.newcomer}</ssin><awardPeriod><beginDate>2025-01-01</beginDate><endDate>2024-01-01</endDate></awardPeriod></criteria>`);
    expect(statusOf(root)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', information: [{ name: 'criteria/awardPeriod', value: '2025-01-01/2024-01-01' }] });
  });
});
