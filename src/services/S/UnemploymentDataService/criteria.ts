import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { readOnce } from '../../read-once';

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

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?$/;

/** An xs:gYearMonth as yyyy-mm, or undefined. */
export function parseMonth(value: string): string | undefined {
  const m = MONTH.exec(value);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/** A mandatory child of `el`, read by `parse` (which gives undefined for a value it refuses). */
function required(el: XmlElement, name: string, path: string, parse: (raw: string) => string | undefined): string {
  const raw = childText(el, name);
  if (raw === undefined) throw invalidField(`${path}/${name}`);
  const value = parse(raw);
  if (!value) throw invalidField(`${path}/${name}`, raw);
  return value;
}

const ORDER = 'Invalid Period: the enddate lies before the begindate';

/** Reads and checks the searchCriteria of a request. Throws StatusError MSG00008 when they are invalid. */
export function readCriteria(request: XmlElement, shape: CriteriaShape): Criteria {
  const sc = child(request, 'searchCriteria');
  if (!sc) throw invalidField('searchCriteria');
  const ssin = childText(sc, 'ssin');
  if (ssin === undefined) throw invalidField('searchCriteria/ssin');
  const criteria: Criteria = { ssin };

  if (shape === 'D') {
    const raw = childText(sc, 'date');
    if (raw !== undefined) {
      criteria.date = parseXsdDate(raw);
      if (!criteria.date) throw invalidField('searchCriteria/date', raw);
    }
  }
  if (shape === 'M' || shape === 'MA' || shape === 'P') {
    const period = child(sc, 'period');
    if (!period) throw invalidField('searchCriteria/period');
    const path = 'searchCriteria/period';
    if (shape === 'P') {
      criteria.period = { begin: required(period, 'beginDate', path, parseXsdDate), end: required(period, 'endDate', path, parseXsdDate) };
      if (criteria.period.end < criteria.period.begin) throw invalidField(path, ORDER);
    } else {
      criteria.months = { start: required(period, 'startMonth', path, parseMonth), end: required(period, 'endMonth', path, parseMonth) };
      if (criteria.months.end < criteria.months.start) throw invalidField(path, ORDER);
    }
  }
  if (shape === 'MA') {
    const raw = childText(sc, 'allAllowance');
    if (raw !== undefined && raw !== '0' && raw !== '1') throw invalidField('searchCriteria/allAllowance', raw);
    criteria.allAllowance = raw === '1';
  }
  return criteria;
}

const readers = new Map<CriteriaShape, (request: XmlElement) => Criteria>();

/** The criteria of a request, read and checked once per request (validate, REQUESTED_PERIOD rule, handler). */
export function criteriaOf(request: XmlElement, shape: CriteriaShape): Criteria {
  let read = readers.get(shape);
  if (!read) {
    read = readOnce((r) => readCriteria(r, shape));
    readers.set(shape, read);
  }
  return read(request);
}

/** Number of months from start to end, both included. */
export function monthSpan(range: MonthRange): number {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return n(range.end) - n(range.start) + 1;
}
