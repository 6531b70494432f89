import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { findProperties, refusal } from './handler';
import { OUTCOMES } from './outcomes';
import { CADNET_STATUS } from './status';

type Source = (typeof SOURCES)[number];

const DELIBERATION = 'emulated deliberation: Cadnet (ConsultPatrimonyCPAS) for OCMW/CPAS (sector 17)';

/**
 * S11 ConsultPatrimonyCPAS v1 "Cadnet" (contracts.md §5.10; the inner elements modelled): the
 * older cadastre query of the OCMW/CPAS, the properties a person and/or their partner hold today,
 * with Cadnet's own status codes. Same cadastre as PatrimonyService, its own catalog rows under
 * S11. The request carries no legalContext, so its rows name none: social workers (and programs)
 * and the financial director may ask; administrative staff may not (no row). The person must be
 * integrated by the calling OCMW (finality).
 */
export const consultPatrimonyCPASV1Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S11',
  name: 'ConsultPatrimonyCPAS',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/ConsultPatrimonyCPASService/findProperties',
  wsdl: 'S11-ConsultPatrimonyCPAS/v1/ConsultPatrimonyCPASV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  ownStatus: { codes: Object.values(CADNET_STATUS), refusal: CADNET_STATUS.VALIDATION_ERROR },
  authorizations: [
    ocmwRule({ deliberation: DELIBERATION, operation: 'findProperties', roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM] }),
    ocmwRule({ deliberation: DELIBERATION, operation: 'findProperties', roles: [ROLE.FINANCIAL_DIRECTOR] }),
  ],
  operations: [
    {
      name: 'findProperties',
      // Read as is: the schema and the shared SSIN checks judge it (a missing one reaches them as '').
      targetSsin: (request) => childText(request, 'searchCriterion', 'naturalPerson', 'ssin')?.trim() ?? '',
      legalContextOf: () => undefined,
      handle: findProperties,
      refusal,
    },
  ],
};
