/**
 * Injected faults (PUT /_admin/faults, ARCHITECTURE.md): rules that make chosen exchanges answer
 * as if something failed. Every selector of a rule is optional; `count` limits how many exchanges
 * it hits, `probability` makes it hit only some.
 *
 * Served so far: PARTIAL, the partial answer of a contract that has one (ChildBenefits' INCOMPLETE_DATA
 * with CHB00001: one of the sources asked does not answer). The other kinds of the contract are
 * refused with a clear message until they are served.
 */
export const FAULT_KINDS = ['SUPPLIER_UNAVAILABLE', 'KSZ_UNAVAILABLE', 'INTERNAL_ERROR', 'INCORRECT_SUPPLIER_RESPONSE', 'PARTIAL', 'DELAY', 'TIMEOUT', 'DROP_CONNECTION'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export const SERVED_FAULT_KINDS: readonly FaultKind[] = ['PARTIAL'];

export interface FaultRule {
  service?: string;
  operation?: string;
  ssin?: string;
  organization?: string;
  kind: FaultKind;
  count?: number;
  probability?: number;
}

/** What an exchange is, for the rules' selectors. */
export interface FaultTarget {
  service: string;
  operation: string;
  ssin?: string;
  organization?: string;
}

/** A rule as the admin route received it, or why it cannot be taken. */
export function parseFaultRule(raw: unknown): FaultRule | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'a rule must be an object';
  const r = raw as Record<string, unknown>;
  const known = new Set(['service', 'operation', 'ssin', 'organization', 'kind', 'count', 'probability', 'ms']);
  const unknown = Object.keys(r).filter((k) => !known.has(k));
  if (unknown.length) return `unknown field(s): ${unknown.join(', ')}`;
  if (!FAULT_KINDS.includes(r.kind as FaultKind)) return `kind must be one of ${FAULT_KINDS.join(', ')}`;
  if (!SERVED_FAULT_KINDS.includes(r.kind as FaultKind)) return `kind ${String(r.kind)} is not served yet (served: ${SERVED_FAULT_KINDS.join(', ')})`;
  for (const key of ['service', 'operation', 'ssin', 'organization'] as const) {
    if (r[key] !== undefined && (typeof r[key] !== 'string' || r[key] === '')) return `${key} must be a non-empty string`;
  }
  if (r.count !== undefined && !(Number.isInteger(r.count) && (r.count as number) >= 1)) return 'count must be a whole number from 1';
  if (r.probability !== undefined && !(typeof r.probability === 'number' && r.probability > 0 && r.probability <= 1)) return 'probability must be a number in (0, 1]';
  const { service, operation, ssin, organization, count, probability } = r as Partial<FaultRule>;
  return { kind: r.kind as FaultKind, service, operation, ssin, organization, count, probability };
}

/** The rules in force on one emulator (not persisted: a restart or reset clears them). */
export class Faults {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  set(rules: FaultRule[]): void {
    this.rules = rules.map((r) => ({ ...r }));
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The first rule of a kind that selects the exchange (and takes one of its count), if any. */
  take(kind: FaultKind, t: FaultTarget): FaultRule | undefined {
    const rule = this.rules.find(
      (r) =>
        r.kind === kind &&
        (r.service === undefined || r.service === t.service) &&
        (r.operation === undefined || r.operation === t.operation) &&
        (r.ssin === undefined || r.ssin === t.ssin) &&
        (r.organization === undefined || r.organization === t.organization),
    );
    if (!rule || (rule.probability !== undefined && this.random() >= rule.probability)) return undefined;
    if (rule.count !== undefined) {
      rule.count -= 1;
      if (rule.count === 0) this.rules = this.rules.filter((r) => r !== rule);
    }
    return { ...rule };
  }
}
