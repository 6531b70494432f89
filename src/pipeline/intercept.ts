import type { AppContext } from '../app';
import type { Identity } from '../sources/persons';
import type { Caller, DataBlocks, Information, RequestedPeriod, ServiceDef } from '../services/types';
import { isDeclaredName, requestSchemaOf } from '../validation/schemas';
import { validateXsd, XsdError, XsdTarget } from '../validation/xsd';
import { authorizeCall, authorizePerson, PersonDecision, Refusal, Step } from './authorize';
import { operationCatalogId } from '../services/catalog-ids';
import { checkTargetSsin } from './ssin';

/**
 * The security interceptor every service call passes (issue #3), after authentication and caller
 * consistency: schema validation → service authorization → legal context → role → SSIN structure →
 * SSIN status → finality → period → proportionality. Channel-neutral: a failed check is a Finding,
 * which each pipeline maps to its own codes. In lenient mode the checks that protect data
 * (schema, authorization, finality, proportionality) are recorded instead of refused.
 */
export type InterceptStep = 'schema' | Step | 'ssin-missing' | 'ssin-structure' | 'ssin-unknown' | 'ssin-replaced' | 'ssin-cancelled';

export interface Finding {
  step: InterceptStep;
  message: string;
  information: Information[];
  /** schema: the element was missing rather than invalid. */
  missing?: boolean;
}

export class InterceptRefusal extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
  }
}

export interface InterceptInput {
  app: AppContext;
  service: ServiceDef;
  operation: string;
  caller: Caller;
  legalContext?: string;
  /** The whole document the payload sits in, and where the payload is in it. */
  xml: string;
  xsdTarget: XsdTarget;
  /** The service's own checks of its criteria, run right after the schema (may throw its own errors). */
  validate?: () => void;
  targetSsin?: string;
  /** Read only once the request has passed validation. */
  requestedPeriod?: () => RequestedPeriod | undefined;
  dataBlocks?: DataBlocks;
  requestedBlocks?: () => string[];
  today: string;
}

export interface InterceptResult {
  identity?: Identity;
  decision?: PersonDecision;
  /** Lenient mode: what would have been refused. */
  findings: Finding[];
}

/** Checks that may be waived in lenient mode; the SSIN checks never are (there is no data to answer with). */
const WAIVABLE: ReadonlySet<InterceptStep> = new Set(['schema', 'service-authorization', 'legal-context', 'role', 'finality', 'period', 'proportionality']);

export function intercept(input: InterceptInput): InterceptResult {
  const { app } = input;
  const lenient = app.config.securityMode === 'lenient';
  const findings: Finding[] = [];
  const check = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (e) {
      const finding = e instanceof Refusal ? { step: e.step, message: e.message, information: e.information } : e instanceof InterceptRefusal ? e.finding : undefined;
      if (!finding) throw e;
      if (lenient && WAIVABLE.has(finding.step)) {
        findings.push(finding);
        app.log.warn({ service: input.service.id, step: finding.step, message: finding.message }, 'lenient mode: not refused');
        return undefined;
      }
      throw new InterceptRefusal(finding);
    }
  };

  check(() => validateSchema(input));
  input.validate?.();
  const rows = check(() => authorizeCall(app, operationCatalogId(input.service, input.operation), input.operation, input.caller, input.legalContext, input.today));
  const identity = input.targetSsin !== undefined ? knownPerson(app, input.targetSsin) : undefined;
  const decision =
    rows &&
    check(() =>
      authorizePerson(app, {
        rows,
        caller: input.caller,
        ssin: input.targetSsin,
        today: input.today,
        requestedPeriod: input.requestedPeriod?.(),
        dataBlocks: input.dataBlocks,
        requestedBlocks: input.requestedBlocks?.(),
      }),
    );
  return { identity, decision, findings };
}

function validateSchema(input: InterceptInput): void {
  const result = validateXsd(requestSchemaOf(input.service), input.xml, input.xsdTarget);
  if (result.ok) return;
  const problems = result.errors.map(describe);
  throw new InterceptRefusal({
    step: 'schema',
    message: result.errors[0].message,
    missing: problems[0].missing,
    information: problems.slice(0, 15).map((p) => ({ fieldName: p.field, fieldValue: p.value })),
  });
}

/**
 * Names the field a libxml2 message is about, as a path below the request element: the element it
 * expected (missing or out of place) or the element whose value is wrong, with the offending value
 * when the message quotes it.
 */
function describe(e: XsdError): { field: string; value?: string; missing: boolean } {
  const steps = e.xpath
    .split('/')
    .filter((step) => step && !/^(\w+:)?(Envelope|Body)(\[\d+\])?$/.test(step))
    .map((step) => step.replace(/^\w+:/, '').replace(/\[\d+\]$/, ''));
  // New-style paths are readable; in classic documents (default namespace) libxml2 writes '*' steps,
  // so there the element named by the message is used instead.
  const readable = !steps.includes('*');
  const below = steps.slice(1);
  const named = e.message.match(/^Element '(?:\{[^}]*\})?([^']+)'/)?.[1] ?? '';
  const expected = e.message.match(/Expected is (?:one of )?\( ([^)]*) \)/);
  const missingChild = /Missing child element/.test(e.message);
  // An element our contracts do not know is the problem itself; a known one out of place means the
  // element expected before it is missing.
  if (expected && (missingChild || isDeclaredName(named))) {
    // The last alternative is the mandatory one; optional elements are listed before it.
    const name = expected[1].split(',').pop()!.trim().replace(/^\{[^}]*\}/, '');
    const parent = readable ? (missingChild ? below : below.slice(0, -1)) : missingChild && !/Request$/.test(named) ? [named] : [];
    return { field: [...parent, name].join('/').slice(0, 64), missing: true };
  }
  const value = e.message.match(/'([^']*)' is not a valid value|[Vv]alue '([^']*)'/);
  return { field: (readable ? below.join('/') : named).slice(0, 64), value: (value?.[1] ?? value?.[2] ?? e.message).slice(0, 256), missing: false };
}

function knownPerson(app: AppContext, ssin: string): Identity {
  if (ssin === '') throw new InterceptRefusal({ step: 'ssin-missing', message: 'The SSIN is missing.', information: [{ fieldName: 'ssin' }] });
  const outcome = checkTargetSsin(app, ssin);
  if (outcome.ok) return outcome.identity;
  const field = { fieldName: 'ssin', fieldValue: ssin };
  switch (outcome.problem) {
    case 'structure':
      throw new InterceptRefusal({ step: 'ssin-structure', message: `The SSIN ${ssin} is not valid.`, information: [field] });
    case 'unknown':
      throw new InterceptRefusal({ step: 'ssin-unknown', message: `The SSIN ${ssin} does not exist.`, information: [field] });
    case 'replaced':
      throw new InterceptRefusal({
        step: 'ssin-replaced',
        message: `The SSIN ${ssin} has been replaced by ${outcome.replacedBy}.`,
        information: [{ fieldName: 'newSSIN', fieldValue: outcome.replacedBy }],
      });
    case 'cancelled':
      throw new InterceptRefusal({ step: 'ssin-cancelled', message: `The SSIN ${ssin} has been cancelled.`, information: [field] });
  }
}
