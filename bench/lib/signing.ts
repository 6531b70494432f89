/**
 * The WS-Security signed scenario needs a way to sign. Signatures are built in src/security
 * (issue #3); this module finds a signer without depending on that code at compile time:
 *
 *  - the key and certificate the emulator's test CA issued to the organisation: PEM files under the
 *    data directory whose name contains its KBO number (<dataDir>/certs/<cbe>.key.pem, .cert.pem);
 *  - the emulator's own signer when dist/src/security exports one (signSoapEnvelope(xml,
 *    { keyPem, certPem }): BinarySecurityToken, Timestamp, signature over Body, Timestamp and
 *    token, exclusive C14N, RSA-SHA256); otherwise node-soap's WSSecurityCert, which issue #3 says
 *    the emulator must accept too.
 *
 * Every message gets its own Timestamp and signature (the emulator refuses replays), so messages
 * are signed ahead of a run into a pool; a run stops when its pool is used up.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './processes';

export type Signer = { describe: string; sign(envelopeXml: string): Promise<string> };

type SignFn = (xml: string, credentials: { keyPem: string; certPem: string }) => string | Promise<string>;

export function securityModuleDir(): string {
  return path.join(ROOT, 'dist', 'src', 'security');
}

function walk(dir: string, depth = 4): string[] {
  if (depth < 0 || !fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, depth - 1));
    else out.push(p);
  }
  return out;
}

/** The organisation's key and certificate (PEM) from the data directory. */
export function findCredentials(dataDir: string, cbeNumber: string): { keyPem: string; certPem: string } | undefined {
  let keyPem: string | undefined;
  let certPem: string | undefined;
  for (const f of walk(dataDir).filter((x) => path.basename(x).includes(cbeNumber) && /\.(pem|key|crt|cer)$/i.test(x))) {
    const text = fs.readFileSync(f, 'utf8');
    if (!keyPem && /-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(text)) keyPem = text;
    if (!certPem && text.includes('-----BEGIN CERTIFICATE-----')) certPem = text;
  }
  return keyPem && certPem ? { keyPem, certPem } : undefined;
}

function emulatorSigner(): { fn: SignFn; where: string } | undefined {
  for (const file of ['index.js', 'sign.js'].map((f) => path.join(securityModuleDir(), f))) {
    if (!fs.existsSync(file)) continue;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file) as Record<string, unknown>;
      if (typeof mod.signSoapEnvelope === 'function') return { fn: mod.signSoapEnvelope as SignFn, where: path.relative(ROOT, file) };
    } catch {
      /* not loadable: try the next */
    }
  }
  return undefined;
}

/** A signer, or the reason there is none yet. */
export async function findSigner(dataDir: string, cbeNumber: string): Promise<Signer | { missing: string }> {
  if (!fs.existsSync(securityModuleDir())) return { missing: 'src/security does not exist yet (issue #3)' };
  const credentials = findCredentials(dataDir, cbeNumber);
  if (!credentials) return { missing: `the data directory holds no key and certificate of ${cbeNumber} (the test CA of issue #3 writes them)` };

  const own = emulatorSigner();
  if (own) {
    return { describe: `${own.where} signSoapEnvelope() with the test CA's key of ${cbeNumber}`, sign: async (xml) => String(await own.fn(xml, credentials)) };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const soap = require('soap') as typeof import('soap');
  return {
    describe: `node-soap WSSecurityCert with the test CA's key of ${cbeNumber}`,
    sign: async (xml) => {
      const ws = new soap.WSSecurityCert(credentials.keyPem, credentials.certPem, '', {
        hasTimeStamp: true,
        signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      } as ConstructorParameters<typeof soap.WSSecurityCert>[3]);
      // node-soap inserts its header before </soapenv:Header>: the envelope needs an open Header.
      return ws.postProcess(xml.replace('<soapenv:Header/>', '<soapenv:Header></soapenv:Header>'), 'soapenv');
    },
  };
}

/** Signs `count` fresh copies of an envelope; stops early after `budgetMs`. */
export async function signPool(signer: Signer, envelope: string, count: number, budgetMs: number): Promise<string[]> {
  const started = performance.now();
  const out: string[] = [];
  // xml-crypto warns once about a deprecated call node-soap makes; not ours to fix.
  const saved = process.emitWarning;
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    while (out.length < count && performance.now() - started < budgetMs) out.push(await signer.sign(envelope));
  } finally {
    process.emitWarning = saved;
  }
  return out;
}
