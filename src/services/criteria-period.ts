import { childText, XmlElement } from '../xml/node';
import { invalidField } from '../soap/newstyle';
import { parseXsdDate } from '../domain/dates';

/**
 * The optional `period{beginDate, endDate?}` of a new-style request's criteria, as days (a time
 * zone dropped; the schema has checked the form). An end before the begin is NO_RESULT MSG00008
 * naming criteria/period/endDate.
 */
export function readCriteriaPeriod(criteria: XmlElement): { begin?: string; end?: string } {
  const date = (name: string) => {
    const raw = childText(criteria, 'period', name);
    return raw === undefined ? undefined : (parseXsdDate(raw) ?? raw);
  };
  const [begin, end] = [date('beginDate'), date('endDate')];
  if (begin && end && end < begin) throw invalidField('criteria/period/endDate', end);
  return { begin, end };
}
