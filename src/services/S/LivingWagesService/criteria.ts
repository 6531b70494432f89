import { child, childText, XmlElement } from '../../../xml/node';
import type { RequestedPeriod } from '../../types';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { readOnce } from '../../read-once';

/**
 * The criteria every operation of LivingWagesService v2 carries: `ssin` and `period`
 * (CommonV3 OpenPeriodType: beginDate, endDate?). The schema has checked their form before the
 * handler runs; what it cannot check (an end before the begin) is NO_RESULT MSG00008 naming the
 * period, before the SSIN checks, as CBSS validates a message first.
 */
export interface Criteria {
  ssin: string;
  begin: string;
  /** Absent = up to today. */
  end?: string;
}

function readDate(period: XmlElement | undefined, name: string, required: boolean): string | undefined {
  const raw = childText(period, name);
  if (raw === undefined) {
    if (required) throw invalidField(`criteria/period/${name}`);
    return undefined;
  }
  const date = parseXsdDate(raw);
  if (!date) throw invalidField(`criteria/period/${name}`, raw);
  return date;
}

/** Reads and checks the criteria; throws StatusError MSG00008 when they are invalid. */
/** The criteria of a request, read and checked once per request (validate, period, handler). */
export const criteriaOf = readOnce(readCriteria);

function readCriteria(request: XmlElement): Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const ssin = childText(criteria, 'ssin');
  if (ssin === undefined) throw invalidField('criteria/ssin');
  const period = child(criteria, 'period');
  if (!period) throw invalidField('criteria/period');
  const begin = readDate(period, 'beginDate', true)!;
  const end = readDate(period, 'endDate', false);
  if (end !== undefined && end < begin) throw invalidField('criteria/period', 'Invalid Period: the endDate lies before the beginDate');
  return { ssin: ssin.trim(), begin, end };
}

/** The period asked about, for authorization rows with the REQUESTED_PERIOD rule (open end = still open). */
export function requestedPeriodOf(request: XmlElement): RequestedPeriod {
  const c = criteriaOf(request);
  return { begin: c.begin, end: c.end ?? null };
}
