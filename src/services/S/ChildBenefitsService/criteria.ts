import { child, childrenNamed, childText, text, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { AUTHENTIC_SOURCES, AuthenticSource } from '../../../sources/childbenefits';
import { readOnce } from '../../read-once';

export interface Criteria {
  ssin: string;
  /** yyyy-mm */
  beginMonth: string;
  endMonth: string | null;
  /** The sources asked, in the contract's order; absent in the request = all five. */
  sources: AuthenticSource[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * consultFilesBySsin's criteria: ssin, period{beginMonth, endMonth?}, authenticSources? The schema
 * checks their form; a period that ends before it begins is NO_RESULT MSG00008.
 */
export const criteriaOf = readOnce((request: XmlElement): Criteria => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const period = child(criteria, 'period');
  const beginMonth = childText(period, 'beginMonth')?.trim() ?? '';
  const endMonth = childText(period, 'endMonth')?.trim() ?? null;
  if (!MONTH.test(beginMonth)) throw invalidField('criteria/period/beginMonth', beginMonth);
  if (endMonth !== null && (!MONTH.test(endMonth) || endMonth < beginMonth)) throw invalidField('criteria/period/endMonth', endMonth);
  const asked = child(criteria, 'authenticSources');
  const named = new Set(childrenNamed(asked, 'authenticSource').map((s) => text(s).trim()));
  for (const s of named) if (!AUTHENTIC_SOURCES.includes(s as AuthenticSource)) throw invalidField('criteria/authenticSources/authenticSource', s);
  const sources = asked ? AUTHENTIC_SOURCES.filter((s) => named.has(s)) : [...AUTHENTIC_SOURCES];
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '', beginMonth, endMonth, sources };
});
