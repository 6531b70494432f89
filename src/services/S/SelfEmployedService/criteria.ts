import { child, childText, XmlElement } from '../../../xml/node';
import type { RequestedPeriod } from '../../types';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { isQuarter, quarterBegin, quarterEnd } from '../../../domain/quarters';

/**
 * The criteria of SelfEmployedService (contracts.md §5.13), read and checked before the SSIN
 * checks (CBSS validates a message first): a date period (OpenPeriodType: beginDate, endDate?)
 * for the career, a quarter period (beginQuarter, endQuarter; v2's end may be open) for the
 * contributions. What the schema cannot check, an end before the begin, is NO_RESULT MSG00008
 * naming the period.
 */
export interface DatePeriod {
  begin: string;
  /** Absent = up to today. */
  end?: string;
}

export interface QuarterPeriod {
  begin: string;
  /** Absent = up to the current quarter. */
  end?: string;
}

const ORDER = 'Invalid Period: the end lies before the begin';

function read(el: XmlElement, name: string, path: string, required: boolean, parse: (raw: string) => string | undefined): string | undefined {
  const raw = childText(el, name);
  if (raw === undefined) {
    if (required) throw invalidField(`${path}/${name}`);
    return undefined;
  }
  const value = parse(raw.trim());
  if (!value) throw invalidField(`${path}/${name}`, raw);
  return value;
}

/** criteria/<name> as a date period; undefined when it is absent and optional. */
export function datePeriod(criteria: XmlElement, name: string, required: boolean): DatePeriod | undefined {
  const path = `criteria/${name}`;
  const el = child(criteria, name);
  if (!el) {
    if (required) throw invalidField(path);
    return undefined;
  }
  const begin = read(el, 'beginDate', path, true, parseXsdDate)!;
  const end = read(el, 'endDate', path, false, parseXsdDate);
  if (end !== undefined && end < begin) throw invalidField(path, ORDER);
  return { begin, end };
}

/** criteria/<name> as a quarter period; `openEnd` says whether endQuarter may be left out (v2). */
export function quarterPeriod(criteria: XmlElement, name: string, openEnd: boolean): QuarterPeriod {
  const path = `criteria/${name}`;
  const el = child(criteria, name);
  if (!el) throw invalidField(path);
  const quarter = (raw: string) => (isQuarter(raw) ? raw : undefined);
  const begin = read(el, 'beginQuarter', path, true, quarter)!;
  const end = read(el, 'endQuarter', path, !openEnd, quarter);
  if (end !== undefined && end < begin) throw invalidField(path, ORDER);
  return { begin, end };
}

/** The criteria element and its ssin (as is: the schema and the shared checks judge it). */
export function criteriaElement(request: XmlElement): { criteria: XmlElement; ssin: string } {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const ssin = childText(criteria, 'ssin');
  if (ssin === undefined) throw invalidField('criteria/ssin');
  return { criteria, ssin: ssin.trim() };
}

/** A quarter period as dates, for the REQUESTED_PERIOD rule. */
export const quarterDates = (q: QuarterPeriod): RequestedPeriod => ({ begin: quarterBegin(q.begin), end: q.end ? quarterEnd(q.end) : null });

/** A date period for the REQUESTED_PERIOD rule (open end = still open). */
export const dateDates = (p: DatePeriod): RequestedPeriod => ({ begin: p.begin, end: p.end ?? null });
