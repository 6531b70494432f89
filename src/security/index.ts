import type { AppContext } from '../app';
import type { Caller } from '../services/types';
import type { SoapMessage } from '../soap/envelope';
import { WSSE_FAULT } from '../domain/codes';
import { elements, path, text } from '../xml/node';
import { Findings, SecurityFinding, WsSecurityError, wsseFault } from './faults';
import { NS } from './namespaces';
import { verifySignedMessage } from './verify';

export { signReplyIfEnabled, signSoapEnvelope } from './sign';
export { ensureOrganisationCertificates, issueOrganisationCertificate, organisationCredentials, emulatorCredentials, testCa } from './testCa';

/** A message with a wsse:Security header goes the WS-Security X.509 way. */
export function hasSecurityHeader(message: SoapMessage): boolean {
  return !!message.header && elements(message.header).some((e) => e.local === 'Security' && e.ns === NS.wsse);
}

export interface SignedCaller {
  caller: Caller;
  /** What failed but was let through (lenient mode), one line each. */
  findings: string[];
}

/**
 * Authenticates a signed new-style message: the caller is the organisation its certificate is
 * registered for, acting in the registration's role. Strict mode: a failed check throws a
 * SoapFault whose faultcode is the wsse QName (HTTP 500). Lenient mode: every check runs, what
 * fails is logged, and the caller is still identified (certificate, else the fallback).
 */
export function authenticateSignedMessage(
  app: AppContext,
  xml: string,
  message: SoapMessage,
  fallback: () => Caller | undefined,
): SignedCaller {
  const findings = new Findings(app.config.securityMode === 'strict');
  let verified;
  try {
    verified = verifySignedMessage(app, xml, message, findings);
  } catch (e) {
    if (e instanceof WsSecurityError) throw wsseFault(e.finding);
    throw e;
  }
  const lines = findings.list.map(describe);
  if (lines.length) app.log.warn({ wsSecurity: lines }, 'WS-Security checks failed; lenient mode lets the request through');

  if (verified.registration && verified.organisation) {
    const fingerprint = verified.registration.fingerprint_sha256;
    return { caller: { organisation: verified.organisation, role: verified.registration.role, username: `x509:${fingerprint.slice(0, 16)}` }, findings: lines };
  }
  // Lenient only (strict has thrown): no registered certificate, so act as whoever else is named.
  const caller = fallback();
  if (caller) return { caller, findings: lines };
  throw wsseFault({ fault: 'FAILED_AUTHENTICATION', reason: 'No registered certificate, no HTTP Basic credential and no known customerIdentification/cbeNumber: nobody to act for.' });
}

function describe(f: SecurityFinding): string {
  return `${WSSE_FAULT[f.fault].code}: ${f.reason}`;
}

/** Lenient mode's last resort: the organisation the request names in informationCustomer. */
export function namedOrganisationCaller(app: AppContext, message: SoapMessage): Caller | undefined {
  const cbe = text(path(message.bodyRoot, 'informationCustomer', 'customerIdentification', 'cbeNumber'));
  const organisation = cbe ? app.directory.organisation(cbe) : undefined;
  return organisation && { organisation, role: 'SOCIAL_WORKER', username: `unverified:${cbe}` };
}
