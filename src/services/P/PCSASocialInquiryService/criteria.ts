import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { readOnce } from '../../read-once';

/**
 * The criteria of simulateResidenceStatus: the person and the reference date (absent: the day of
 * the request, ctx.today, filled in by the handler). The schema checks their form; a date that is
 * no calendar day is NO_RESULT MSG00008 naming criteria/referenceDate.
 */
export interface SimulationCriteria {
  ssin: string;
  referenceDate?: string;
}

export const criteriaOf = readOnce((request: XmlElement): SimulationCriteria => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const raw = childText(criteria, 'referenceDate');
  let referenceDate: string | undefined;
  if (raw !== undefined) {
    referenceDate = parseXsdDate(raw.trim());
    if (!referenceDate) throw invalidField('criteria/referenceDate', raw);
  }
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '', referenceDate };
});
