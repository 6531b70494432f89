/**
 * How RJV/ONVA computes the holiday pay of a blue-collar worker (MODELLED on the rules of the
 * holiday legislation for manual workers, without the solidarity deduction and withholding tax):
 * the DmfA wages of the reference year (the year before the holiday year) are declared at 100 %,
 * the holiday pay is counted on 108 % of them: 15.38 % in all, of which 8 % single holiday pay
 * (enkel vakantiegeld, paid for the holiday days) and 7.38 % double holiday pay (dubbel
 * vakantiegeld). A full year is 260 days of a five-day week: 20 legal holiday days, fewer in
 * proportion to the days worked. The attest is made at the end of April, the pay paid in May.
 */
export const BLUE_COLLAR_WORKER_CODE = '015';
export const FULL_YEAR_DAYS = 260;
export const MAX_HOLIDAY_DAYS = 20;
/** Per ten thousand of the wages: 8 % and 7.38 % of 108 %. */
export const SINGLE_PER_10000 = 864;
export const DOUBLE_PER_1000000 = 79704;

/** The last reference year the seed makes attests for: the emulated present is 2026. */
export const LAST_REFERENCE_YEAR = 2025;

/** The single and double holiday pay of a year's gross wages, each rounded to the cent (on integer cents). */
export function holidayPay(grossWages: number): { single: number; double: number } {
  const cents = Math.round(grossWages * 100);
  return { single: Math.round((cents * SINGLE_PER_10000) / 10000) / 100, double: Math.round((cents * DOUBLE_PER_1000000) / 1000000) / 100 };
}

export function holidayDays(daysWorked: number): number {
  return Math.min(MAX_HOLIDAY_DAYS, Math.round((MAX_HOLIDAY_DAYS * daysWorked) / FULL_YEAR_DAYS));
}

export const creationDateOf = (holidayYear: number) => `${holidayYear}-04-30`;
export const paymentDateOf = (holidayYear: number) => `${holidayYear}-05-15`;
