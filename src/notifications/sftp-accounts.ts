import { createPublicKey, timingSafeEqual } from 'crypto';
import { utils, type ParsedKey } from 'ssh2';
import type { AppContext } from '../app';

/**
 * Who may log in to the SFTP server, and as which organisation (the outbox folder they see):
 * - password: an organisation's HTTP Basic credential (the same username and password its
 *   software uses on the new-style channel);
 * - public key: the organisation's CBE number as username, with the key of one of its active
 *   certificates (the key it signs WS-Security messages with, <data-dir>/certs/<cbe>.key.pem).
 */
export function organisationOfPassword(app: AppContext, username: string, password: string): string | undefined {
  const credential = app.directory.credential(username);
  if (!credential) return undefined;
  const expected = Buffer.from(credential.password);
  const given = Buffer.from(password);
  return expected.length === given.length && timingSafeEqual(expected, given) ? credential.cbe_number : undefined;
}

/** The SSH public keys of an organisation's active certificates (RSA: what the test CA issues). */
export function organisationSshKeys(app: AppContext, cbe: string): ParsedKey[] {
  const keys: ParsedKey[] = [];
  for (const c of app.directory.certificates(cbe)) {
    if (!c.active) continue;
    const key = sshKeyOfCertificate(c.pem);
    if (key) keys.push(key);
  }
  return keys;
}

/** An X.509 certificate's RSA key in SSH form (ssh2 does not read certificates or SPKI itself). */
export function sshKeyOfCertificate(certPem: string): ParsedKey | undefined {
  const jwk = createPublicKey(certPem).export({ format: 'jwk' });
  if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) return undefined;
  const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), sshString(mpint(jwk.e)), sshString(mpint(jwk.n))]);
  const parsed = utils.parseKey(`ssh-rsa ${blob.toString('base64')}`);
  return parsed instanceof Error ? undefined : (Array.isArray(parsed) ? parsed[0] : parsed);
}

/** An OpenSSH authorized_keys line for a certificate's key (what the admin API shows). */
export function authorizedKeyOf(certPem: string, comment: string): string | undefined {
  const key = sshKeyOfCertificate(certPem);
  return key && `${key.type} ${key.getPublicSSH().toString('base64')} ${comment}`;
}

function sshString(b: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(b.length);
  return Buffer.concat([length, b]);
}

/** An unsigned big-endian integer (base64url, as JWK gives it) as an SSH mpint: a leading 0 when the top bit is set. */
function mpint(base64url: string): Buffer {
  const b = Buffer.from(base64url, 'base64url');
  return b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b;
}
