import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultFilesBySsin } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/** The legal context the CPAS client sends (contracts.md §6). */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/**
 * Who may see the cadastre (emulated deliberation, docs/services/S14.md): social workers and their
 * programs, and the financial director (advances on child benefits), for a person the OCMW has
 * integrated. The cadastre has no separate blocks. Cadaf (same catalog ID) has rows of its own.
 */
const AUTHORIZATIONS = [
  ocmwRule({ operation: 'consultFilesBySsin', roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT, 'PCSA:SOCIAL_INQUIRY'] }),
  ocmwRule({ operation: 'consultFilesBySsin', roles: [ROLE.FINANCIAL_DIRECTOR], legalContexts: ['FAMILY_ALLOWANCE_ADVANCE_CONSULTATION'] }),
];

/**
 * S14 ChildBenefitsService v1 (contracts.md §5.12): the child-benefit files of a person at the
 * federal system and the four regional ones over a period of months, one result per source with
 * its own status; INCOMPLETE_DATA CHB00001 when a source does not answer (an injected PARTIAL fault).
 */
export const childBenefitsV1Service: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'S14',
  name: 'ChildBenefitsService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/ChildBenefitsService/v1/consult',
  wsdl: 'S14-ChildBenefitsService/v1/ChildBenefitsV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultFilesBySsin',
      validate: (request) => void criteriaOf(request),
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultFilesBySsin,
    },
  ],
};
