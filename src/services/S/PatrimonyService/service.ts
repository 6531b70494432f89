import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import * as handlers from './handler';
import { criteriaOf } from './criteria';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context OCMW/CPAS clients send (contracts.md §5.9). */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

const DELIBERATION = 'emulated deliberation: PatrimonyService (cadastre) for OCMW/CPAS (sector 17)';

const operation = (name: keyof typeof handlers, person: boolean): NewStyleOperationDeclaration<Source> => ({
  name,
  validate: (request) => void criteriaOf(request),
  // The person operation names its person (SSIN and finality checks); the enterprise ones name none.
  ...(person ? { targetSsin: (request) => childText(request, 'searchCriteria', 'ssin')?.trim() ?? '' } : {}),
  handle: handlers[name],
});

/**
 * S11 PatrimonyService v1 (contracts.md §5.9; the inner elements modelled): the immovable
 * properties the cadastre of FOD Financiën knows of a person, or of an enterprise in one
 * cadastral division, and the divisions where an enterprise holds a right. The person must be
 * integrated by the calling OCMW (finality). Social workers (and programs) consult during a
 * social inquiry; the financial director, for debt recovery, what a debtor owns; administrative
 * staff get no patrimony data (no row).
 */
export const patrimonyV1Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S11',
  name: 'PatrimonyService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/PatrimonyService/consult',
  wsdl: 'S11-PatrimonyService/v1/PatrimonyServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  // Per operation: the enterprise operations name no person, so their rows ask no integration.
  authorizations: (['consultImmovableProperties', 'consultEnterpriseImmovableProperties', 'findDivisionByEnterpriseNumber'] as const).flatMap((op) => {
    const integration = op === 'consultImmovableProperties' ? {} : NO_INTEGRATION;
    return [
      ocmwRule({ deliberation: DELIBERATION, operation: op, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT], ...integration }),
      ocmwRule({ deliberation: DELIBERATION, operation: op, roles: [ROLE.FINANCIAL_DIRECTOR], legalContexts: ['PCSA:DEBT_RECOVERY'], ...integration }),
    ];
  }),
  operations: [
    operation('consultImmovableProperties', true),
    operation('consultEnterpriseImmovableProperties', false),
    operation('findDivisionByEnterpriseNumber', false),
  ],
};
