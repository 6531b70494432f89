import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { quarterBegin, quarterEnd, quarterOf } from '../../../domain/quarters';
import { readOnce } from '../../read-once';
import type { Period } from './periods';

/**
 * The criterion of consultExchangedData: the person and, optionally, one quarter (yyyyQn). Without
 * a quarter the whole history is asked. The schema checks the form; a quarter after today's is
 * NO_RESULT MSG00008 naming criterion/temporalCriteria (FOD Economie has not decided it yet).
 */
export interface Criterion {
  ssin: string;
  quarter?: string;
}

function read(request: XmlElement): Criterion {
  const criterion = child(request, 'criterion');
  if (!criterion) throw invalidField('criterion');
  const ssin = childText(criterion, 'ssin')?.trim() ?? '';
  const quarter = childText(criterion, 'temporalCriteria')?.trim();
  if (quarter === undefined) return { ssin };
  if (!/^20\d{2}Q[1-4]$/.test(quarter)) throw invalidField('criterion/temporalCriteria', quarter);
  return { ssin, quarter };
}

/** The criterion of a request, read once (validate, handler). */
export const criterionOf = readOnce(read);

/**
 * The days a request looks at, and the day the household is taken on: the quarter's (up to today
 * in the current quarter), or all history up to today.
 */
export function windowOf(c: Criterion, today: string): { window: Period; asOf: string } {
  if (!c.quarter) return { window: { start: '1900-01-01', end: today }, asOf: today };
  if (c.quarter > quarterOf(today)) throw invalidField('criterion/temporalCriteria', c.quarter);
  const end = quarterEnd(c.quarter) < today ? quarterEnd(c.quarter) : today;
  return { window: { start: quarterBegin(c.quarter), end }, asOf: end };
}
