import { child, childText, XmlElement } from '../../../xml/node';
import { invalidField } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { MSG } from '../../../domain/codes';
import { StatusError } from '../../types';
import type { HandiSource } from '../../../sources/handi';
import { readOnce } from '../../read-once';
import { MAX_PAYMENT_MONTHS, Part, PARTS } from './parts';

const TRUE = new Set(['true', '1']);
const flag = (parent: XmlElement | undefined, name: string) => TRUE.has(childText(parent, name)?.trim() ?? '');

/** A period of months, from the first to the last (yyyy-mm), both included. */
export interface MonthPeriod {
  begin: string;
  end: string;
}

function date(parent: XmlElement | undefined, name: string, path: string): string {
  const raw = childText(parent, name);
  const day = raw === undefined ? undefined : parseXsdDate(raw);
  if (!day) throw invalidField(path, raw);
  return day;
}

/** A payment period: it must run forward (HAN00021) and cover at most 24 months (HAN00020). */
export function paymentPeriod(begin: string, end: string, path: string): MonthPeriod {
  if (end < begin) throw new StatusError('NO_RESULT', MSG.HAN_PERIOD_ORDER, [{ fieldName: path, fieldValue: `${begin}/${end}` }]);
  const months = (Number(end.slice(0, 4)) - Number(begin.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(begin.slice(5, 7)) + 1;
  if (months > MAX_PAYMENT_MONTHS) throw new StatusError('NO_RESULT', MSG.HAN_PERIOD_TOO_LONG, [{ fieldName: path, fieldValue: `${begin}/${end}` }]);
  return { begin: begin.slice(0, 7), end: end.slice(0, 7) };
}

/** v2 handicapAuthenticSources: the administrations asked; none is HAN00022. */
function sourcesOf(criteria: XmlElement | undefined): HandiSource[] {
  const asked = child(criteria, 'handicapAuthenticSources');
  const sources = (['DGPH', 'VSB'] as const).filter((s) => flag(asked, s));
  if (sources.length === 0) throw new StatusError('NO_RESULT', MSG.HAN_NOTHING_REQUESTED, [{ fieldName: 'criteria/handicapAuthenticSources' }]);
  return sources;
}

export interface FilesByDateCriteria {
  ssin: string;
  sources: HandiSource[];
  referenceDate: string;
  parts: Part[];
}

/** consultFilesByDate (v2): ssin, handicapAuthenticSources, referenceDate, parts (all false: HAN00023). */
export const filesByDateCriteriaOf = readOnce((request: XmlElement): FilesByDateCriteria => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const sources = sourcesOf(criteria);
  const referenceDate = date(criteria, 'referenceDate', 'criteria/referenceDate');
  const asked = child(criteria, 'parts');
  const parts = PARTS.filter((p) => flag(asked, p));
  if (parts.length === 0) throw new StatusError('NO_RESULT', MSG.HAN_ALL_FALSE, [{ fieldName: 'criteria/parts' }]);
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '', sources, referenceDate, parts };
});

export interface PaymentsCriteria {
  ssin: string;
  sources: HandiSource[];
  period: MonthPeriod;
}

/** consultPayments (v2): ssin, handicapAuthenticSources, period (beginDate/endDate). */
export const paymentsCriteriaOf = readOnce((request: XmlElement): PaymentsCriteria => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const sources = sourcesOf(criteria);
  const period = child(criteria, 'period');
  const begin = date(period, 'beginDate', 'criteria/period/beginDate');
  const end = date(period, 'endDate', 'criteria/period/endDate');
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '', sources, period: paymentPeriod(begin, end, 'criteria/period') };
});

export interface WantedInformation {
  ssin: string;
  /** The reference date and parts asked (informationAtReferenceDate), if any. */
  atDate?: { referenceDate: string; parts: Part[] };
  payments?: MonthPeriod;
}

/**
 * consultFile (v1): wantedInformation{ssin, informationAtReferenceDate?{referenceDate, four
 * flags}, paymentsAtPeriod?{startDate, endDate}}. Neither block: HAN00022; every flag false and
 * no payments: HAN00023.
 */
export const wantedInformationOf = readOnce((request: XmlElement): WantedInformation => {
  const wanted = child(request, 'wantedInformation');
  if (!wanted) throw invalidField('wantedInformation');
  const ssin = childText(wanted, 'ssin')?.trim() ?? '';
  const at = child(wanted, 'informationAtReferenceDate');
  const paid = child(wanted, 'paymentsAtPeriod');
  if (!at && !paid) throw new StatusError('NO_RESULT', MSG.HAN_NOTHING_REQUESTED, [{ fieldName: 'wantedInformation' }]);
  const v1Name = (p: Part) => (p === 'handicapRecognitions' ? 'handicapRecognition' : p);
  const atDate = at ? { referenceDate: date(at, 'referenceDate', 'wantedInformation/informationAtReferenceDate/referenceDate'), parts: PARTS.filter((p) => flag(at, v1Name(p))) } : undefined;
  const payments = paid
    ? paymentPeriod(date(paid, 'startDate', 'wantedInformation/paymentsAtPeriod/startDate'), date(paid, 'endDate', 'wantedInformation/paymentsAtPeriod/endDate'), 'wantedInformation/paymentsAtPeriod')
    : undefined;
  if (atDate && atDate.parts.length === 0 && !payments) throw new StatusError('NO_RESULT', MSG.HAN_ALL_FALSE, [{ fieldName: 'wantedInformation/informationAtReferenceDate' }]);
  return { ssin, atDate, payments };
});

/** consultRightsAndPayments (v1): criteria{ssin, period{beginDate, endDate}}; the payments of at most 24 months. */
export const rightsAndPaymentsCriteriaOf = readOnce((request: XmlElement): { ssin: string; begin: string; end: string; months: MonthPeriod } => {
  const criteria = child(request, 'criteria');
  if (!criteria) throw invalidField('criteria');
  const period = child(criteria, 'period');
  const begin = date(period, 'beginDate', 'criteria/period/beginDate');
  const end = date(period, 'endDate', 'criteria/period/endDate');
  return { ssin: childText(criteria, 'ssin')?.trim() ?? '', begin, end, months: paymentPeriod(begin, end, 'criteria/period') };
});
