import type { AppContext } from '../app';
import type { AuthorizedUser } from '../soap/ssdn';
import type { SoapMessage } from '../soap/envelope';
import type { Caller } from '../services/types';
import type { IncomingCall } from './http';

/**
 * Who is calling. New style: HTTP Basic credentials of a test organisation (contracts.md §1.4).
 * Classic: the declared AuthorizedUser must be a known, active user of the organisation it names,
 * in sector 17.1 (security.md §1.3). WS-Security X.509 arrives with issue #3.
 */
export type BasicAuthResult = { ok: true; caller: Caller } | { ok: false; reason: string };

/**
 * The new-style channel: HTTP Basic today; WS-Security X.509 (a wsse:Security header) joins here.
 * A refused Basic login is answered with HTTP 401; a refused signature throws a SoapFault with
 * the WS-Security fault code.
 */
export function authenticateNewStyle(app: AppContext, call: IncomingCall, _message: SoapMessage): BasicAuthResult {
  return authenticateBasic(app, call.authorization);
}

export function authenticateBasic(app: AppContext, authorization: string | undefined): BasicAuthResult {
  if (!authorization || !/^Basic\s+/i.test(authorization)) return { ok: false, reason: 'HTTP Basic credentials are required.' };
  const decoded = Buffer.from(authorization.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { ok: false, reason: 'Malformed HTTP Basic credentials.' };
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  const credential = app.directory.credential(username);
  if (!credential || credential.password !== password) return { ok: false, reason: 'Unknown username or wrong password.' };
  const organisation = app.directory.organisation(credential.cbe_number);
  if (!organisation) return { ok: false, reason: 'The credential belongs to no known organisation.' };
  return { ok: true, caller: { organisation, role: credential.role, username } };
}

export type ClassicAuthResult = { ok: true; caller: Caller } | { ok: false; field: string; value?: string };

export function authenticateClassic(app: AppContext, user: AuthorizedUser): ClassicAuthResult {
  const organisation = user.orgUnit ? app.directory.organisation(user.orgUnit) : undefined;
  if (!organisation) return { ok: false, field: 'OrgUnit', value: user.orgUnit };
  if (String(organisation.sector) !== user.matrixId) return { ok: false, field: 'MatrixID', value: user.matrixId };
  if (user.matrixSubId !== undefined && String(organisation.sub_sector) !== user.matrixSubId) {
    return { ok: false, field: 'MatrixSubID', value: user.matrixSubId };
  }
  const appUser = user.userId ? app.directory.user(organisation.cbe_number, user.userId) : undefined;
  if (!appUser) return { ok: false, field: 'UserID', value: user.userId };
  if (appUser.email.toLowerCase() !== (user.email ?? '').toLowerCase()) return { ok: false, field: 'Email', value: user.email };
  return { ok: true, caller: { organisation, user: appUser, role: appUser.role } };
}
