import type { NewStyleOperation, NewStyleService } from '../../types';
import { childText } from '../../../xml/node';
import { criteriaSsin, HANDLERS } from './handler';
import { ocmwRule, ROLE } from '../../authorizations';

const OPERATIONS = [
  'consultPaidSums',
  'consultActivationPaidSums',
  'consultScheduledPayment',
  'consultRights',
  'consultPayments',
  'consultScaleCodeHistory',
  'consultSanctionHistory',
  'consultExemptionHistory',
  'consultWorkDisabilityHistory',
  'consultYoungAvailabilityDecisionHistory',
  'consultNoEarningCapacityAndLawsuitMutuality',
] as const;
export type UnemploymentOperation = (typeof OPERATIONS)[number];

/** S13 UnemploymentDataService v3 (contracts.md §5.3): RVA/ONEM unemployment rights, payments and histories. */
export const unemploymentDataV3Service: NewStyleService = {
  style: 'new',
  id: 'S13',
  name: 'UnemploymentDataService',
  contract: 'public',
  version: 'v3',
  path: '/SOA4520/UnemploymentDataService/v3/consult',
  wsdl: 'S13-UnemploymentDataService/v3/UnemploymentDataV3.wsdl',
  namespace: 'http://kszbcss.fgov.be/intf/UnemploymentDataService/v3',
  faultElement: 'consultRightsFault',
  authentication: 'basic',
  // Social workers: every operation during a social inquiry. Financial directors: what was paid,
  // for recovery. Administrative staff: no income data at all (no row).
  authorizations: [
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: ['SOCIAL_INVESTIGATION_OF_PCSA'] }),
    ocmwRule({ roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'consultPaidSums', legalContexts: ['PCSA:DEBT_RECOVERY'] }),
    ocmwRule({ roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'consultPayments', legalContexts: ['PCSA:DEBT_RECOVERY'] }),
  ],
  operations: OPERATIONS.map(
    (name): NewStyleOperation => ({
      name,
      soapAction: `http://kszbcss.fgov.be/UnemploymentDataService/${name}`,
      requestElement: `${name}Request`,
      responseElement: `${name}Response`,
      faultElement: `${name}Fault`,
      validate: (request) => void criteriaSsin(name)(request),
      targetSsin: (request) => childText(request, 'searchCriteria', 'ssin') ?? '',
      handle: HANDLERS[name],
    }),
  ),
};
