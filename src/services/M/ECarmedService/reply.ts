import type { XmlObject } from '../../../xml/build';
import type { XmlElement } from '../../../xml/node';
import { criteriaOf, replyHead, status } from '../../../soap/newstyle';
import type { StatusError } from '../../types';
import type { Ctx } from './context';
import { BackendRefusal, MEDIPRIMA_SOURCE } from './messages';

/** Source named by the messages of the CBSS's own checks (SSIN, finality, ...). */
const CBSS_SOURCE = 'CBSS';

/**
 * The reply to a refused request, the same shape for every operation of the contract: the head,
 * the request's own elements echoed (proposal, ssin and eCarmedNumber, selectionCriteria, ...),
 * status NO_RESULT, and backendMessages. A CBSS check (invalid SSIN, not integrated) gets one
 * message too: the real client shows the first `communication` of a NO_RESULT reply.
 */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  const messages =
    error instanceof BackendRefusal
      ? error.messages.map((m) => ({ '@severity': 'ERROR', reasonCode: m.reasonCode, source: MEDIPRIMA_SOURCE, communication: [{ '@lang': 'fr', '#text': m.fr }, { '@lang': 'nl', '#text': m.nl }] }))
      : [{ '@severity': 'ERROR', reasonCode: error.def.code, source: CBSS_SOURCE, communication: [{ '@lang': 'fr', '#text': error.def.description }, { '@lang': 'nl', '#text': error.def.description }] }];
  return {
    ...replyHead(request, ctx, { legalContextRequired: true }),
    ...criteriaOf(request),
    status: status(error.value, error.def, error.information),
    backendMessages: { backendMessage: messages },
  };
}
