import { SOURCES } from './context';
import type { AuthorizationRule, NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { readPersonUpdate } from './request';
import { refusal, updatePerson } from './handler';
import { ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * Seeded row (the emulator's choice): an OCMW may change a BIS person's data only while it
 * manages the person's file (finality, BLOCKING, on the request date), by the staff who keep files.
 */
const AUTHORIZATIONS: AuthorizationRule[] = [
  ocmwRule({
    deliberation: 'emulated deliberation: KSZ BIS register updates by OCMW/CPAS (sector 17)',
    roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM],
    legalContexts: ['PCSA:SOCIAL_INQUIRY', 'SOCIAL_INVESTIGATION_OF_PCSA'],
  }),
];

/** R12 CBSSPersonService v1 (modelled on CommonV3): updatePerson changes a BIS person's address or contact data. */
export const cbssPersonService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R12',
  name: 'CBSSPersonService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/CBSSPersonService/v1/updatePerson',
  wsdl: 'R12-CBSSPersonService/v1/CBSSPersonServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'updatePerson',
      validate: (request) => void readPersonUpdate(request),
      targetSsin: (request) => childText(request, 'personUpdate', 'ssin') ?? '',
      handle: updatePerson,
      refusal,
    },
  ],
};
