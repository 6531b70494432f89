import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { identifyPerson } from './handler';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/** R04 OCMWCPASIdentifyPerson 20050930 (contracts.md §3.1): identify a person by SSIN or phonetic criteria. */
export const identifyPersonService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'R04',
  name: 'OCMWCPASIdentifyPerson',
  contract: 'public',
  serviceId: 'OCMWCPASIdentifyPerson',
  version: '20050930',
  xsd: ['R04-OCMWCPASIdentifyPerson/20050930/IdentifyPersonRequest.xsd', 'R04-OCMWCPASIdentifyPerson/20050930/IdentifyPersonReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['bySSIN', 'byPhoneticCriteria'],
  // Only a search by SSIN names its person up front; a phonetic search does not.
  operationOf: (request) => (childText(request, 'SearchCriteria', 'SSIN') ? 'bySSIN' : 'byPhoneticCriteria'),
  targetSsin: (request) => childText(request, 'SearchCriteria', 'SSIN'),
  // Identification comes before integration: every OCMW role but the security advisor, no integration needed.
  authorizations: [
    ocmwRule({
      roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.GENERAL_DIRECTOR, ROLE.FINANCIAL_DIRECTOR, ROLE.PROGRAM],
      ...NO_INTEGRATION,
    }),
  ],
  handle: identifyPerson,
};
