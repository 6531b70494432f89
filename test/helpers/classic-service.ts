import type { TestEmulator } from './emulator';
import { post } from './http';
import { AuthorizedUserFields, CONNECTOR, GENT_USER, sendXml, serviceReplies, ssdnReplyOf, ssdnRequest } from './ssdn';
import { validateAgainst } from './xsd';
import { parseXml } from '../../src/xml/parse';

export interface ClassicTarget {
  serviceId: string;
  version: string;
  /** The ns3 payload root of the reply, its XSD (under wsdl/) and namespace. */
  replyRoot: string;
  replyXsd: string;
  ns: string;
}

/** The ns3 reply payload of an SSDN reply, as text: the element with its content, or self-closed. */
function payloadXml(xml: string, root: string): string {
  const closed = xml.match(new RegExp(`<ns3:${root}[\\s\\S]*</ns3:${root}>`));
  return (closed ?? xml.match(new RegExp(`<ns3:${root}\\b[^>]*/>`)))![0];
}

/**
 * Sends one classic service request through the connector and checks the reply the way every
 * classic e2e test does: HTTP 200, an SSDNReply valid against its schema, the ServiceReply of the
 * service asked, and its payload valid against the service's reply XSD in its namespace. Returns the
 * ServiceReply with the whole SSDN reply text.
 */
export function classicSender(emu: () => TestEmulator, t: ClassicTarget) {
  return async (payload: string, user: AuthorizedUserFields = GENT_USER) => {
    const res = await post(`${emu().url}${CONNECTOR}`, sendXml(ssdnRequest([{ serviceId: t.serviceId, version: t.version, payload }], user)));
    expect(res.status).toBe(200);
    const { xml } = ssdnReplyOf(res.body);
    validateAgainst(xml, 'ssdn/Service/SSDNReply.xsd');
    const [reply] = serviceReplies(parseXml(xml));
    expect([reply.serviceId, reply.version]).toEqual([t.serviceId, t.version]);
    if (reply.payload) {
      validateAgainst(payloadXml(xml, t.replyRoot), t.replyXsd);
      expect(reply.payload.ns).toBe(t.ns);
    }
    return { ...reply, xml };
  };
}
