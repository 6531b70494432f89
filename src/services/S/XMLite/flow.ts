import { child, childText, elements, path, XmlElement } from '../../../xml/node';
import { REASON } from '../../../domain/codes';
import { ClassicError } from '../../types';
import { readOnce } from '../../read-once';

/** The namespace of the classic flows' own documents (L950, A701). */
export const FLOW_NS = 'http://www.ksz-bcss.fgov.be/XmlSchema';

export type FlowCode = 'L950' | 'A701';

const invalid = (fieldName: string, fieldValue?: string, diagnostic?: string) =>
  new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, diagnostic, information: [{ fieldName, fieldValue }] });

/**
 * The flow a Message carries: the element inside Data/XML (L950 or A701, in the XmlSchema
 * namespace). The ClassicPrefix must name the same message code: a legacy header announcing one
 * flow and carrying another is refused (31000005 on Header/ClassicPrefix).
 */
function readFlow(message: XmlElement): { code: FlowCode; flow: XmlElement; request: XmlElement } {
  const flow = elements(path(message, 'Data', 'XML') ?? message).find((e) => e.ns === FLOW_NS && (e.local === 'L950' || e.local === 'A701'));
  if (!flow) throw invalid('Data/XML', undefined, 'The Message carries no L950 or A701 flow.');
  const code = flow.local as FlowCode;
  const prefix = childText(message, 'Header', 'ClassicPrefix') ?? '';
  if (!prefix.includes(code)) throw invalid('Header/ClassicPrefix', prefix.trim().slice(0, 80), `The ClassicPrefix does not name the message code ${code}.`);
  const request = child(flow, 'Request');
  if (!request) throw invalid(`Data/XML/${code}/Request`);
  return { code, flow, request };
}

/** The flow of a Message, read once per request (operation, target SSIN, handler). */
export const flowOf = readOnce(readFlow);
