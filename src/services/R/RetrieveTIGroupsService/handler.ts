import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { CallContext, StatusError } from '../../types';
import { MSG } from '../../../domain/codes';

/** Placeholder until the handler is written. */
export function retrieveTI(_request: XmlElement, _ctx: CallContext): XmlObject {
  throw new StatusError('NO_RESULT', MSG.NOT_IMPLEMENTED);
}
