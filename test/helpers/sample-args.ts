import type { AppContext } from '../../src/app';
import type { ServiceDef } from '../../src/services/types';
import { buildSample, SampleHints, Who } from '../../src/explorer/samples';
import { parseXml } from '../../src/xml/parse';
import { elements, text, XmlElement } from '../../src/xml/node';

/**
 * The explorer's sample request of an operation (valid against its schema for every service,
 * test/e2e/contract-faults.test.ts) as the arguments of a `soap` client call: the request
 * element's children as nested objects, repeated elements as arrays, attributes under
 * `attributes`. The client serializes them again from the published WSDL.
 */
export function sampleArgs(app: AppContext, service: ServiceDef, operation: string, who: Who, extra?: SampleHints): Record<string, unknown> {
  const { payload } = buildSample(app, service, operation, who, extra);
  const args = contentOf(parseXml(payload));
  return typeof args === 'string' ? {} : args;
}

function contentOf(el: XmlElement): string | Record<string, unknown> {
  const attributes = Object.keys(el.attrs).length > 0 ? { attributes: { ...el.attrs } } : {};
  const children = elements(el);
  if (children.length === 0) return Object.keys(attributes).length > 0 ? { ...attributes, $value: text(el) } : text(el);
  const out: Record<string, unknown> = { ...attributes };
  for (const c of children) {
    const value = contentOf(c);
    const previous = out[c.local];
    out[c.local] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}
