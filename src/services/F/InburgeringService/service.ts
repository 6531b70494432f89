import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { flemishOcmwRules, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultIntegrationPath } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context of the OCMW's social inquiry. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/**
 * Who may see the KBI (emulated deliberation of the Vlaamse Toezichtcommissie): the social workers
 * of the Flemish OCMWs and their programs, during a social inquiry, for a person the OCMW has
 * integrated (the leefloon of an obliged newcomer depends on his path). Other roles and the
 * Walloon and Brussels OCMWs have no row.
 */
const AUTHORIZATIONS = flemishOcmwRules({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] });

/**
 * F03 InburgeringService v1 (MODELLED): a newcomer's integration path in the KBI (Kruispuntbank
 * Inburgering) of the Agentschap Integratie en Inburgering.
 */
export const inburgeringService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'F03',
  name: 'InburgeringService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/InburgeringService/v1/consult',
  wsdl: 'F03-InburgeringService/v1/InburgeringServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultIntegrationPath',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultIntegrationPath,
    },
  ],
};
