import { SOURCES } from './context';
import type { AuthorizationRule, ClassicDeclaration } from '../../types';
import { child, childText, XmlElement } from '../../../xml/node';
import { consult } from './handler';
import { parseXsdDate } from '../../../domain/dates';
import { ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';

/**
 * Seeded row: an OCMW may look at a person's other integrations only while it has the person
 * integrated itself (finality, BLOCKING, on the request date), for the social inquiry: social
 * workers, the general director and batch programs; administrative staff and the financial
 * director may not.
 */
const AUTHORIZATIONS: AuthorizationRule[] = [
  ocmwRule({
    deliberation: 'emulated deliberation: ReferenceManager.consult for OCMW/CPAS (sector 17)',
    roles: [ROLE.SOCIAL_WORKER, ROLE.GENERAL_DIRECTOR, ROLE.PROGRAM],
  }),
];

const criteria = (request: XmlElement) => child(request, 'ConsultOtherSectorsCriteria');

/** R03 ReferenceManager.consult 20050525 (contracts.md §3.7): a person's integrations in other sectors. */
export const referenceManagerService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'R03',
  name: 'ReferenceManager',
  contract: 'public',
  serviceId: 'ReferenceManager.consult',
  version: '20050525',
  xsd: ['R03-ReferenceManager/20050525/ReferenceManagerRequest.xsd', 'R03-ReferenceManager/20050525/ReferenceManagerReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  operations: ['consult'],
  operationOf: () => 'consult',
  targetSsin: (request) => childText(criteria(request), 'RequestedSsin') ?? '',
  requestedPeriod: (request) => {
    const period = child(criteria(request), 'RequestedPeriod');
    const begin = parseXsdDate(childText(period, 'StartDate') ?? '');
    const end = parseXsdDate(childText(period, 'EndDate') ?? '');
    return begin && end ? { begin, end } : undefined;
  },
  authorizations: AUTHORIZATIONS,
  handle: consult,
};
