import { FLOWS } from '../events/flows';
import type { AppContext } from '../app';
import { CONNECTOR_PATH } from '../server-paths';
import { classicServices, newStyleServices, serviceAtPath, SERVICES } from '../services/registry';
import type { ClassicService, NewStyleService, ServiceDef } from '../services/types';
import { SEND_XML_ACTION } from '../soap/ssdn';
import { handleClassic } from './classic';
import type { ChannelName } from './exchange';
import type { HttpReply, IncomingCall } from './http';
import { handleNewStyle } from './newStyle';

/**
 * The ways a message reaches the emulator, in one table instead of `style === ...` branches:
 * where a channel listens, how it runs an exchange (its own list of stages), and what the admin
 * API and the explorer show of its services. The notification and supplier channels of later
 * issues are rows of this table.
 */
/** An element by namespace and local name. */
export interface QName {
  ns: string;
  name: string;
}

/** One operation as a client sees it on a channel. */
export interface ChannelOperation {
  name: string;
  /** Its catalog row (one contract may cover several rows). */
  id: string;
  soapAction: string;
  request: QName;
  response: QName;
  /** The fault detail element its contract declares, if any. */
  fault?: QName;
}

/** What a client needs to call a service on its channel: the admin API, the explorer and the docs show it. */
export interface ServiceEndpoint {
  /** The URL path messages are posted to. */
  path: string;
  /** The URL path of the WSDL a client is generated from. */
  wsdl: string;
  /** The contract files (relative to wsdl/), the service's own first. */
  contractFiles: string[];
  /** How a caller identifies itself. */
  authentication: string;
  /** The SSDN ServiceId that selects a classic service. */
  serviceId?: string;
  operations: ChannelOperation[];
}

export interface Channel {
  name: ChannelName;
  /** Runs one exchange through the channel's stages. */
  serve(app: AppContext, call: IncomingCall, service: ServiceDef | undefined): HttpReply | Promise<HttpReply>;
  endpointOf(service: ServiceDef): ServiceEndpoint;
  services(): ServiceDef[];
}

function newStyleEndpoint(s: NewStyleService): ServiceEndpoint {
  return {
    path: s.path,
    wsdl: `${s.path}?wsdl`,
    contractFiles: [s.wsdl],
    authentication: s.authentication,
    operations: s.operations.map((o) => {
      const fault = o.faultElement ?? s.faultElement;
      return {
        name: o.name,
        id: o.id,
        soapAction: o.soapAction,
        request: { ns: s.namespace, name: o.requestElement },
        response: { ns: s.namespace, name: o.responseElement },
        fault: fault ? { ns: s.namespace, name: fault } : undefined,
      };
    }),
  };
}

/** Classic services share the connector: one sendXML action, one request element; the request's content selects the operation. */
function classicEndpoint(s: ClassicService): ServiceEndpoint {
  return {
    path: CONNECTOR_PATH,
    wsdl: `${CONNECTOR_PATH}?wsdl`,
    contractFiles: [...s.xsd],
    authentication: 'AuthorizedUser',
    serviceId: s.serviceId,
    operations: s.operations.map((name) => ({
      name,
      id: s.id,
      soapAction: SEND_XML_ACTION,
      request: { ns: s.namespace, name: s.requestElement },
      response: { ns: s.namespace, name: s.replyElement },
    })),
  };
}

export const CHANNELS: Record<ChannelName, Channel> = {
  new: {
    name: 'new',
    serve: (app, call, service) => handleNewStyle(app, service as NewStyleService, call),
    endpointOf: (s) => newStyleEndpoint(s as NewStyleService),
    services: newStyleServices,
  },
  classic: {
    name: 'classic',
    serve: (app, call) => handleClassic(app, call),
    endpointOf: (s) => classicEndpoint(s as ClassicService),
    services: classicServices,
  },
};

const endpoints = new WeakMap<ServiceDef, ServiceEndpoint>();

/** How a client reaches a service (its channel decides); worked out once per service, since services do not change. */
export function endpointOf(service: ServiceDef): ServiceEndpoint {
  let endpoint = endpoints.get(service);
  if (!endpoint) {
    endpoint = CHANNELS[service.style].endpointOf(service);
    endpoints.set(service, endpoint);
  }
  return endpoint;
}

/** The catalog rows the registry serves: each service's ID and its operations' (one contract may serve several rows). */
export function servedCatalogIds(services: ServiceDef[] = SERVICES): string[] {
  return [...new Set(services.flatMap((s) => [s.id, ...endpointOf(s).operations.map((o) => o.id)]))];
}

/** Every catalog row served: its services' and the notification flows delivered (src/events/flows.ts). */
export function servedCatalogRows(): string[] {
  return [...new Set([...servedCatalogIds(), ...FLOWS.map((f) => f.id)])];
}

/** The channel listening on a path, and the new-style service published there. */
export function channelFor(path: string): { channel: Channel; service?: ServiceDef } | undefined {
  if (path === CONNECTOR_PATH) return { channel: CHANNELS.classic };
  const service = serviceAtPath(path);
  return service ? { channel: CHANNELS.new, service } : undefined;
}
