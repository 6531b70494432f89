import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { CONNECTOR, serviceReplies, ssdnRequest } from '../helpers/ssdn';
import { parseXml } from '../../src/xml/parse';
import { childrenNamed, childText, path } from '../../src/xml/node';
import { SSIN } from '../../fixtures/personas';
import { validateAgainst } from '../helpers/xsd';

const MA_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess';
const IP_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson';
const COMMON_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';

/** The classic services through the `soap` client loading the published connector WSDL, as suds or PHP SoapClient would. */
describe('classic services through the soap client and the connector WSDL', () => {
  let emu: TestEmulator;
  let client: soap.Client;
  beforeAll(async () => {
    emu = await startEmulator();
    client = await soap.createClientAsync(`${emu.url}${CONNECTOR}?wsdl`);
  });
  afterAll(() => emu.close());

  async function sendXML(ssdn: string) {
    // The part is a plain xsd:string element: the client takes the document itself and escapes it.
    const [result] = await client.sendXMLAsync(ssdn);
    const replyText = String(result);
    validateAgainst(replyText, 'ssdn/Service/SSDNReply.xsd');
    return parseXml(replyText);
  }

  it('R04 IdentifyPerson by SSIN and R02 ManageAccess LIST in one SSDNRequest', async () => {
    const reply = await sendXML(
      ssdnRequest([
        { serviceId: 'OCMWCPASIdentifyPerson', version: '20050930', payload: `<IdentifyPersonRequest xmlns="${IP_NS}"><SearchCriteria><SSIN>${SSIN.standard}</SSIN></SearchCriteria></IdentifyPersonRequest>` },
        {
          serviceId: 'OCMWCPASManageAccess',
          version: '20050930',
          payload: `<ManageAccessRequest xmlns="${MA_NS}" xmlns:c="${COMMON_NS}"><SSIN>${SSIN.standard}</SSIN><Period><c:StartDate>2025-06-01</c:StartDate></Period><Action>LIST</Action><QueryRegister>SECONDARY</QueryRegister><ProofOfAuthentication><PersonData><LastName>Claes</LastName><BirthDate>1985-06-12</BirthDate></PersonData></ProofOfAuthentication></ManageAccessRequest>`,
        },
      ]),
    );
    const [identify, manage] = serviceReplies(reply);
    expect(identify.summary.ok).toBe('YES');
    expect(childText(path(identify.payload, 'SearchResults', 'LimitedLegalData', 'Basic'), 'LastName')).toBe('Claes');
    expect(manage.summary.ok).toBe('YES');
    const registrations = childrenNamed(manage.payload, 'Registrations');
    expect(registrations.map((r) => childText(r, 'Purpose'))).toContain('2');
    expect(registrations.every((r) => childText(r, 'Register') === 'SECONDARY')).toBe(true);
  });

  it('R02 REGISTER then LIST for the not-integrated persona', async () => {
    const manage = (action: string) =>
      `<ManageAccessRequest xmlns="${MA_NS}" xmlns:c="${COMMON_NS}"><SSIN>${SSIN.notIntegrated}</SSIN><Purpose>1</Purpose><Period><c:StartDate>2026-11-01</c:StartDate><c:EndDate>2026-12-31</c:EndDate></Period><Action>${action}</Action><ProofOfAuthentication><PersonData><LastName>Wouters</LastName><BirthDate>1979-02-03</BirthDate></PersonData></ProofOfAuthentication></ManageAccessRequest>`;
    const before = serviceReplies(await sendXML(ssdnRequest([{ serviceId: 'OCMWCPASManageAccess', version: '20050930', payload: manage('LIST') }])));
    expect(childrenNamed(before[0].payload, 'Registrations')).toHaveLength(0);
    const registered = serviceReplies(await sendXML(ssdnRequest([{ serviceId: 'OCMWCPASManageAccess', version: '20050930', payload: manage('REGISTER') }])));
    expect(registered[0].summary.ok).toBe('YES');
    const after = serviceReplies(await sendXML(ssdnRequest([{ serviceId: 'OCMWCPASManageAccess', version: '20050930', payload: manage('LIST') }])));
    expect(childrenNamed(after[0].payload, 'Registrations').length).toBeGreaterThan(0);
  });
});
