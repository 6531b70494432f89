import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criterionOf } from './criteria';
import { consultExchangedData } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/** The legal contexts of the contract (contracts.md §5.6); the CPAS client sends the first. */
export const LEGAL_CONTEXT = {
  INVESTIGATION: 'Social Rate Investigation',
  CHECK: 'Check Social Rate',
  PAPER_ATTEST: 'Paper Attest Delivery',
  UPDATE: 'Update Administrative data',
  VALIDATION: 'CBSS Validation',
} as const;

const DELIBERATION = 'emulated deliberation: SocialRateInvestigationService for OCMW/CPAS (sector 17)';

/**
 * Who may see the social tariff (emulated deliberation, docs/services/S15.md): social workers and
 * their programs investigating or checking a household's tariff, administrative staff handing out a
 * paper attest. Updating the administrative data and KSZ's own validation are FOD Economie's and
 * KSZ's contexts: no OCMW row has them. The person must be integrated by the OCMW.
 */
const AUTHORIZATIONS = [
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT.INVESTIGATION, LEGAL_CONTEXT.CHECK] }),
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.ADMIN_STAFF], legalContexts: [LEGAL_CONTEXT.PAPER_ATTEST] }),
];

/**
 * S15 SocialRateInvestigationService v1 (contracts.md §5.6): the social energy tariff of a person's
 * household, as KSZ communicated its protected persons to FOD Economie (the cbss part) and as FOD
 * Economie matched them with the suppliers' contracts (the soctar part), over all history or one quarter.
 */
export const socialRateInvestigationService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'S15',
  name: 'SocialRateInvestigationService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/SocialRateInvestigationService/consult_01',
  wsdl: 'S15-SocialRateInvestigationService/v1/SocialRateInvestigationV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultExchangedData',
      validate: (request) => void criterionOf(request),
      targetSsin: (request) => childText(request, 'criterion', 'ssin')?.trim() ?? '',
      handle: consultExchangedData,
    },
  ],
};
