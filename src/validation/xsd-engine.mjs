// The XSD validation itself, with libxml2 (libxml2-wasm). An ES module because libxml2-wasm is one
// (with top-level await): the emulator imports it in its own thread when it can (src/validation/xsd.ts),
// and the synckit worker (xsd-worker.mjs) imports it otherwise.
import { XmlDocument, XmlElement, XsdValidator, XmlValidateError } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

xmlRegisterFsInputProviders();

/** Compiled schemas by key; a schema is compiled once, on first use. */
const validators = new Map();

function validatorFor(schema) {
  let v = validators.get(schema.key);
  if (!v) {
    if (!schema.text) throw new Error(`schema ${schema.key} was never given`);
    // `url` is where relative xsd:import / xsd:include locations resolve from.
    const doc = XmlDocument.fromString(schema.text, { url: schema.url });
    try {
      v = XsdValidator.fromDoc(doc);
    } finally {
      doc.dispose();
    }
    validators.set(schema.key, v);
  }
  return v;
}

function elementChildren(el) {
  const out = [];
  for (let c = el.firstChild; c; c = c.next) if (c instanceof XmlElement) out.push(c);
  return out;
}

/** The element to validate: the child of soap:Body, or the payload of the n-th SSDN ServiceRequest. */
function targetOf(doc, target) {
  const root = doc.root;
  if (target.kind === 'soap-body') {
    const body = elementChildren(root).find((e) => e.name === 'Body');
    return body && elementChildren(body)[0];
  }
  const requests = elementChildren(root).filter((e) => e.name === 'ServiceRequest');
  const sr = requests[target.index];
  return sr && elementChildren(sr).find((e) => e.name !== 'ServiceId' && e.name !== 'Version');
}

/** Validates the target element of xml against schema ({ key, url, text }); text may be empty once compiled. */
export function validate(schema, xml, target) {
  const validator = validatorFor(schema);
  const doc = XmlDocument.fromString(xml);
  try {
    const element = targetOf(doc, target);
    if (!element) return { ok: false, errors: [{ message: 'No element to validate.', xpath: '/' }] };
    validator.validate(element);
    return { ok: true, errors: [] };
  } catch (e) {
    if (e instanceof XmlValidateError) {
      return { ok: false, errors: e.details.map((d) => ({ message: d.message.trim(), xpath: d.xpath ?? '', line: d.line })) };
    }
    return { ok: false, errors: [{ message: String(e && e.message ? e.message : e), xpath: '' }] };
  } finally {
    doc.dispose();
  }
}
