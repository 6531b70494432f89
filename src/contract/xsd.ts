import * as fs from 'fs';
import * as path from 'path';
import { CONTRACTS_DIR } from '../paths';
import { parseXml } from '../xml/parse';
import { childrenNamed } from '../xml/node';
import { ContractError, QName } from './wsdl';

const XSD_NS = 'http://www.w3.org/2001/XMLSchema';

/**
 * The one global element a classic request or reply schema declares, in its target namespace:
 * the SSDN payload root a classic service reads or writes (the schema files are its contract).
 */
export function rootElementOf(relativePath: string): QName {
  const file = path.join(CONTRACTS_DIR, relativePath);
  if (!fs.existsSync(file)) throw new ContractError(`${relativePath}: no such XSD under wsdl/`);
  const schema = parseXml(fs.readFileSync(file, 'utf8'), { maxBytes: 20 * 1024 * 1024, maxDepth: 200 });
  if (schema.ns !== XSD_NS || schema.local !== 'schema') throw new ContractError(`${relativePath}: not an XML schema`);
  const globals = childrenNamed(schema, 'element').filter((e) => e.ns === XSD_NS);
  if (globals.length !== 1) throw new ContractError(`${relativePath}: expected one global element, found ${globals.length}`);
  return { ns: schema.attrs.targetNamespace ?? '', local: globals[0].attrs.name };
}
