import * as fs from 'fs';
import * as path from 'path';
import { CONTRACTS_DIR } from './paths';

/**
 * Publishes our WSDLs and XSDs (the files under wsdl/). Each file is served with its endpoint
 * addresses pointing at the emulator's public base URL and every relative schemaLocation /
 * wsdl:import turned into an absolute URL under /wsdl/, so any client can fetch the whole graph.
 */
export { CONTRACTS_DIR };

/** The address our contract files carry before rewriting. */
const AUTHORING_BASE = 'http://localhost:8080';

/** Reads a contract file by its path under wsdl/, or undefined if there is none (or it escapes wsdl/). */
export function readContract(relativePath: string, baseUrl: string): string | undefined {
  const normalized = path.posix.normalize(relativePath.replace(/\\/g, '/')).replace(/^\/+/, '');
  if (normalized.startsWith('..') || !/\.(wsdl|xsd)$/.test(normalized)) return undefined;
  const file = path.join(CONTRACTS_DIR, normalized);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  const source = fs.readFileSync(file, 'utf8');
  const dir = path.posix.dirname(normalized);
  return source
    .split(`location="${AUTHORING_BASE}`)
    .join(`location="${baseUrl}`)
    .replace(/((?:schemaLocation|location)=")([^"]+)(")/g, (whole, open: string, target: string, close: string) => {
      if (/^[a-z]+:/i.test(target)) return whole;
      return `${open}${baseUrl}/wsdl/${path.posix.normalize(path.posix.join(dir, target))}${close}`;
    });
}

export function contractUrl(baseUrl: string, relativePath: string): string {
  return `${baseUrl}/wsdl/${relativePath}`;
}
