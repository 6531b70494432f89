import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { CallContext, StatusError } from '../../types';
import { MSG } from '../../../domain/codes';
import type { UnemploymentOperation } from './service';

/** Placeholder until the handlers are written. */
function notYet(_request: XmlElement, _ctx: CallContext): XmlObject {
  throw new StatusError('NO_RESULT', MSG.NOT_IMPLEMENTED);
}

export const HANDLERS: Record<UnemploymentOperation, (request: XmlElement, ctx: CallContext) => XmlObject> = {
  consultPaidSums: notYet,
  consultActivationPaidSums: notYet,
  consultScheduledPayment: notYet,
  consultRights: notYet,
  consultPayments: notYet,
  consultScaleCodeHistory: notYet,
  consultSanctionHistory: notYet,
  consultExemptionHistory: notYet,
  consultWorkDisabilityHistory: notYet,
  consultYoungAvailabilityDecisionHistory: notYet,
  consultNoEarningCapacityAndLawsuitMutuality: notYet,
};
