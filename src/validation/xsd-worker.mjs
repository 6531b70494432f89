// Runs in a worker thread (plain Node, ES module): libxml2-wasm is ESM-only with top-level await,
// so it cannot be required from the emulator's CommonJS code. synckit calls this synchronously.
import { runAsWorker } from 'synckit';
import { XmlDocument, XmlElement, XsdValidator, XmlValidateError } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

xmlRegisterFsInputProviders();

/** Compiled schemas by key; a schema is compiled once, on first use. */
const validators = new Map();

function validatorFor(schema) {
  let v = validators.get(schema.key);
  if (!v) {
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

/** The element to validate: the child of soap:Body, or the payload of the n-th SSDN ServiceRequest. */
function targetOf(doc, target) {
  const root = doc.root;
  const elementChildren = (el) => {
    const out = [];
    for (let c = el.firstChild; c; c = c.next) if (c instanceof XmlElement) out.push(c);
    return out;
  };
  if (target.kind === 'soap-body') {
    const body = elementChildren(root).find((e) => e.name === 'Body');
    return body && elementChildren(body)[0];
  }
  const requests = elementChildren(root).filter((e) => e.name === 'ServiceRequest');
  const sr = requests[target.index];
  return sr && elementChildren(sr).find((e) => e.name !== 'ServiceId' && e.name !== 'Version');
}

runAsWorker(async (schema, xml, target) => {
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
});
