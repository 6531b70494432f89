import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { requestedGroups, v1CriteriaOf, v2CriteriaOf } from './criteria';
import { consultTaxAssessmentData, getTaxAssessmentData, v2Refusal } from './handler';
import { GROUP_NAMES } from './vocabulary';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context OCMW/CPAS clients send (contracts.md §5.7). */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

const DELIBERATION = 'emulated deliberation: TaxAssessmentDataService for OCMW/CPAS (sector 17)';

/**
 * Who may see which fiscal data (rows for catalog ID S10, both versions; the groups are v2's data
 * blocks): social workers (and programs) everything during a social inquiry; administrative
 * staff whether and when a person was assessed and the dependants, no income (v2 only); the
 * financial director, recovering aid, the assessment and the incomes (v1's net income too), not
 * the dependants or separately taxed income. The person must be integrated by the OCMW.
 */
const AUTHORIZATIONS = [
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] }),
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.ADMIN_STAFF], operation: 'consultTaxAssessmentData', legalContexts: [LEGAL_CONTEXT], dataBlocks: ['ASSESSMENT', 'CHILDREN_DEPENDENT'] }),
  ocmwRule({
    deliberation: DELIBERATION,
    roles: [ROLE.FINANCIAL_DIRECTOR],
    legalContexts: ['PCSA:DEBT_RECOVERY'],
    dataBlocks: ['ASSESSMENT', 'GLOBAL_TAXABLE_INCOME', 'GLOBAL_TAXABLE_INCOME_FISCAL_FAMILY', 'REAL_ESTATE_INCOME'],
  }),
];

const consult: NewStyleOperationDeclaration<Source> = {
  name: 'consultTaxAssessmentData',
  validate: (request) => void v2CriteriaOf(request),
  // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
  targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
  dataBlocks: { all: GROUP_NAMES, source: 'FOD FIN', requested: requestedGroups },
  handle: consultTaxAssessmentData,
  refusal: v2Refusal,
};

/**
 * S10 TaxAssessmentDataService v2 (contracts.md §5.7): the data of a person's income tax
 * assessment at FOD Financiën for one income year (a year asked, or the most recent), with the
 * partner on a joint assessment and `ssinStatusData` for replaced and cancelled SSINs. The
 * operation, criteria and reply structure follow the public contract; the fiscal data
 * vocabulary is modelled (vocabulary.ts).
 */
export const taxAssessmentDataV2Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S10',
  name: 'TaxAssessmentDataService',
  contract: 'public',
  version: 'v2',
  path: '/SOA4520/TaxAssessmentDataService/v2/consult',
  wsdl: 'S10-TaxAssessmentDataService/v2/TaxAssessmentDataServiceV2.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  dataBlocks: { all: GROUP_NAMES, source: 'FOD FIN' },
  operations: [consult],
};

/**
 * S10 TaxAssessmentDataService v1, which CPAS software still calls: getTaxAssessmentData with
 * selection NET_INCOME, the most recent assessment of the last three income years as ipcal items
 * (codes modelled). Its authorization rows and persona outcomes are v2's (same catalog ID).
 */
export const taxAssessmentDataV1Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S10',
  name: 'TaxAssessmentDataService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/TaxAssessmentDataService/consult',
  wsdl: 'S10-TaxAssessmentDataService/v1/TaxAssessmentDataServiceV1.wsdl',
  sources: SOURCES,
  samples: SAMPLES,
  operations: [
    {
      name: 'getTaxAssessmentData',
      validate: (request) => void v1CriteriaOf(request),
      targetSsin: (request) => childText(request, 'searchCriteria', 'ssin')?.trim() ?? '',
      handle: getTaxAssessmentData,
    },
  ],
};
