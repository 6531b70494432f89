import { MSG, REASON, WSSE_FAULT, CodeDef } from '../domain/codes';

/**
 * Words for what the journal records: the meaning of each status / reason code (from
 * src/domain/codes.ts, where every code lives) and of each interceptor step that can refuse a call.
 */

const ALL_CODES: CodeDef[] = [...Object.values(MSG), ...Object.values(REASON), ...Object.values(WSSE_FAULT)];

const OTHER: Record<string, string> = {
  HTTP401: 'HTTP 401: the HTTP Basic credentials are missing or wrong (or the organisation does not accept them).',
  'soapenv:Client': 'SOAP fault soapenv:Client: the message itself is wrong (not a SOAP 1.1 envelope, unknown body element, bad XML).',
  'soapenv:Server': 'SOAP fault soapenv:Server: an error on the emulator side.',
  'soapenv:VersionMismatch': 'SOAP fault VersionMismatch: a SOAP 1.2 envelope; KSZ speaks SOAP 1.1.',
};

export function describeCode(code: string | null | undefined): { code: string; description: string; real?: boolean } | undefined {
  if (!code) return undefined;
  const def = ALL_CODES.find((c) => c.code === code);
  if (def) return { code, description: def.description, real: def.real };
  return OTHER[code] ? { code, description: OTHER[code] } : { code, description: 'No description known for this code.' };
}

/** Which check refused the exchange (the journal's failed_step), in words. */
const STEPS: Record<string, string> = {
  authentication: 'Authentication: the caller could not be identified (HTTP Basic credential, AuthorizedUser or WS-Security signature).',
  consistency: 'Caller consistency: customerIdentification/cbeNumber is not the organisation of the credential.',
  schema: "Contract check: the payload does not validate against the service's XSD.",
  'service-lookup': 'Service lookup: no classic service has this ServiceId and Version.',
  'service-authorization': 'Authorization: no authorization row lets this organisation call this service and operation.',
  'legal-context': 'Legal context: no authorization row allows the legal context of the request.',
  role: "Role: no authorization row allows the caller's role for this service.",
  'ssin-missing': 'SSIN: the request names no person.',
  'ssin-structure': 'SSIN structure: the number is not 11 digits with valid check digits.',
  'ssin-unknown': 'SSIN status: nobody has this number.',
  'ssin-replaced': 'SSIN status: the number was replaced by another one (the reply names it).',
  'ssin-cancelled': 'SSIN status: the number was cancelled.',
  finality: 'Finality: the organisation has no integration of this person (in the persons repertory) with a quality code the authorization lists, on the request date.',
  period: 'Period: the integration does not cover the whole period the request asks about.',
  proportionality: "Proportionality: none of the data blocks the request asks for is allowed for this caller's role and legal context.",
  service: 'The service itself answered with a business refusal (see the code).',
};

export function describeStep(step: string | null | undefined): string | undefined {
  if (!step) return undefined;
  return STEPS[step] ?? `Check "${step}" refused the request.`;
}
