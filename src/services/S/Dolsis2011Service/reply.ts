import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { informationCBSS, status } from '../../../soap/newstyle';
import type { CallContext, StatusError } from '../../types';

/**
 * A Dolsis response extends its request: informationCustomer, informationCBSS (the CBSS stamp, in
 * the place of the request's informationSupplier/informationCBSS choice), securityContext and the
 * criteria echoed, then status and the result.
 */
export function dolsisReply(request: XmlElement, ctx: Pick<CallContext, 'ticket' | 'now' | 'clock'>, statusBlock: XmlObject, result?: XmlObject): XmlObject {
  return {
    informationCustomer: child(request, 'informationCustomer'),
    informationCBSS: informationCBSS(ctx),
    securityContext: child(request, 'securityContext'),
    criteria: child(request, 'criteria'),
    status: statusBlock,
    result,
  };
}

/** The reply to a refused request: the same head, the status, no result. */
export function dolsisRefusal(request: XmlElement, ctx: Pick<CallContext, 'ticket' | 'now' | 'clock'>, error: StatusError): XmlObject {
  return dolsisReply(request, ctx, status(error.value, error.def, error.information));
}
