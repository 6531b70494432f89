import { CodeDef, WSSE_FAULT } from '../domain/codes';
import { SoapFault } from '../soap/envelope';
import { NS } from './namespaces';

export type WsseFault = keyof typeof WSSE_FAULT;

/** One failed WS-Security check: its fault code and what exactly was wrong (safe to show a client). */
export interface SecurityFinding {
  fault: WsseFault;
  reason: string;
}

/** Thrown in strict mode at the first failed check. */
export class WsSecurityError extends Error {
  constructor(readonly finding: SecurityFinding) {
    super(`${WSSE_FAULT[finding.fault].code}: ${finding.reason}`);
  }
}

/** The SOAP 1.1 fault for a failed check: faultcode is the wsse QName, HTTP 500, no detail. */
export function wsseFault(finding: SecurityFinding): SoapFault {
  const def: CodeDef = WSSE_FAULT[finding.fault];
  return new SoapFault(def.code, `${def.description} ${finding.reason}`, undefined, 500, { wsse: NS.wsse });
}

/**
 * Collects the findings of one message. Strict mode throws at the first one (the request is
 * refused with its fault); lenient mode keeps going and lets the caller log them all.
 */
export class Findings {
  readonly list: SecurityFinding[] = [];
  constructor(private readonly strict: boolean) {}

  fail(fault: WsseFault, reason: string): void {
    const finding = { fault, reason };
    if (this.strict) throw new WsSecurityError(finding);
    this.list.push(finding);
  }
}
