import type { AppContext } from '../../src/app';
import { readEnvelope } from '../../src/soap/envelope';
import { Findings, SecurityFinding, WsSecurityError } from '../../src/security/faults';
import { verifySignedMessage } from '../../src/security/verify';

/** Strict mode: the first failed WS-Security check of a message, or undefined when it passes. */
export function firstSecurityFinding(app: AppContext, xml: string): SecurityFinding | undefined {
  try {
    verifySignedMessage(app, xml, readEnvelope(xml, { maxBytes: 1e6, maxDepth: 200 }), new Findings(true));
    return undefined;
  } catch (e) {
    if (e instanceof WsSecurityError) return e.finding;
    throw e;
  }
}
