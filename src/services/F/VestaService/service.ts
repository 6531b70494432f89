import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { flemishOcmwRules, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultCareFiles } from './handler';
import { OPERATIONS } from './operations';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context of the OCMW's social inquiry. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/**
 * Who may see the VESTA files (emulated deliberation of the Vlaamse Toezichtcommissie): the social
 * workers of the Flemish OCMWs and their programs, during a social inquiry, for a person the OCMW
 * has integrated; administrative staff too (they plan the OCMW's own home services). Other roles
 * and the Walloon and Brussels OCMWs have no row.
 */
const AUTHORIZATIONS = flemishOcmwRules({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.ADMIN_STAFF], legalContexts: [LEGAL_CONTEXT] });

const operations: NewStyleOperationDeclaration<Source>[] = OPERATIONS.map((op) => ({
  name: op.name,
  validate: (request) => void criteriaOf(request),
  // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
  targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
  handle: consultCareFiles(op.service),
}));

/**
 * F02 VestaService v1 (MODELLED): the care files VESTA, the registration platform of the Flemish
 * family and home care, holds of a person, one operation per VESTA service served
 * (operations.ts): family care, cleaning help, odd-job help, sitting service and the personal
 * assistance budget, all with one criteria and one reply shape.
 */
export const vestaService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'F02',
  name: 'VestaService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/VestaService/v1/consult',
  wsdl: 'F02-VestaService/v1/VestaServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations,
};
