import { SOURCES } from './context';
import type { AuthorizationRule, NewStyleDeclaration } from '../../types';
import { readNewPerson } from './request';
import { refusal, registerPerson } from './handler';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * Seeded rows of R11, for both channels (rows are per service ID): registering a person needs no
 * integration (there is no number to integrate yet); the staff who open files may do it. The
 * new-style operation needs a PCSA legal context; the classic one carries none.
 */
const ROLES = [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM];
const DELIBERATION = 'emulated deliberation: KSZ BIS register registrations by OCMW/CPAS (sector 17)';
const AUTHORIZATIONS: AuthorizationRule[] = [
  ocmwRule({ deliberation: DELIBERATION, operation: 'registerPerson', roles: ROLES, legalContexts: ['PCSA:SOCIAL_INQUIRY', 'SOCIAL_INVESTIGATION_OF_PCSA'], ...NO_INTEGRATION }),
  ocmwRule({ deliberation: DELIBERATION, operation: 'createKSZCitizen', roles: ROLES, ...NO_INTEGRATION }),
];

/** R11 BisPersonService v1 (modelled on CommonV3): registerPerson creates a BIS number. */
export const bisPersonService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R11',
  name: 'BisPersonService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/BisPersonService/v1/registerPerson',
  wsdl: 'R11-BisPersonService/v1/BisPersonServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  // Also the rows of the classic ManagePerson.createKSZCitizen (same service ID R11).
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'registerPerson',
      // The birth date's "not in the future" waits for the handler, which knows today.
      validate: (request) => void readNewPerson(request, '9999-12-31'),
      handle: registerPerson,
      refusal,
    },
  ],
};
