import * as soap from 'soap';
import { startEmulator, TestEmulator } from '../helpers/emulator';
import { bodyRoot, post, soapEnvelope } from '../helpers/http';
import { childText } from '../../src/xml/node';
import { validateNewStyleBody } from '../helpers/xsd';

const PATH = '/SOA4520/TestConnectionServiceService/sendTestMessage';
const NS = 'http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1';

describe('R01 TestConnectionService', () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  it('echoes the text through the soap client loading our published WSDL, without credentials', async () => {
    const client = await soap.createClientAsync(`${emu.url}${PATH}?wsdl`);
    const [result] = await client.sendTestMessageAsync({ echo: 'test-42' });
    expect(result.echo).toBe('test-42');
    expect(result.informationCBSS.ticketCBSS).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(result.sslCertificate).toContain('CN=');
  });

  it('answers a hand-built envelope with odd prefixes, and the reply validates against our XSD', async () => {
    const res = await post(`${emu.url}${PATH}`, soapEnvelope(`<zz:sendTestMessageRequest xmlns:zz="${NS}"><echo>abc</echo></zz:sendTestMessageRequest>`, 'S'));
    expect(res.status).toBe(200);
    const root = bodyRoot(res.body);
    expect(root.local).toBe('sendTestMessageResponse');
    expect(root.ns).toBe(NS);
    expect(childText(root, 'echo')).toBe('abc');
    validateNewStyleBody(res.body, 'R01-TestConnectionService/v1/TestConnectionService.wsdl');
  });

  it('gives every call a fresh ticket', async () => {
    const body = soapEnvelope(`<t:sendTestMessageRequest xmlns:t="${NS}"><echo>x</echo></t:sendTestMessageRequest>`);
    const a = childText(bodyRoot((await post(`${emu.url}${PATH}`, body)).body), 'informationCBSS', 'ticketCBSS');
    const b = childText(bodyRoot((await post(`${emu.url}${PATH}`, body)).body), 'informationCBSS', 'ticketCBSS');
    expect(a).not.toEqual(b);
  });
});
