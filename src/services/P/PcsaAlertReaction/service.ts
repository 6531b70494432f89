import type { NewStyleDeclaration } from '../../types';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { motivationsOf } from './criteria';
import { motivateDecision, refusal } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';
import { CODE_LISTS } from './codes';

type Source = (typeof SOURCES)[number];

/** The legal context the CPAS clients send (contracts.md §5.15). */
export const LEGAL_CONTEXT = 'PCSA:SOCIAL_FRAUD';

/**
 * Who may react (emulated deliberation, docs/services/P14.md): the social workers, the
 * administrative staff and their programs. The message names no person, so the interceptor checks
 * no finality; the handler checks it per alert, through the alert's person.
 */
const AUTHORIZATIONS = [
  ocmwRule({ deliberation: 'emulated deliberation: PcsaAlertReaction for OCMW/CPAS (sector 17)', roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] }),
];

/**
 * P14 PcsaAlertReaction v1 (public contract, contracts.md §5.15; our own WSDL and XSD from its
 * facts): the OCMW motivates its decision on the knipperlichten POD MI raised (X09), 1 to 20 alerts
 * a call; each motivation is recorded as the alert's follow-up code. The motivation and error
 * codes are MODELLED.
 */
export const pcsaAlertReactionService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'P14',
  name: 'PcsaAlertReaction',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/PcsaAlertReaction/v1/notify',
  wsdl: 'P14-PcsaAlertReaction/v1/PcsaAlertReactionV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  statusValues: { values: ['OK', 'NOK'], refusal: 'NOK' },
  codeLists: CODE_LISTS,
  operations: [
    {
      name: 'motivateDecision',
      validate: (request) => void motivationsOf(request),
      handle: motivateDecision,
      refusal,
    },
  ],
};
