import type { AppContext } from '../app';
import type { AuthorizedUser } from '../soap/ssdn';
import type { SoapMessage } from '../soap/envelope';
import type { Caller } from '../services/types';
import type { IncomingCall } from './http';
import { authenticateSignedMessage, hasSecurityHeader, namedOrganisationCaller } from '../security';

/**
 * Who is calling. New style: HTTP Basic credentials of a test organisation (contracts.md §1.4).
 * Classic: the declared AuthorizedUser must be a known, active user of the organisation it names,
 * in sector 17.1 (security.md §1.3). New style may instead be signed with WS-Security X.509 (src/security/).
 */
export type BasicAuthResult = { ok: true; caller: Caller; findings?: string[] } | { ok: false; reason: string };

/**
 * The new-style channel: a message with a wsse:Security header goes the WS-Security X.509 way
 * (HTTP Basic, if also sent, is not looked at); any other message needs HTTP Basic. Each
 * organisation accepts basic, x509 or both. A refused Basic login is answered with HTTP 401; a
 * refused signature throws a SoapFault with the WS-Security fault code. In lenient mode, what
 * fails is logged and returned as `findings` instead of refused.
 */
export function authenticateNewStyle(app: AppContext, call: IncomingCall, message: SoapMessage): BasicAuthResult {
  if (hasSecurityHeader(message)) {
    const fallback = () => {
      const basic = authenticateBasic(app, call.authorization);
      return basic.ok ? basic.caller : namedOrganisationCaller(app, message);
    };
    const signed = authenticateSignedMessage(app, call.body, message, fallback);
    return { ok: true, caller: signed.caller, findings: signed.findings };
  }
  const basic = authenticateBasic(app, call.authorization);
  if (!basic.ok) return basic;
  const org = basic.caller.organisation;
  if (app.directory.acceptedCredentials(org.cbe_number) === 'x509') {
    const reason = `${org.name_nl} (${org.cbe_number}) accepts only WS-Security X.509 signed messages; HTTP Basic alone is refused.`;
    if (app.config.securityMode === 'strict') return { ok: false, reason };
    app.log.warn({ organisation: org.cbe_number }, `${reason} Lenient mode lets the request through.`);
    return { ...basic, findings: [reason] };
  }
  return basic;
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
