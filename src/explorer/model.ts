import type { ServiceDef } from '../services/types';
import { SERVICES } from '../services/registry';
import { CONNECTOR_PATH, CONNECTOR_WSDL } from '../server-paths';
import { catalogRow, CATALOG, coverage, FAMILIES } from './catalog';
import { schemaSet, SchemaSet } from './xsd';

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

export interface ServiceOperation {
  name: string;
  soapAction?: string;
  request?: { ns: string; name: string };
  response?: { ns: string; name: string };
  fault?: { ns: string; name: string };
}

export interface Contract {
  set: SchemaSet;
  /** The files to show, the service's own first (new style: the WSDL). */
  files: string[];
  operations: ServiceOperation[];
}

/** The contract files and operations of a service. */
export function contractOf(s: ServiceDef): Contract {
  if (s.style === 'new') {
    const set = schemaSet([s.wsdl]);
    const operations = s.operations.map((o) => {
      const fault = o.faultElement ?? s.faultElement;
      return {
        name: o.name,
        soapAction: o.soapAction,
        request: { ns: s.namespace, name: o.requestElement },
        response: { ns: s.namespace, name: o.responseElement },
        fault: fault ? { ns: s.namespace, name: fault } : undefined,
      };
    });
    return { set, files: set.files.map((f) => f.path), operations };
  }
  const set = schemaSet(s.xsd);
  // Classic operations share one request element; the request's content selects the operation.
  const operations = s.operations.map((name) => ({
    name,
    soapAction: 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML',
    request: { ns: s.namespace, name: s.requestElement },
    response: { ns: s.namespace, name: s.replyElement },
  }));
  return { set, files: set.files.map((f) => f.path), operations };
}

/** The summary row of a registered service for the catalogue view. */
export function serviceSummary(s: ServiceDef, baseUrl: string) {
  const row = catalogRow(s.id);
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
    endpoint: s.style === 'new' ? `${baseUrl}${s.path}` : `${baseUrl}${CONNECTOR_PATH}`,
    serviceId: s.style === 'classic' ? s.serviceId : undefined,
    wsdl: s.style === 'new' ? `${baseUrl}${s.path}?wsdl` : `${baseUrl}${CONNECTOR_PATH}?wsdl`,
    operations: s.style === 'new' ? s.operations.map((o) => o.name) : s.operations,
    authentication: s.style === 'new' ? s.authentication : 'AuthorizedUser',
  };
}

/** The catalogue view: every registered service, and every catalogue row with whether it is offered. */
export function catalogView(baseUrl: string) {
  const services = SERVICES.map((s) => serviceSummary(s, baseUrl));
  const cov = coverage(SERVICES.map((s) => s.id));
  const offered = new Set(cov.ids);
  return {
    coverage: { offered: cov.offered, total: cov.total },
    families: FAMILIES,
    services,
    rows: CATALOG.map((r) => ({ ...r, offered: offered.has(r.id) })),
    connector: { path: CONNECTOR_PATH, wsdl: `${baseUrl}${CONNECTOR_PATH}?wsdl`, wsdlFile: CONNECTOR_WSDL },
  };
}
