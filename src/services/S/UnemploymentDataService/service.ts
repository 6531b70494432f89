import { SOURCES } from './context';
import type { NewStyleOperationDeclaration, NewStyleDeclaration } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { CRITERIA, HANDLERS } from './handler';
import { Criteria, criteriaOf } from './criteria';
import type { RequestedPeriod } from '../../types';
import { ocmwRule, ROLE } from '../../authorizations';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';
import { daysInMonth } from '../../../domain/dates';

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
export const unemploymentDataV3Service: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'S13',
  name: 'UnemploymentDataService',
  contract: 'public',
  version: 'v3',
  path: '/SOA4520/UnemploymentDataService/v3/consult',
  wsdl: 'S13-UnemploymentDataService/v3/UnemploymentDataV3.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  // Social workers: every operation during a social inquiry. Financial directors: what was paid,
  // for recovery. Administrative staff: no income data at all (no row).
  authorizations: [
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: ['SOCIAL_INVESTIGATION_OF_PCSA'] }),
    ocmwRule({ roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'consultPaidSums', legalContexts: ['PCSA:DEBT_RECOVERY'] }),
    ocmwRule({ roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'consultPayments', legalContexts: ['PCSA:DEBT_RECOVERY'] }),
  ],
  operations: OPERATIONS.map((name): NewStyleOperationDeclaration<(typeof SOURCES)[number]> => {
    const criteria = (request: XmlElement) => criteriaOf(request, CRITERIA[name]);
    return {
      name,
      // Checked before the pipeline's SSIN checks, where CBSS checks them: schema validation
      // (MSG00008) comes before the SSIN checks (security.md §6.2 steps 4 and 8-9).
      validate: (request) => void criteria(request),
      targetSsin: (request) => childText(request, 'searchCriteria', 'ssin') ?? '',
      requestedPeriod: (request) => requestedPeriodOf(criteria(request)),
      handle: (request, ctx) => HANDLERS[name](request, ctx, criteria(request)),
    };
  }),
};

/** The period a request asks about, for authorization rows with the REQUESTED_PERIOD rule. */
function requestedPeriodOf(c: Criteria): RequestedPeriod | undefined {
  if (c.period) return { begin: c.period.begin, end: c.period.end };
  if (c.months) return { begin: `${c.months.start}-01`, end: lastDayOf(c.months.end) };
  if (c.date) return { begin: c.date, end: c.date };
  return undefined;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${daysInMonth(y, m)}`;
}
