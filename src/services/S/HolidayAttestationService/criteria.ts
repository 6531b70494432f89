import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { readOnce } from '../../read-once';

/**
 * The criteria of consultHolidayAttestations: the person and, optionally, a holiday year (none =
 * every attest made so far). The schema checks the form (xs:gYear); a year with a time zone or
 * before 1900 is NO_RESULT MSG00008 naming criteria/holidayYear.
 */
export interface Criteria {
  ssin: string;
  holidayYear?: number;
}

function read(request: XmlElement): Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const ssin = childText(criteria, 'ssin')?.trim() ?? '';
  const year = childText(criteria, 'holidayYear')?.trim();
  if (year === undefined) return { ssin };
  if (!/^\d{4}$/.test(year) || Number(year) < 1900) throw invalidField('criteria/holidayYear', year);
  return { ssin, holidayYear: Number(year) };
}

/** The criteria of a request, read once (validate, handler). */
export const criteriaOf = readOnce(read);
