import type { XmlElement } from '../../../xml/node';
import { ClassicError, ClassicResult, CallContext } from '../../types';
import { REASON } from '../../../domain/codes';

/** Placeholder until the handler is written. */
export function manageAccess(_request: XmlElement, _ctx: CallContext): ClassicResult {
  throw new ClassicError({ severity: 'ERROR', def: REASON.SERVICE_UNKNOWN, diagnostic: 'Not implemented yet.' });
}
