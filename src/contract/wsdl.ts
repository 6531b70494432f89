import * as fs from 'fs';
import * as path from 'path';
import { CONTRACTS_DIR } from '../paths';
import { parseXml } from '../xml/parse';
import { childrenNamed, elements, XmlElement } from '../xml/node';

/**
 * What a service's WSDL says, read once at start-up so that declarations never retype it: the
 * operations with their SOAPAction and their request, response and fault elements, and the
 * path of soap:address. Only the WSDL 1.1 document/literal shape our contracts use is read.
 */
export interface QName {
  ns: string;
  local: string;
}

export interface WsdlOperation {
  name: string;
  soapAction: string;
  input: QName;
  output: QName;
  /** The fault detail elements this operation declares (none for TestConnectionService). */
  faults: QName[];
}

export interface WsdlFacts {
  file: string;
  /** The path of the soap:address location. */
  addressPath: string;
  operations: WsdlOperation[];
}

const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';

export class ContractError extends Error {}

/**
 * Reads a WSDL under wsdl/ (relative path); throws ContractError when it lacks what a service
 * needs. `contractsDir` is another project's wsdl/ (the new-service scaffold writing elsewhere).
 */
export function readWsdl(relativePath: string, contractsDir = CONTRACTS_DIR): WsdlFacts {
  const file = path.join(contractsDir, relativePath);
  if (!fs.existsSync(file)) throw new ContractError(`${relativePath}: no such WSDL under wsdl/`);
  const source = fs.readFileSync(file, 'utf8');
  const root = parseXml(source, { maxBytes: 20 * 1024 * 1024, maxDepth: 200 });
  const fail = (message: string): never => {
    throw new ContractError(`${relativePath}: ${message}`);
  };
  if (root.ns !== WSDL_NS || root.local !== 'definitions') fail('not a WSDL 1.1 definitions document');
  const prefixes = namespacePrefixes(source, fail);
  const resolve = (value: string | undefined, what: string): QName => {
    if (!value) return fail(`${what} has no QName`);
    const colon = value.indexOf(':');
    const prefix = colon < 0 ? '' : value.slice(0, colon);
    const ns = prefixes.get(prefix);
    if (ns === undefined) return fail(`${what}: prefix '${prefix}' is not declared`);
    return { ns, local: value.slice(colon + 1) };
  };
  const wsdl = (parent: XmlElement, local: string) => childrenNamed(parent, local).filter((e) => e.ns === WSDL_NS);

  const messages = new Map<string, QName>();
  for (const m of wsdl(root, 'message')) {
    const part = wsdl(m, 'part')[0];
    if (!part) fail(`message ${m.attrs.name} has no part`);
    messages.set(m.attrs.name, resolve(part.attrs.element, `message ${m.attrs.name}`));
  }
  const messageOf = (ref: XmlElement | undefined, what: string): QName => {
    const name = ref?.attrs.message ? resolve(ref.attrs.message, what).local : undefined;
    const element = name ? messages.get(name) : undefined;
    return element ?? fail(`${what} names no known message`);
  };

  const actions = new Map<string, string>();
  for (const binding of wsdl(root, 'binding')) {
    for (const op of wsdl(binding, 'operation')) {
      const soapOp = elements(op).find((e) => e.local === 'operation' && e.ns !== WSDL_NS);
      actions.set(op.attrs.name, soapOp?.attrs.soapAction ?? '');
    }
  }

  const portTypes = wsdl(root, 'portType');
  if (portTypes.length !== 1) fail(`expected one portType, found ${portTypes.length}`);
  const operations = wsdl(portTypes[0], 'operation').map((op): WsdlOperation => {
    const name = op.attrs.name;
    return {
      name,
      soapAction: actions.get(name) ?? fail(`operation ${name} is not bound`),
      input: messageOf(wsdl(op, 'input')[0], `operation ${name} input`),
      output: messageOf(wsdl(op, 'output')[0], `operation ${name} output`),
      faults: wsdl(op, 'fault').map((f) => messageOf(f, `operation ${name} fault ${f.attrs.name}`)),
    };
  });

  const address = wsdl(root, 'service')
    .flatMap((s) => wsdl(s, 'port'))
    .flatMap((p) => elements(p).filter((e) => e.local === 'address'))[0]?.attrs.location;
  if (!address) fail('no soap:address');
  return { file: relativePath, addressPath: new URL(address!).pathname, operations };
}

/**
 * The document's prefix declarations. Our WSDLs declare each prefix once (or the same way
 * everywhere); a prefix bound to two namespaces would make QName values ambiguous here.
 */
function namespacePrefixes(source: string, fail: (m: string) => never): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g)) {
    const prefix = m[1] ?? '';
    const existing = map.get(prefix);
    if (existing !== undefined && existing !== m[2] && prefix !== '') fail(`prefix '${prefix}' is bound to two namespaces`);
    if (existing === undefined) map.set(prefix, m[2]);
  }
  return map;
}
