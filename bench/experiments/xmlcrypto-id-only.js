// Experiment (not a fix): xml-crypto looks up every ds:Reference with three full-document XPath
// scans (attributes Id, ID and id) plus one more for its ancestor namespaces; WS-Security uses
// wsu:Id only. Restricting the lookup to `Id` is what `signed.idAttributes = ['Id']` after
// `new SignedXml(...)` in src/security/verify.ts cryptography() would do. Preload with
// `npm run bench -- --preload bench/experiments/xmlcrypto-id-only.js`.
'use strict';
const path = require('path');
const { SignedXml } = require(path.join(__dirname, '..', '..', 'node_modules', 'xml-crypto'));
const check = SignedXml.prototype.checkSignature;
SignedXml.prototype.checkSignature = function (...args) {
  this.idAttributes = ['Id'];
  return check.apply(this, args);
};
