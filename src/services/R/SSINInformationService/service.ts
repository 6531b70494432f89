import { SOURCES } from './context';
import type { AuthorizationRule, NewStyleDeclaration } from '../../types';
import { consultSsinHistory, refusal } from './handler';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';

/** Seeded row: the history of a number needs no integration (it is how a caller finds the right number). */
const AUTHORIZATIONS: AuthorizationRule[] = [
  ocmwRule({
    deliberation: 'emulated deliberation: SSINInformationService for OCMW/CPAS (sector 17)',
    roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.GENERAL_DIRECTOR, ROLE.FINANCIAL_DIRECTOR, ROLE.PROGRAM],
    legalContexts: ['PCSA:SOCIAL_INQUIRY', 'SOCIAL_INVESTIGATION_OF_PCSA'],
    ...NO_INTEGRATION,
  }),
];

/** R10 SSINInformationService v1 (modelled on CommonV3): the history of an SSIN (BIS to RR number, replacements, cancellations). */
export const ssinInformationService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R10',
  name: 'SSINInformationService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/SSINInformationService/v1/consult',
  wsdl: 'R10-SSINInformationService/v1/SSINInformationServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultSsinHistory',
      // No targetSsin: the shared checks would refuse the replaced and cancelled numbers this service explains.
      handle: consultSsinHistory,
      refusal,
    },
  ],
};
