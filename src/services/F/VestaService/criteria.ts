import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { readOnce } from '../../read-once';

export interface Criteria {
  ssin: string;
  /** The period asked (both days included): the files that ran in it; none = every file. */
  period?: { begin: string; end: string };
}

/** criteria{ssin, period?{beginDate, endDate}}: a period that ends before it begins is NO_RESULT MSG00008 naming it. */
export const criteriaOf = readOnce((request: XmlElement): Criteria => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const asked = child(criteria, 'period');
  let period: Criteria['period'];
  if (asked) {
    const begin = parseXsdDate(childText(asked, 'beginDate') ?? '');
    const end = parseXsdDate(childText(asked, 'endDate') ?? '');
    if (!begin || !end || end < begin) throw invalidField('criteria/period', `${childText(asked, 'beginDate') ?? ''}/${childText(asked, 'endDate') ?? ''}`);
    period = { begin, end };
  }
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '', period };
});
