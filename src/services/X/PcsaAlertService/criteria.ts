import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readCriteriaPeriod } from '../../criteria-period';
import { readOnce } from '../../read-once';

export interface Criteria {
  ssin?: string;
  begin?: string;
  end?: string;
  openOnly: boolean;
}

/** The criteria of consultAlerts; an end before the begin is NO_RESULT MSG00008 naming criteria/period/endDate. */
function read(request: XmlElement): Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const { begin, end } = readCriteriaPeriod(criteria);
  return { ssin: childText(criteria, 'ssin')?.trim(), begin, end, openOnly: childText(criteria, 'openOnly') === 'true' };
}

/** The criteria of a request, read once (validate, handler). */
export const criteriaOf = readOnce(read);
