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
import { CriteriaShape, readCriteria } from './criteria';

/** One handler per operation, grouped by family: situation at a date, month ranges, histories. */
export const HANDLERS: Record<UnemploymentOperation, (request: XmlElement, ctx: Ctx) => XmlObject> = {
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

/**
 * The person a request is about, read after checking its searchCriteria. The pipeline calls this
 * before its SSIN checks, which puts the criteria check where CBSS does it: schema validation
 * (MSG00008) comes before the SSIN checks (security.md §6.2 steps 4 and 8-9).
 */
export function criteriaSsin(operation: UnemploymentOperation): (request: XmlElement) => string {
  return (request) => readCriteria(request, CRITERIA[operation]).ssin;
}
