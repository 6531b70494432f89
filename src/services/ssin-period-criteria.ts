import { child, childText, XmlElement } from '../xml/node';
import { invalidField } from '../soap/newstyle';
import { parseXsdDate } from '../domain/dates';
import { readOnce } from './read-once';

/**
 * Criteria of the shape `criteria{ssin, period?{beginDate, endDate}}` (S17, S18): the person and,
 * optionally, a period (the rows that overlap it; none = every row). The schema checks the form;
 * a period that ends before it begins is NO_RESULT MSG00008 naming criteria/period.
 */
export interface Criteria {
  ssin: string;
  period?: { begin: string; end: string };
}

function read(request: XmlElement): Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const period = child(criteria, 'period');
  const ssin = childText(criteria, 'ssin')?.trim() ?? '';
  if (!period) return { ssin };
  const date = (name: 'beginDate' | 'endDate') => {
    const raw = childText(period, name) ?? '';
    const day = parseXsdDate(raw);
    if (!day) throw invalidField(`criteria/period/${name}`, raw);
    return day;
  };
  const begin = date('beginDate');
  const end = date('endDate');
  if (end < begin) throw invalidField('criteria/period', `${begin}..${end}`);
  return { ssin, period: { begin, end } };
}

/** The criteria of a request, read once (validate, handler). */
export const criteriaOf = readOnce(read);
