import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import type { UnemploymentOperation } from './service';
import { consultPayments, consultRights } from './situation';
import { consultActivationPaidSums, consultPaidSums, consultScheduledPayment } from './payments';
import {
  consultExemptionHistory,
  consultNoEarningCapacityAndLawsuitMutuality,
  consultSanctionHistory,
  consultScaleCodeHistory,
  consultWorkDisabilityHistory,
  consultYoungAvailabilityDecisionHistory,
} from './histories';
import type { Criteria, CriteriaShape } from './criteria';

/**
 * One handler per operation, grouped by family: situation at a date, month ranges, histories.
 * Each gets the request's searchCriteria already read and checked (in the shape CRITERIA names).
 */
export const HANDLERS: Record<UnemploymentOperation, (request: XmlElement, ctx: Ctx, criteria: Criteria) => XmlObject> = {
  consultPaidSums,
  consultActivationPaidSums,
  consultScheduledPayment,
  consultRights,
  consultPayments,
  consultScaleCodeHistory,
  consultSanctionHistory,
  consultExemptionHistory,
  consultWorkDisabilityHistory,
  consultYoungAvailabilityDecisionHistory,
  consultNoEarningCapacityAndLawsuitMutuality,
};

/** The searchCriteria shape of each operation (UnemploymentDataTypesV3.xsd). */
export const CRITERIA: Record<UnemploymentOperation, CriteriaShape> = {
  consultPaidSums: 'MA',
  consultActivationPaidSums: 'MA',
  consultScheduledPayment: 'M',
  consultRights: 'D',
  consultPayments: 'D',
  consultScaleCodeHistory: 'P',
  consultSanctionHistory: 'P',
  consultExemptionHistory: 'P',
  consultWorkDisabilityHistory: 'P',
  consultYoungAvailabilityDecisionHistory: 'P',
  consultNoEarningCapacityAndLawsuitMutuality: 'S',
};
