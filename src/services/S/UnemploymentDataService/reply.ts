import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { replyHead, status } from '../../../soap/newstyle';
import { CodeDef, MSG } from '../../../domain/codes';
import {StatusError} from '../../types';
import { Criteria, MonthRange, monthSpan } from './criteria';

/**
 * The reply of every operation (UnemploymentDataTypesV3.xsd): informationCustomer,
 * informationCBSS, legalContext, searchCriteria (echoed), status, ssin, then the result block.
 */
export function answer(request: XmlElement, ctx: Ctx, criteria: Criteria, outcome: XmlObject, result?: XmlObject): XmlObject {
  return {
    ...replyHead(request, ctx),
    searchCriteria: child(request, 'searchCriteria'),
    status: outcome,
    ssin: criteria.ssin,
    ...result,
  };
}

export const found = (): XmlObject => status('DATA_FOUND', MSG.OK);

/**
 * NO_DATA_FOUND: MSG00100 when the RVA has no file for the person at all, otherwise the RVA's more
 * specific code (no data for these criteria, no payment in the period, ...).
 */
export function notFound(ctx: Ctx, ssin: string, specific: CodeDef): XmlObject {
  return status('NO_DATA_FOUND', ctx.sources.rva.hasFile(ssin) ? specific : MSG.NO_DATA);
}

/** Result lists are bounded by the contract (48 paid sums, 24 activation months, 12 grid months): longer ranges are refused. */
export function requireSpan(range: MonthRange, max: number): void {
  if (monthSpan(range) > max) {
    throw new StatusError('NO_RESULT', MSG.UD_TIME_INDICATION, [
      { fieldName: 'searchCriteria/period', fieldValue: `${range.start}..${range.end} is longer than ${max} months` },
    ]);
  }
}

/** A situation date after today cannot be known yet: the RVA refuses it (UDS00016, modelled use of a real code). */
export function requirePastDate(date: string | undefined, ctx: Ctx): void {
  if (date !== undefined && date > ctx.today) {
    throw new StatusError('NO_RESULT', MSG.UDS_INVALID_DATE, [{ fieldName: 'searchCriteria/date', fieldValue: date }]);
  }
}

/** Euros (as stored) to the euro cents of the contract. */
export const cents = (euros: number): number => Math.round(euros * 100);

/** A decimal as the contract writes it: whole numbers bare, otherwise one decimal. */
export const decimal = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Whether [begin, end] (end null = open) overlaps the requested period. */
export function overlaps(begin: string, end: string | null, period: { begin: string; end: string }): boolean {
  return begin <= period.end && (end === null || end >= period.begin);
}

export const openPeriod = (begin: string, end: string | null): XmlObject => ({ beginDate: begin, endDate: end ?? undefined });

export const decisionIdentification = (row: { decision_handler: number; decision_number: string | null }): XmlObject => ({
  decisionHandler: row.decision_handler,
  identificationNumber: row.decision_number ?? undefined,
});
