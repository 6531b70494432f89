// Experiment (not a fix): XSD validation with libxml2-wasm in the emulator's own thread instead of
// a synckit worker round trip per request. Preloaded with
// `npm run bench -- --preload bench/experiments/xsd-in-process.js`. libxml2-wasm is an ES module
// with top-level await, so it is loaded with import() here; until it is loaded the original
// (worker) validation runs. The validation itself is the same as src/validation/xsd-worker.mjs.
'use strict';
const path = require('path');
const Module = require('module');
const root = path.join(__dirname, '..', '..');
const xsdJs = path.join(root, 'dist', 'src', 'validation', 'xsd.js');

let lib;
Promise.all([
  import(path.join(root, 'node_modules', 'libxml2-wasm', 'lib', 'index.mjs')),
  import(path.join(root, 'node_modules', 'libxml2-wasm', 'lib', 'nodejs.mjs')),
]).then(([m, node]) => {
  node.xmlRegisterFsInputProviders();
  lib = m;
});

const validators = new Map();
function validatorFor(schema) {
  let v = validators.get(schema.key);
  if (!v) {
    const doc = lib.XmlDocument.fromString(schema.text, { url: schema.url });
    try {
      v = lib.XsdValidator.fromDoc(doc);
    } finally {
      doc.dispose();
    }
    validators.set(schema.key, v);
  }
  return v;
}
const elementChildren = (el) => {
  const out = [];
  for (let c = el.firstChild; c; c = c.next) if (c instanceof lib.XmlElement) out.push(c);
  return out;
};
function targetOf(doc, target) {
  const root = doc.root;
  if (target.kind === 'soap-body') {
    const body = elementChildren(root).find((e) => e.name === 'Body');
    return body && elementChildren(body)[0];
  }
  const sr = elementChildren(root).filter((e) => e.name === 'ServiceRequest')[target.index];
  return sr && elementChildren(sr).find((e) => e.name !== 'ServiceId' && e.name !== 'Version');
}
function validateInProcess(schema, xml, target) {
  const validator = validatorFor(schema);
  const doc = lib.XmlDocument.fromString(xml);
  try {
    const element = targetOf(doc, target);
    if (!element) return { ok: false, errors: [{ message: 'No element to validate.', xpath: '/' }] };
    validator.validate(element);
    return { ok: true, errors: [] };
  } catch (e) {
    if (e instanceof lib.XmlValidateError) return { ok: false, errors: e.details.map((d) => ({ message: d.message.trim(), xpath: d.xpath ?? '', line: d.line })) };
    return { ok: false, errors: [{ message: String(e && e.message ? e.message : e), xpath: '' }] };
  } finally {
    doc.dispose();
  }
}

// Patch the module's export as soon as it is loaded (the pipeline calls it through the exports object).
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exported = load.apply(this, arguments);
  if (exported && typeof exported.validateXsd === 'function' && !exported.validateXsd.__patched) {
    let resolved;
    try {
      resolved = Module._resolveFilename(request, parent, isMain);
    } catch {
      return exported;
    }
    if (resolved === xsdJs) {
      const original = exported.validateXsd;
      const patched = (schema, xml, target) => (lib ? validateInProcess(schema, xml, target) : original(schema, xml, target));
      patched.__patched = true;
      exported.validateXsd = patched;
    }
  }
  return exported;
};
