import type { DataBlocks, NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { SOURCES } from './context';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { BLOCKS, OPERATIONS } from './blocks';
import { handlerFor, requestedBlocks } from './handler';
import { criterionOf } from './criterion';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/** The legal context OCMW/CPAS clients send. */
export const SOCIAL_INQUIRY = 'social inquiry and financial help';

/**
 * Who may read what (emulated deliberations, docs/services/S08.md): social workers (and their
 * programs) every block during a social inquiry; the financial director, to have medical costs the
 * OCMW paid taken over, the insurability blocks without the medical details (no medical house,
 * GMD, complementary insurance or L891 data); administrative staff only which mutuality a person
 * belongs to. The general director and the security advisor: nothing.
 */
const AUTHORIZATIONS = [
  ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [SOCIAL_INQUIRY] }),
  ocmwRule({
    roles: [ROLE.FINANCIAL_DIRECTOR],
    legalContexts: ['medical costs supported'],
    dataBlocks: ['insuringOrganization', 'reimbursementRight', 'ct1ct2', 'payingThirdParty', 'maximumCharge', 'increasedIntervention'],
  }),
  ocmwRule({ roles: [ROLE.ADMIN_STAFF], operation: 'getInsuranceOrganizationInformations', legalContexts: [SOCIAL_INQUIRY], dataBlocks: ['insuringOrganization'] }),
];

/** S08 HealthCareInsuranceService v1 (contracts.md §5.4): the NIC insurability file, mutuality data. */
export const healthCareInsuranceService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'S08',
  name: 'HealthCareInsuranceService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/HealthCareInsuranceService/consult_01',
  wsdl: 'S08-HealthCareInsuranceService/v1/HealthCareInsuranceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  dataBlocks: { all: [...BLOCKS], source: 'NIC' },
  operations: OPERATIONS.map((name): NewStyleOperationDeclaration<(typeof SOURCES)[number]> => {
    const dataBlocks: DataBlocks = { all: [...BLOCKS], source: 'NIC', requested: (request) => requestedBlocks(name, request) };
    return {
      name,
      validate: (request) => void criterionOf(request),
      targetSsin: (request) => childText(request, 'criterion', 'ssin') ?? '',
      requestedPeriod: (request) => {
        const date = criterionOf(request).date;
        return date ? { begin: date, end: date } : undefined;
      },
      dataBlocks,
      handle: handlerFor(name),
    };
  }),
};
