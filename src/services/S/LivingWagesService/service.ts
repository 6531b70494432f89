import { SOURCES } from './context';
import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { criteriaOf, requestedPeriodOf } from './criteria';
import * as handlers from './handler';
import { OUTCOMES } from './outcomes';

type Source = (typeof SOURCES)[number];

const DELIBERATION = 'emulated deliberation: LivingWagesService for OCMW/CPAS (sector 17)';

/** One operation: catalog row S20, the criteria checked before the SSIN checks, the person named by criteria/ssin. */
const operation = (name: keyof typeof handlers): NewStyleOperationDeclaration<Source> => ({
  name,
  id: 'S20',
  validate: (request) => void criteriaOf(request),
  // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
  targetSsin: (request: XmlElement) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
  requestedPeriod: requestedPeriodOf,
  handle: handlers[name],
});

/**
 * S20 LivingWagesService v2 (contracts.md §5.8): the living-wage (leefloon) periods POD MI knows
 * of a person, per OCMW and category; the Flanders operations keep the Flemish OCMWs' periods.
 * The person must be integrated by the calling OCMW on the request date (finality). Social
 * workers (and batch programs) consult during a social inquiry; the financial director sees who
 * paid what, for recovery; administrative staff get no income data (no row).
 */
export const livingWagesV2Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S20',
  name: 'LivingWagesService',
  contract: 'public',
  version: 'v2',
  path: '/SOA4520/LivingWagesService/v2/consult',
  wsdl: 'S20-LivingWagesService/v2/LivingWagesV2.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  authorizations: [
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: ['SOCIAL_INVESTIGATION_OF_PCSA'] }),
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'getLivingWages', legalContexts: ['PCSA:DEBT_RECOVERY'] }),
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'getLivingWagePeriodsPerPCSA', legalContexts: ['PCSA:DEBT_RECOVERY'] }),
  ],
  dataBlocks: { all: ['livingWages'], source: 'POD MI' },
  operations: [
    operation('getLivingWagePeriods'),
    operation('getLivingWagePeriodsPerPCSA'),
    operation('getLivingWages'),
    operation('getLivingWagePeriodsFlanders'),
    operation('getLivingWagePeriodsPerPCSAFlanders'),
  ],
};
