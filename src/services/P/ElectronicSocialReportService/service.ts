import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultDecisions, refusal } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context OCMW/CPAS clients send. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/** Who may consult (emulated deliberation): the social workers and their programs; the person must be integrated by the OCMW. */
const AUTHORIZATIONS = [ocmwRule({ deliberation: 'emulated deliberation: ElectronicSocialReport between OCMW/CPAS (sector 17)', roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] })];

/**
 * P13 ElectronicSocialReportService v1 (MODELLED: ESV exists, its contract is not public): phase 1
 * of the electronic social report, the decisions the other OCMWs took for the person in the last
 * five years, read from POD MI (one truth with S20, P08 and L036), paged.
 */
export const electronicSocialReportService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'P13',
  name: 'ElectronicSocialReportService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/ElectronicSocialReportService/v1/consult',
  wsdl: 'P13-ElectronicSocialReportService/v1/ElectronicSocialReportServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultDecisions',
      validate: (request) => void criteriaOf(request),
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultDecisions,
      refusal,
    },
  ],
};
