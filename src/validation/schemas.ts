import * as fs from 'fs';
import * as path from 'path';
import { CONTRACTS_DIR } from '../paths';
import type { ServiceDef } from '../services/types';
import { endpointOf } from '../pipeline/channels';

/** A schema handed to the validator: its text, and the URL its relative imports resolve from. */
export interface SchemaRef {
  key: string;
  url: string;
  text: string;
}

/**
 * The schema that declares a WSDL's message elements is embedded in the WSDL; it is taken out
 * (with the WSDL's namespace declarations it relies on) and resolves its imports from the WSDL's folder.
 */
export function embeddedSchemaOf(wsdlRelativePath: string): SchemaRef {
  const file = path.join(CONTRACTS_DIR, wsdlRelativePath);
  const wsdl = fs.readFileSync(file, 'utf8');
  const match = wsdl.match(/<(\w+:)?schema[\s\S]*?<\/(\w+:)?schema>/);
  if (!match) throw new Error(`no embedded schema in ${wsdlRelativePath}`);
  const declared = (wsdl.match(/<(?:\w+:)?definitions([^>]*)>/)?.[1] ?? '').match(/xmlns(:\w+)?="[^"]*"/g) ?? [];
  let schema = match[0];
  const openTag = schema.slice(0, schema.indexOf('>'));
  const missing = declared.filter((d) => !openTag.includes(d.split('=')[0] + '='));
  schema = schema.replace(/^<(\w+:)?schema/, (open) => `${open} ${missing.join(' ')}`);
  return { key: wsdlRelativePath, url: file, text: schema };
}

export function xsdFile(relativePath: string): SchemaRef {
  const file = path.join(CONTRACTS_DIR, relativePath);
  return { key: relativePath, url: file, text: fs.readFileSync(file, 'utf8') };
}

const cache = new Map<string, SchemaRef>();

/** The schema a service's requests are validated against (read once, at first use). */
export function requestSchemaOf(service: ServiceDef): SchemaRef {
  // A WSDL embeds the schema of its messages; a classic service names its request XSD first.
  const key = endpointOf(service).contractFiles[0];
  let ref = cache.get(key);
  if (!ref) {
    ref = isWsdl(key) ? embeddedSchemaOf(key) : xsdFile(key);
    cache.set(key, ref);
  }
  return ref;
}

let declaredNames: Set<string> | undefined;

/** Every element and type name our contracts declare (to tell a misplaced element from an unknown one). */
export function isDeclaredName(name: string): boolean {
  if (!declaredNames) {
    const names = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(xsd|wsdl)$/.test(entry.name)) for (const m of fs.readFileSync(full, 'utf8').matchAll(/\sname="([^"]+)"/g)) names.add(m[1]);
      }
    };
    walk(CONTRACTS_DIR);
    declaredNames = names;
  }
  return declaredNames.has(name);
}

export function isWsdl(relativePath: string): boolean {
  return relativePath.endsWith('.wsdl');
}
