import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { readOnce } from '../../read-once';

/**
 * The criteria of the Limosa operations (S05) and the posting documents (S06), read and checked
 * once per request; what the schema cannot check (an end before the begin, an impossible date) is
 * NO_RESULT MSG00008 naming the field.
 */
export interface Period {
  begin: string;
  end?: string;
}

export type PostedWorkersKey = { by: 'cbeNumber' | 'ssin'; value: string; period?: Period };

function criteriaElement(request: XmlElement): XmlElement {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  return criteria;
}

function required(criteria: XmlElement, name: string): string {
  const value = childText(criteria, name)?.trim();
  if (!value) throw invalidField(`criteria/${name}`);
  return value;
}

function periodOf(criteria: XmlElement, name: string): Period | undefined {
  const el = child(criteria, name);
  if (!el) return undefined;
  const read = (field: string) => {
    const raw = childText(el, field);
    if (raw === undefined) return undefined;
    const day = parseXsdDate(raw);
    if (!day) throw invalidField(`criteria/${name}/${field}`, raw);
    return day;
  };
  const begin = read('beginDate');
  if (!begin) throw invalidField(`criteria/${name}/beginDate`);
  const end = read('endDate');
  if (end !== undefined && end < begin) throw invalidField(`criteria/${name}`, 'Invalid Period: the endDate lies before the beginDate');
  return { begin, end };
}

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
