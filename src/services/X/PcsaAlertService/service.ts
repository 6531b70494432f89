import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultAlerts } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context of P14, the reaction to the same alerts. */
export const LEGAL_CONTEXT = 'PCSA:SOCIAL_FRAUD';

const AUTHORIZATIONS = [ocmwRule({ deliberation: 'emulated deliberation: knipperlichten of POD MI for OCMW/CPAS (sector 17)', roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] })];

/**
 * X09 PcsaAlertService v1 (MODELLED): the knipperlichten POD MI raised for the calling OCMW
 * (src/sources/alerts) with their follow-up (P14), readable until the notifications (issue 16)
 * deliver them. Only the caller's own alerts; naming a person makes the usual SSIN and finality
 * checks apply.
 */
export const pcsaAlertService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'X09',
  name: 'PcsaAlertService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/PcsaAlertService/v1/consult',
  wsdl: 'X09-PcsaAlertService/v1/PcsaAlertServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultAlerts',
      validate: (request) => void criteriaOf(request),
      // A person only when the criteria name one (then the SSIN and finality checks apply).
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim(),
      handle: consultAlerts,
    },
  ],
};
