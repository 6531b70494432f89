import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { manageAccess } from './handler';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/** R02 OCMWCPASManageAccess 20050930 (contracts.md §3.2): integrate, de-integrate and list an SSIN in the persons repertory. */
export const manageAccessService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'R02',
  name: 'OCMWCPASManageAccess',
  contract: 'public',
  serviceId: 'OCMWCPASManageAccess',
  version: '20050930',
  xsd: ['R02-OCMWCPASManageAccess/20050930/ManageAccessRequest.xsd', 'R02-OCMWCPASManageAccess/20050930/ManageAccessReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['REGISTER', 'UNREGISTER', 'LIST'],
  operationOf: (request) => childText(request, 'Action') ?? '',
  targetSsin: (request) => childText(request, 'SSIN') ?? '',
  // Integrating a person is what creates finality: no integration is needed to do it.
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM], ...NO_INTEGRATION })],
  handle: manageAccess,
};
