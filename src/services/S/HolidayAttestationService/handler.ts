import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { HolidayAttest } from '../../../sources/rjv';
import { criteriaOf } from './criteria';

const money = (n: number) => n.toFixed(2);

const attestation = (a: HolidayAttest): XmlObject => ({
  attestNumber: a.attest_number,
  holidayYear: String(a.holiday_year),
  referenceYear: String(a.reference_year),
  creationDate: a.creation_date,
  fullTimePartTime: a.regime,
  daysWorked: String(a.days_worked),
  grossWages: money(a.gross_wages),
  legalHolidayDays: String(a.holiday_days),
  singleGrossHolidayPay: money(a.single_pay),
  doubleGrossHolidayPay: money(a.double_pay),
  // On integer cents: the two parts as paid.
  totalGrossHolidayPay: money((Math.round(a.single_pay * 100) + Math.round(a.double_pay * 100)) / 100),
  paymentDate: a.payment_date,
});

/**
 * consultHolidayAttestations: head, criteria (echoed), status, then the attests RJV has made by
 * today (the holiday year asked, or all), the oldest holiday year first; NO_DATA_FOUND MSG00100
 * when there is none (never a blue-collar worker, or the year not made yet).
 */
export function consultHolidayAttestations(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = criteriaOf(request);
  const ssin = ctx.target?.ssin ?? criteria.ssin;
  const rows = ctx.sources.rjv.attests(ssin, ctx.today).filter((a) => criteria.holidayYear === undefined || a.holiday_year === criteria.holidayYear);
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (!rows.length) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), result: { ssin, holidayAttestation: rows.map(attestation) } };
}
