import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { flemishOcmwRules, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultRentPremium } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context of the OCMW's social inquiry. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/**
 * Who may see the waiting-list registrations and rent premiums (emulated deliberation of the Vlaamse Toezichtcommissie, 2015):
 * the social workers of the Flemish OCMWs, their programs and administrative staff (who prepare
 * the housing files), during a social inquiry, for a person the OCMW has integrated. The
 * directors and the Walloon and Brussels OCMWs have no row.
 */
const AUTHORIZATIONS = flemishOcmwRules({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.ADMIN_STAFF], legalContexts: [LEGAL_CONTEXT] });

/**
 * F05 RentPremiumService v1 (MODELLED): the registrations on the waiting list of a
 * social housing company and the rent premium (huurpremie) they open, with exactly the data of
 * the authorisation (seed 001).
 */
export const rentPremiumService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'F05',
  name: 'RentPremiumService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/RentPremiumService/v1/consult',
  wsdl: 'F05-RentPremiumService/v1/RentPremiumServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultRentPremium',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultRentPremium,
    },
  ],
};
