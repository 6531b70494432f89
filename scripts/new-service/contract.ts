import * as fs from 'fs';
import * as path from 'path';
import { parseXml } from '../../src/xml/parse';
import { elements, XmlElement } from '../../src/xml/node';
import { UsageError } from './args';

/**
 * Which contract files a new service brings: its WSDL and every schema it imports or includes
 * (and theirs), copied under its own folder of wsdl/ (wsdl/<ID>-<Name>/<version>/), keeping
 * their relative places. A reference that lands outside that folder must name a file the project
 * has already (wsdl/common/v3/CommonV3.xsd, shared by every CommonV3 service); it is not copied.
 */
export interface ContractCopy {
  /** Relative to wsdl/, e.g. S99-ExampleService/v1/ExampleV1.xsd */
  relative: string;
  text: string;
  /** The file it is copied from. */
  from: string;
}

export interface ContractPlan {
  /** The WSDL first. */
  copies: ContractCopy[];
  /** Files of the project's wsdl/ the copies refer to, e.g. common/v3/CommonV3.xsd. */
  shared: string[];
}

/** Where our contract files point before the server rewrites them (src/contracts.ts). */
const AUTHORING_PREFIX = 'http://localhost:8080/wsdl/';
const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
const XS_NS = 'http://www.w3.org/2001/XMLSchema';

/**
 * Plans the copies of the WSDL `wsdlFile` into `folder` (relative to `contractsDir`, the
 * project's wsdl/). With `addressPath`, the copy's soap:address is set to that path.
 */
export function planContract(wsdlFile: string, folder: string, contractsDir: string, addressPath?: string): ContractPlan {
  const copies = new Map<string, ContractCopy>();
  const shared = new Set<string>();

  const visit = (from: string, relative: string) => {
    if (copies.has(relative)) return;
    const text = fs.readFileSync(from, 'utf8');
    const root = parse(text, from);
    copies.set(relative, { relative, text: copies.size === 0 && addressPath ? withAddressPath(text, addressPath, from) : text, from });
    for (const location of referencesOf(root)) {
      const what = `${path.basename(from)} refers to ${location}`;
      if (location.startsWith(AUTHORING_PREFIX)) {
        const target = location.slice(AUTHORING_PREFIX.length);
        if (!fs.existsSync(path.join(contractsDir, target))) throw new UsageError(`${what}: the project has no wsdl/${target}`);
        shared.add(target);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(location)) throw new UsageError(`${what}: give the schemas it needs by relative paths, they are copied with it`);
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(relative), location));
      if (target.startsWith('../')) throw new UsageError(`${what}, which would land outside wsdl/`);
      if (target.startsWith(`${folder}/`)) {
        const source = path.resolve(path.dirname(from), location);
        if (!fs.existsSync(source)) throw new UsageError(`${what}: no such file (${source})`);
        visit(source, target);
      } else if (fs.existsSync(path.join(contractsDir, target))) {
        shared.add(target);
      } else {
        throw new UsageError(`${what}, which would be wsdl/${target}: the project has no such file (put the schema next to the WSDL, or add it to wsdl/ first)`);
      }
    }
  };
  visit(wsdlFile, `${folder}/${path.basename(wsdlFile)}`);
  return { copies: [...copies.values()], shared: [...shared] };
}

function parse(text: string, file: string): XmlElement {
  try {
    return parseXml(text, { maxBytes: 20 * 1024 * 1024, maxDepth: 200 });
  } catch (e) {
    throw new UsageError(`${file}: not well-formed XML (${(e as Error).message})`);
  }
}

/** The schemaLocation of every xs:import/include/redefine, and the location of every wsdl:import. */
function referencesOf(root: XmlElement): string[] {
  const found: string[] = [];
  const walk = (el: XmlElement) => {
    if (el.ns === XS_NS && ['import', 'include', 'redefine'].includes(el.local) && el.attrs.schemaLocation) found.push(el.attrs.schemaLocation);
    if (el.ns === WSDL_NS && el.local === 'import' && el.attrs.location) found.push(el.attrs.location);
    for (const c of elements(el)) walk(c);
  };
  walk(root);
  return found;
}

/** The WSDL's text with the path of its soap:address location replaced (scheme and host kept). */
function withAddressPath(text: string, addressPath: string, file: string): string {
  let replaced = false;
  const out = text.replace(/(<(?:[\w.-]+:)?address\b[^>]*?\blocation\s*=\s*")([^"]*)(")/g, (_all, before: string, location: string, after: string) => {
    replaced = true;
    let origin = 'http://localhost:8080';
    try {
      origin = new URL(location).origin;
    } catch {
      // not an absolute URL: the emulator's authoring host
    }
    return `${before}${origin}${addressPath}${after}`;
  });
  if (!replaced) throw new UsageError(`${file}: no soap:address to set --path on`);
  return out;
}
