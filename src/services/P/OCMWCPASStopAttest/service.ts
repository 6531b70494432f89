import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { stopAttest } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P06 OCMWCPASStopAttest 20090101 (MODELLED: the ServiceId is a real KSZ service name; no version
 * or XSD is public, 20090101 is our choice, as for P01): form C, the stop (refusal or withdrawal)
 * of the leefloon; POD MI answers its decision. Same callers as P01.
 */
export const stopAttestService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P06',
  name: 'OCMWCPASStopAttest',
  contract: 'modelled',
  serviceId: 'OCMWCPASStopAttest',
  version: '20090101',
  xsd: ['P06-OCMWCPASStopAttest/20090101/StopAttestRequest.xsd', 'P06-OCMWCPASStopAttest/20090101/StopAttestReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['StopAttest'],
  operationOf: () => 'StopAttest',
  targetSsin: (request) => childText(request, 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: stopAttest,
};
