import * as soap from 'soap';
import type { TestEmulator } from './emulator';
import { GENT } from './emulator';
import { basicAuth, bodyRoot, post, soapEnvelope } from './http';
import { validateNewStyleBody } from './xsd';
import { callValidated } from './newstyle';
import { credentials } from '../../fixtures/organisations';
import type { XmlElement } from '../../src/xml/node';

/** One published new-style contract as a test talks to it. */
export interface Endpoint {
  path: string;
  /** The intf namespace of the body root. */
  ns: string;
  /** The WSDL under wsdl/, to validate replies against. */
  wsdl: string;
  /** SOAPAction = `${actionBase}/${operation}`. */
  actionBase: string;
  /** Body root names where they are not `<operation>Request` / `<operation>Response` (Cadaf). */
  roots?: Record<string, { request: string; response: string }>;
}

/** HTTP Basic credentials of one role of an organisation (default OCMW Gent). */
export function authOf(role: string, cbe = GENT.org.cbe_number): Record<string, string> {
  const c = credentials().find((x) => x.cbe_number === cbe && x.role === role)!;
  return basicAuth(c.username, c.password);
}

/**
 * A test's two ways to call an endpoint: `call` through a `soap` client generated from the
 * published ?wsdl (the caller is OCMW Gent's social worker), `postBody` with a hand-built body
 * (another organisation or role, or input the soap client would not send). Both validate the reply
 * against the published XSDs and return the body root.
 */
export async function endpointClient(emu: TestEmulator, e: Endpoint) {
  const client = await soap.createClientAsync(`${emu.url}${e.path}?wsdl`);
  client.setSecurity(new soap.BasicAuthSecurity(GENT.credential.username, GENT.credential.password));
  let tickets = 0;
  return {
    client,
    async call(operation: string, legalContext: string, rest: Record<string, unknown>): Promise<XmlElement> {
      const ticket = `TEST-${++tickets}`;
      const root = await callValidated(client, operation, { informationCustomer: { ticket, customerIdentification: { cbeNumber: GENT.org.cbe_number } }, legalContext, ...rest }, e.wsdl);
      expect([root.local, root.ns]).toEqual([e.roots?.[operation]?.response ?? `${operation}Response`, e.ns]);
      return root;
    },
    async postBody(operation: string, legalContext: string, innerXml: string, opts: { role?: string; cbe?: string; validate?: boolean } = {}): Promise<XmlElement> {
      const cbe = opts.cbe ?? GENT.org.cbe_number;
      const root = e.roots?.[operation]?.request ?? `${operation}Request`;
      const body =
        `<t:${root} xmlns:t="${e.ns}"><informationCustomer><customerIdentification><cbeNumber>${cbe}</cbeNumber></customerIdentification></informationCustomer>` +
        `<legalContext>${legalContext}</legalContext>${innerXml}</t:${root}>`;
      const res = await post(`${emu.url}${e.path}`, soapEnvelope(body), { ...authOf(opts.role ?? 'SOCIAL_WORKER', cbe), SOAPAction: `${e.actionBase}/${operation}` });
      expect(res.status).toBe(200);
      // A reply that echoes an invalid request (an enumeration broken) cannot be schema-valid itself.
      if (opts.validate !== false) validateNewStyleBody(res.body, e.wsdl);
      return bodyRoot(res.body);
    },
  };
}
