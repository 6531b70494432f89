import { SOURCES } from './context';
import type { AuthorizationRule, DataBlocks, NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { BLOCKS, readNameCriteria, requestedBlocks } from './criteria';
import { refusal, searchPersonBySsin, searchPersonsByName } from './handler';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';

/** The PCSA legal contexts public clients send to other KSZ services (contracts.md §6). */
const LEGAL_CONTEXTS = ['PCSA:SOCIAL_INQUIRY', 'SOCIAL_INVESTIGATION_OF_PCSA'];
const DELIBERATION = 'emulated deliberation: PersonService V4 for OCMW/CPAS (sector 17)';

/**
 * Seeded rows: no integration needed (seed 002); social workers, the general director and
 * programs get every block, administrative staff and the financial director identity, address
 * and decease only.
 */
const AUTHORIZATIONS: AuthorizationRule[] = [
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.GENERAL_DIRECTOR, ROLE.PROGRAM], legalContexts: LEGAL_CONTEXTS, ...NO_INTEGRATION }),
  ocmwRule({
    deliberation: DELIBERATION,
    roles: [ROLE.ADMIN_STAFF, ROLE.FINANCIAL_DIRECTOR],
    legalContexts: LEGAL_CONTEXTS,
    ...NO_INTEGRATION,
    dataBlocks: ['names', 'birth', 'gender', 'address', 'decease'],
  }),
];

const DATA_BLOCKS: DataBlocks = { all: [...BLOCKS], requested: (request) => requestedBlocks(request), source: 'RR+BIS' };

/** R05 PersonService V4 (modelled on CommonV3): legal data of RR and BIS persons, by SSIN or by name and birth date. */
export const personServiceV4: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R05',
  name: 'PersonService',
  contract: 'modelled',
  version: 'v4',
  path: '/SOA4520/PersonService/v4/consult',
  wsdl: 'R05-PersonService/v4/PersonServiceV4.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  authorizations: AUTHORIZATIONS,
  dataBlocks: DATA_BLOCKS,
  operations: [
    {
      name: 'searchPersonBySsin',
      validate: (request) => void requestedBlocks(request),
      targetSsin: (request) => childText(request, 'criteria', 'ssin') ?? '',
      handle: searchPersonBySsin,
      refusal,
    },
    {
      name: 'searchPersonsByName',
      validate: (request) => void readNameCriteria(request),
      handle: searchPersonsByName,
      refusal,
    },
  ],
};
