import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { performInvestigation } from './handler';
import { GROUPS, requestedGroups } from './groups';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * R08 OCMWCPASPerformInvestigation 20080604 (contracts.md §3.3, security.md §4): the social
 * inquiry. Its DataGroups are the data blocks. Seeded rows: the person must be integrated by the
 * calling OCMW; social workers get every group, administrative staff all but the waiting register.
 */
export const performInvestigationService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'R08',
  name: 'OCMWCPASPerformInvestigation',
  contract: 'public',
  serviceId: 'OCMWCPASPerformInvestigation',
  version: '20080604',
  xsd: ['R08-OCMWCPASPerformInvestigation/20080604/PerformInvestigationRequest.xsd', 'R08-OCMWCPASPerformInvestigation/20080604/PerformInvestigationReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['PerformInvestigation'],
  operationOf: () => 'PerformInvestigation',
  targetSsin: (request) => childText(request, 'SocialSecurityUser') ?? '',
  authorizations: [
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM] }),
    ocmwRule({ roles: [ROLE.ADMIN_STAFF], dataBlocks: ['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup'] }),
  ],
  dataBlocks: { all: [...GROUPS], requested: requestedGroups, source: 'RR' },
  handle: performInvestigation,
};
