import { child, childText, XmlElement } from '../../../xml/node';
import { StatusError } from '../../types';
import { MSG } from '../../../domain/codes';

/**
 * The four searchCriteria shapes of UnemploymentDataService v3 (UnemploymentDataTypesV3.xsd):
 * S = {ssin}; D = {ssin, date?}; M = {ssin, period{startMonth, endMonth}} (MA adds allAllowance?);
 * P = {ssin, period{beginDate, endDate}}. Reading them also does the checks the schema makes
 * (CBSS validates before it asks the RVA): a failure is NO_RESULT MSG00008 naming the field.
 */
export type CriteriaShape = 'S' | 'D' | 'M' | 'MA' | 'P';

export interface MonthRange {
  start: string;
  end: string;
}

export interface DateRange {
  begin: string;
  end: string;
}

export interface Criteria {
  ssin: string;
  date?: string;
  months?: MonthRange;
  allAllowance?: boolean;
  period?: DateRange;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?$/;

function invalid(fieldName: string, fieldValue?: string): StatusError {
  return new StatusError('NO_RESULT', MSG.INVALID_DATA, [{ fieldName, fieldValue: fieldValue?.slice(0, 256) }]);
}

/** An xs:date as yyyy-mm-dd (a timezone suffix is accepted and dropped), or undefined when not a real date. */
export function parseDate(value: string): string | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** An xs:gYearMonth as yyyy-mm, or undefined. */
export function parseMonth(value: string): string | undefined {
  const m = MONTH.exec(value);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

function requiredDate(el: XmlElement | undefined, name: string, path: string): string {
  const raw = childText(el, name);
  if (raw === undefined) throw invalid(`${path}/${name}`);
  const date = parseDate(raw);
  if (!date) throw invalid(`${path}/${name}`, raw);
  return date;
}

function requiredMonth(el: XmlElement | undefined, name: string, path: string): string {
  const raw = childText(el, name);
  if (raw === undefined) throw invalid(`${path}/${name}`);
  const month = parseMonth(raw);
  if (!month) throw invalid(`${path}/${name}`, raw);
  return month;
}

const ORDER = 'Invalid Period: the enddate lies before the begindate';

/** Reads and checks the searchCriteria of a request. Throws StatusError MSG00008 when they are invalid. */
export function readCriteria(request: XmlElement, shape: CriteriaShape): Criteria {
  const sc = child(request, 'searchCriteria');
  if (!sc) throw invalid('searchCriteria');
  const ssin = childText(sc, 'ssin');
  if (ssin === undefined) throw invalid('searchCriteria/ssin');
  const criteria: Criteria = { ssin };

  if (shape === 'D') {
    const raw = childText(sc, 'date');
    if (raw !== undefined) {
      criteria.date = parseDate(raw);
      if (!criteria.date) throw invalid('searchCriteria/date', raw);
    }
  }
  if (shape === 'M' || shape === 'MA' || shape === 'P') {
    const period = child(sc, 'period');
    if (!period) throw invalid('searchCriteria/period');
    const path = 'searchCriteria/period';
    if (shape === 'P') {
      criteria.period = { begin: requiredDate(period, 'beginDate', path), end: requiredDate(period, 'endDate', path) };
      if (criteria.period.end < criteria.period.begin) throw invalid(path, ORDER);
    } else {
      criteria.months = { start: requiredMonth(period, 'startMonth', path), end: requiredMonth(period, 'endMonth', path) };
      if (criteria.months.end < criteria.months.start) throw invalid(path, ORDER);
    }
  }
  if (shape === 'MA') {
    const raw = childText(sc, 'allAllowance');
    if (raw !== undefined && raw !== '0' && raw !== '1') throw invalid('searchCriteria/allAllowance', raw);
    criteria.allAllowance = raw === '1';
  }
  return criteria;
}

/** Number of months from start to end, both included. */
export function monthSpan(range: MonthRange): number {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return n(range.end) - n(range.start) + 1;
}
