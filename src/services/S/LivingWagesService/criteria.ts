import { child, childText, XmlElement } from '../../../xml/node';
import { StatusError, RequestedPeriod } from '../../types';
import { MSG } from '../../../domain/codes';

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

const DATE = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/;

function invalid(fieldName: string, fieldValue?: string): StatusError {
  return new StatusError('NO_RESULT', MSG.INVALID_DATA, [{ fieldName, fieldValue: fieldValue?.slice(0, 256) }]);
}

/** An xs:date as yyyy-mm-dd (a timezone suffix is dropped), or undefined when it is no real date. */
function dateOf(value: string): string | undefined {
  const day = DATE.exec(value)?.[1];
  if (!day) return undefined;
  return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) ? day : undefined;
}

function readDate(period: XmlElement | undefined, name: string, required: boolean): string | undefined {
  const raw = childText(period, name);
  if (raw === undefined) {
    if (required) throw invalid(`criteria/period/${name}`);
    return undefined;
  }
  const date = dateOf(raw.trim());
  if (!date) throw invalid(`criteria/period/${name}`, raw);
  return date;
}

/** Reads and checks the criteria; throws StatusError MSG00008 when they are invalid. */
export function readCriteria(request: XmlElement): Criteria {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalid('criteria');
  const ssin = childText(criteria, 'ssin');
  if (ssin === undefined) throw invalid('criteria/ssin');
  const period = child(criteria, 'period');
  if (!period) throw invalid('criteria/period');
  const begin = readDate(period, 'beginDate', true)!;
  const end = readDate(period, 'endDate', false);
  if (end !== undefined && end < begin) throw invalid('criteria/period', 'Invalid Period: the endDate lies before the beginDate');
  return { ssin: ssin.trim(), begin, end };
}

/** The period asked about, for authorization rows with the REQUESTED_PERIOD rule (open end = still open). */
export function requestedPeriodOf(request: XmlElement): RequestedPeriod {
  const c = readCriteria(request);
  return { begin: c.begin, end: c.end ?? null };
}
