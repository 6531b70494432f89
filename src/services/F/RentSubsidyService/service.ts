import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { flemishOcmwRules, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultRentSubsidy } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context of the OCMW's social inquiry. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/**
 * Who may see the rent-subsidy files (emulated deliberation of the Vlaamse Toezichtcommissie, 2016):
 * the social workers of the Flemish OCMWs, their programs and administrative staff (who prepare
 * the housing files), during a social inquiry, for a person the OCMW has integrated. The
 * directors and the Walloon and Brussels OCMWs have no row.
 */
const AUTHORIZATIONS = flemishOcmwRules({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.ADMIN_STAFF], legalContexts: [LEGAL_CONTEXT] });

/**
 * F04 RentSubsidyService v1 (MODELLED): the rent-subsidy (huursubsidie) files of the VMSW and the
 * social housing companies, with exactly the data of the authorisation (seed 001).
 */
export const rentSubsidyService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'F04',
  name: 'RentSubsidyService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/RentSubsidyService/v1/consult',
  wsdl: 'F04-RentSubsidyService/v1/RentSubsidyServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultRentSubsidy',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultRentSubsidy,
    },
  ],
};
