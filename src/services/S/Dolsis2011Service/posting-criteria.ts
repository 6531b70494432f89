import { childText, XmlElement } from '../../../xml/node';
import { readOnce } from '../../read-once';
import { criteriaElement, Period, periodOf, required } from './criteria';

/**
 * The criteria of the Limosa operations (S05) and the posting documents (S06), read and checked
 * once per request; what the schema cannot check (an end before the begin, an impossible date) is
 * NO_RESULT MSG00008 naming the field.
 */
export type PostedWorkersKey = { by: 'cbeNumber' | 'ssin'; value: string; period?: Period };

export const postedWorkersKeyOf = readOnce((request: XmlElement): PostedWorkersKey => {
  const criteria = criteriaElement(request);
  const period = periodOf(criteria, 'postingPeriod');
  const cbe = childText(criteria, 'cbeNumber')?.trim();
  if (cbe !== undefined) return { by: 'cbeNumber', value: cbe, period };
  return { by: 'ssin', value: required(criteria, 'ssin'), period };
});

export const postedWorkerDetailOf = readOnce((request: XmlElement) => {
  const criteria = criteriaElement(request);
  return { ssin: required(criteria, 'ssin'), limosaId: required(criteria, 'limosaId') };
});

export const postingDocumentsOf = readOnce((request: XmlElement) => {
  const criteria = criteriaElement(request);
  return { ssin: required(criteria, 'ssin'), period: periodOf(criteria, 'period') };
});

export const postingDocumentDetailOf = readOnce((request: XmlElement) => {
  const criteria = criteriaElement(request);
  return { ssin: required(criteria, 'ssin'), documentId: required(criteria, 'documentId') };
});

/** Whether a closed period overlaps an asked one (open end = up to far in the future). */
export function overlaps(begin: string, end: string, asked: Period | undefined): boolean {
  return !asked || (begin <= (asked.end ?? '9999-12-31') && end >= asked.begin);
}
