import type { AuthorizationRule, ServiceDef } from './types';

/**
 * The catalog row an operation serves: its own ID where one contract covers several rows (Dolsis:
 * S01, S02, S03, S05, S06), else the service's. Authorization rows, the journal and the docs are
 * kept per catalog row.
 */
export function operationCatalogId(service: ServiceDef, operation: string | undefined): string {
  if (service.style !== 'new' || operation === undefined) return service.id;
  return service.operations.find((o) => o.name === operation)?.id ?? service.id;
}

/** Every catalog row a service serves, its own ID first. */
export function catalogIdsOf(service: ServiceDef): string[] {
  const ids = service.style === 'new' ? service.operations.map((o) => o.id ?? service.id) : [];
  return [...new Set([service.id, ...ids])];
}

/**
 * The rows a declared authorization rule becomes, one per catalog row it covers: a rule for one
 * operation under that operation's row, a rule for every operation ('*') under each row of the service.
 */
export function authorizationRowsOf(service: ServiceDef, rule: AuthorizationRule): { catalogId: string; rule: AuthorizationRule }[] {
  if (rule.operation !== '*') return [{ catalogId: operationCatalogId(service, rule.operation), rule }];
  return catalogIdsOf(service).map((catalogId) => ({ catalogId, rule }));
}
