import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CONTRACTS_DIR } from '../../src/paths';
import { embeddedSchemaOf } from '../../src/validation/schemas';

/**
 * Validates an XML document against one of our own XSDs with xmllint (libxml2, Debian package
 * libxml2-utils): a real validator, independent of the code that wrote the reply.
 * Throws with xmllint's messages when the document is invalid.
 */
export function validateAgainst(xml: string, xsdRelativePath: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksz-xsd-'));
  const file = path.join(dir, 'doc.xml');
  fs.writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(CONTRACTS_DIR, xsdRelativePath), file], { stdio: 'pipe' });
  } catch (e) {
    const err = e as { stderr?: Buffer };
    throw new Error(`XSD validation against ${xsdRelativePath} failed:\n${err.stderr?.toString() ?? String(e)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * New-style root elements are declared in a schema embedded in the WSDL, which xmllint cannot
 * read directly: this writes that schema (as the emulator itself extracts it) next to the WSDL, so
 * its relative imports resolve, and returns its path under wsdl/. The copy is git-ignored.
 */
export function extractWsdlSchema(wsdlRelativePath: string): string {
  const out = path.join(CONTRACTS_DIR, path.dirname(wsdlRelativePath), '.embedded-schema.xsd');
  // Written under a temporary name and renamed: parallel test workers never read a half-written file.
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `<?xml version="1.0" encoding="UTF-8"?>\n${embeddedSchemaOf(wsdlRelativePath).text}`);
  fs.renameSync(tmp, out);
  return path.relative(CONTRACTS_DIR, out);
}

/** The body element of a SOAP reply, as the text the emulator sent (with its own xmlns declarations). */
export function bodyElementText(soapXml: string): string {
  const open = soapXml.match(/<soapenv:Body[^>]*>/);
  const end = soapXml.lastIndexOf('</soapenv:Body>');
  if (!open || open.index === undefined || end < 0) throw new Error('no soapenv:Body in reply');
  return soapXml.slice(open.index + open[0].length, end);
}

/** Validates the body element of a new-style reply against the schema embedded in the service's WSDL. */
export function validateNewStyleBody(soapXml: string, wsdlRelativePath: string): void {
  validateAgainst(bodyElementText(soapXml), extractWsdlSchema(wsdlRelativePath));
}
