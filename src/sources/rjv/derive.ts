import type { Db } from '../../store/db';
import type { HolidayAttest } from './model';
import { BLUE_COLLAR_WORKER_CODE, creationDateOf, holidayDays, holidayPay, LAST_REFERENCE_YEAR, paymentDateOf } from './rules';

/**
 * The attests, derived from RSZ's DmfA (rsz_dmfa, seeded before): one per person and holiday year
 * whose reference year has blue-collar quarters (worker code 015, every employer together).
 * Student (840) and white-collar (495) quarters give none: a white-collar worker's holiday pay
 * is paid by the employer.
 */
export function deriveAttests(db: Db): Omit<HolidayAttest, 'id'>[] {
  const years = db
    .prepare(
      `SELECT ssin, CAST(substr(quarter, 1, 4) AS INTEGER) AS year, SUM(days) AS days, ROUND(SUM(wage_amount), 2) AS wages, MIN(working_time_fraction) AS fraction
       FROM rsz_dmfa WHERE worker_code = ? AND CAST(substr(quarter, 1, 4) AS INTEGER) <= ?
       GROUP BY ssin, year ORDER BY ssin, year`,
    )
    .all(BLUE_COLLAR_WORKER_CODE, LAST_REFERENCE_YEAR) as { ssin: string; year: number; days: number; wages: number; fraction: number }[];
  return years.map((y) => {
    const holidayYear = y.year + 1;
    const pay = holidayPay(y.wages);
    return {
      ssin: y.ssin,
      attest_number: `${holidayYear}${y.ssin}`,
      holiday_year: holidayYear,
      reference_year: y.year,
      regime: y.fraction >= 1 ? 'FULL_TIME' : 'PART_TIME',
      days_worked: y.days,
      gross_wages: y.wages,
      holiday_days: holidayDays(y.days),
      single_pay: pay.single,
      double_pay: pay.double,
      creation_date: creationDateOf(holidayYear),
      payment_date: paymentDateOf(holidayYear),
    };
  });
}
