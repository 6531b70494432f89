import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readCriteriaPeriod } from '../../criteria-period';
import { readOnce } from '../../read-once';

/** How far back the report goes (seed 001: five years). */
export const YEARS_BACK = 5;

export interface Criteria {
  ssin: string;
  pcsaCbeNumber?: string;
  begin?: string;
  end?: string;
  pageNumber: number;
}

/** The day `years` years before `day` (29 February becomes 28 February). */
export function yearsBefore(day: string, years: number): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)) - years, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));
  if (d.getUTCDate() !== Number(day.slice(8, 10))) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/**
 * The criteria of consultDecisions. The schema checks their form; an end before the begin is NO_RESULT
 * MSG00008 naming criteria/period/endDate (a begin more than five years back is checked in the
 * handler, against the emulator's today).
 */
function read(request: XmlElement): Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const { begin, end } = readCriteriaPeriod(criteria);
  return {
    ssin: childText(criteria, 'ssin')?.trim() ?? '',
    pcsaCbeNumber: childText(criteria, 'pcsaCbeNumber'),
    begin,
    end,
    pageNumber: Number(childText(request, 'paging', 'pageNumber') ?? 1),
  };
}

/** The criteria of a request, read once (validate, handler). */
export const criteriaOf = readOnce(read);
