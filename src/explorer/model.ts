import type { ServiceDef } from '../services/types';
import { SERVICES } from '../services/registry';
import { CONNECTOR_PATH, CONNECTOR_WSDL } from '../server-paths';
import { catalogRow, CATALOG, coverage, FAMILIES } from './catalog';
import { schemaSet, SchemaSet } from './xsd';
import { ChannelOperation, endpointOf, servedCatalogRows } from '../pipeline/channels';

/**
 * What the explorer shows about the registry's services: one entry per registered service (a
 * catalogue row may have several: R09 v1 and v2, R11 new and classic), with its catalogue facts
 * and its contract. Reads the registry at each call, so services added later appear by themselves.
 */

/** A stable, URL-safe key of a registered service, e.g. R09-RetrieveTIGroupsService-v2. */
export function serviceKey(s: ServiceDef): string {
  return `${s.id}-${s.name}-${s.version}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function serviceByKey(key: string): ServiceDef | undefined {
  return SERVICES.find((s) => serviceKey(s) === key);
}

/** An operation as the explorer shows it: what its channel says (name, catalog row, SOAPAction, elements). */
export type ServiceOperation = ChannelOperation;

export interface Contract {
  set: SchemaSet;
  /** The files to show, the service's own first (new style: the WSDL). */
  files: string[];
  operations: ServiceOperation[];
}

/** The contract files and operations of a service. */
export function contractOf(s: ServiceDef): Contract {
  const endpoint = endpointOf(s);
  const set = schemaSet(endpoint.contractFiles);
  return { set, files: set.files.map((f) => f.path), operations: endpoint.operations };
}

/** The summary row of a registered service for the catalogue view. */
export function serviceSummary(s: ServiceDef, baseUrl: string) {
  const row = catalogRow(s.id);
  const endpoint = endpointOf(s);
  return {
    key: serviceKey(s),
    id: s.id,
    family: row?.family ?? s.id.charAt(0),
    familyName: FAMILIES[(row?.family ?? s.id.charAt(0)) as keyof typeof FAMILIES],
    name: s.name,
    catalogName: row?.name,
    purpose: row?.purpose,
    source: row?.source,
    style: s.style,
    contract: s.contract,
    version: s.version,
    endpoint: `${baseUrl}${endpoint.path}`,
    serviceId: endpoint.serviceId,
    wsdl: `${baseUrl}${endpoint.wsdl}`,
    operations: endpoint.operations.map((o) => o.name),
    authentication: endpoint.authentication,
  };
}

/** The catalogue view: every registered service, and every catalogue row with whether it is offered. */
export function catalogView(baseUrl: string) {
  const services = SERVICES.map((s) => serviceSummary(s, baseUrl));
  const cov = coverage(servedCatalogRows());
  const offered = new Set(cov.ids);
  return {
    coverage: { offered: cov.offered, total: cov.total },
    families: FAMILIES,
    services,
    rows: CATALOG.map((r) => ({ ...r, offered: offered.has(r.id) })),
    connector: { path: CONNECTOR_PATH, wsdl: `${baseUrl}${CONNECTOR_PATH}?wsdl`, wsdlFile: CONNECTOR_WSDL },
  };
}
