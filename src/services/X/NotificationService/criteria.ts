import { child, childText, childrenNamed, text, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readOnce } from '../../read-once';

export interface PageCriteria {
  after: number;
  limit: number;
  flows: string[];
}

/** The page size when the request names none, and the most one page holds. */
export const PAGE_SIZE = 100;

const wholeNumber = (text: string | undefined, max: number): number | undefined => (text !== undefined && /^\d{1,15}$/.test(text.trim()) && Number(text) <= max ? Number(text) : undefined);

/** getNotifications' criteria; a bad value is NO_RESULT MSG00008 naming the field. */
function readPage(request: XmlElement): PageCriteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const afterText = childText(criteria, 'afterSequenceNumber');
  const after = wholeNumber(afterText, 999_999_999_999_999);
  if (after === undefined) throw invalidField('criteria/afterSequenceNumber', afterText);
  const limitText = childText(criteria, 'maxResults');
  const limit = limitText === undefined ? PAGE_SIZE : wholeNumber(limitText, PAGE_SIZE);
  if (!limit) throw invalidField('criteria/maxResults', limitText);
  const flows = childrenNamed(criteria, 'flow').map((f) => text(f));
  const bad = flows.find((f) => !/^N\d{2}$/.test(f));
  if (bad !== undefined) throw invalidField('criteria/flow', bad);
  return { after, limit, flows };
}

/** acknowledgeNotifications' sequence number (1 or more). */
function readAcknowledgement(request: XmlElement): number {
  const text = childText(request, 'acknowledgement', 'upToSequenceNumber');
  const upTo = wholeNumber(text, 999_999_999_999_999);
  if (!upTo) throw invalidField('acknowledgement/upToSequenceNumber', text);
  return upTo;
}

export const pageOf = readOnce(readPage);
export const acknowledgementOf = readOnce(readAcknowledgement);
