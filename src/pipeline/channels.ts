import type { AppContext } from '../app';
import { CONNECTOR_PATH } from '../server-paths';
import { classicServices, newStyleServices, serviceAtPath } from '../services/registry';
import type { ServiceDef } from '../services/types';
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
export interface Channel {
  name: ChannelName;
  /** Runs one exchange through the channel's stages. */
  serve(app: AppContext, call: IncomingCall, service: ServiceDef | undefined): HttpReply | Promise<HttpReply>;
  /** Where a client sends a service's messages, and where its contract is. */
  endpointOf(service: ServiceDef): string;
  wsdlOf(service: ServiceDef): string;
  authenticationOf(service: ServiceDef): string;
  services(): ServiceDef[];
}

export const CHANNELS: Record<ChannelName, Channel> = {
  new: {
    name: 'new',
    serve: (app, call, service) => handleNewStyle(app, service as Extract<ServiceDef, { style: 'new' }>, call),
    endpointOf: (s) => (s as Extract<ServiceDef, { style: 'new' }>).path,
    wsdlOf: (s) => `${(s as Extract<ServiceDef, { style: 'new' }>).path}?wsdl`,
    authenticationOf: (s) => (s as Extract<ServiceDef, { style: 'new' }>).authentication,
    services: newStyleServices,
  },
  classic: {
    name: 'classic',
    serve: (app, call) => handleClassic(app, call),
    endpointOf: () => CONNECTOR_PATH,
    wsdlOf: () => `${CONNECTOR_PATH}?wsdl`,
    authenticationOf: () => 'AuthorizedUser',
    services: classicServices,
  },
};

/** The channel listening on a path, and the new-style service published there. */
export function channelFor(path: string): { channel: Channel; service?: ServiceDef } | undefined {
  if (path === CONNECTOR_PATH) return { channel: CHANNELS.classic };
  const service = serviceAtPath(path);
  return service ? { channel: CHANNELS.new, service } : undefined;
}
