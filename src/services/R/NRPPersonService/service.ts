import { SOURCES } from './context';
import type { NewStyleDeclaration } from '../../types';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { refusal, searchPersonsByAddress } from './handler';
import { BLOCK, readCriteria, requestedBlocks, targetSsin } from './criteria';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

const LEGAL_CONTEXTS = ['PCSA:SOCIAL_INQUIRY'];

/**
 * R06 NRPPersonService v1 (modelled): persons registered at an address, National Register only.
 * Emulator choice: no integration is needed, since an address names no one the OCMW could have
 * integrated (it checks who lives where before opening a file); social workers may see former
 * residents, administrative staff only today's residents (dataFilters says so).
 */
export const nrpPersonService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R06',
  name: 'NRPPersonService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/NRPPersonService/v1/searchPersonsByAddress',
  wsdl: 'R06-NRPPersonService/v1/NRPPersonServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: [
    {
      name: 'searchPersonsByAddress',
      validate: (request) => void readCriteria(request),
      targetSsin,
      handle: searchPersonsByAddress,
      refusal,
    },
  ],
  authorizations: [
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: LEGAL_CONTEXTS, ...NO_INTEGRATION }),
    ocmwRule({ roles: [ROLE.ADMIN_STAFF], legalContexts: LEGAL_CONTEXTS, ...NO_INTEGRATION, dataBlocks: [BLOCK.RESIDENTS] }),
  ],
  dataBlocks: { all: [BLOCK.RESIDENTS, BLOCK.HISTORY], requested: requestedBlocks, source: 'RR' },
};
