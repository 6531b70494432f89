import type * as soap from 'soap';
import { child, childrenNamed, childText, XmlElement } from '../../src/xml/node';
import { bodyRoot } from './http';
import { validateNewStyleBody } from './xsd';

/** The status block of a new-style reply: value, code and the information items. */
export function statusOf(root: XmlElement) {
  return {
    value: childText(root, 'status', 'value'),
    code: childText(root, 'status', 'code'),
    information: childrenNamed(child(root, 'status'), 'information').map((i) => ({ name: childText(i, 'fieldName'), value: childText(i, 'fieldValue') })),
  };
}

/**
 * Calls an operation through a soap client loaded from ?wsdl, validates the raw reply against the
 * published WSDL and returns the reply's body root.
 */
export async function callValidated(client: soap.Client, operation: string, args: unknown, wsdl: string): Promise<XmlElement> {
  await client[`${operation}Async`](args);
  const raw = client.lastResponse as string;
  validateNewStyleBody(raw, wsdl);
  return bodyRoot(raw);
}
