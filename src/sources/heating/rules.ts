/**
 * The rules of the heating allowance (Sociaal Verwarmingsfonds / Fonds social chauffage) the OCMW
 * applies to one invoice (P11 OCMWCPASHeatingAllocation). Public facts (contracts-wave2.md §3 P11,
 * mi-is.be): the request within 60 days after the delivery; heating gas oil in bulk or at the
 * pump, lamp petroleum type C, bulk propane; at most 1,500 litres per household and heating
 * period, 2,000 for bulk deliveries from 2022-07-01; a flat allowance for purchases at the pump;
 * in bulk an allowance per litre that rises with the price per litre. MODELLED: the fuel codes,
 * the heating period (the calendar year), the dates of the higher pump amount, and the income
 * ceilings (approximations of the indexed amounts).
 */
import { addDays } from '../../domain/dates';

/** The fuels by their UnitFuel code (the codes are MODELLED; the sample request sends 3). */
export const FUEL = {
  1: { name: 'heating gas oil in bulk', bulk: true },
  2: { name: 'heating gas oil at the pump', bulk: false },
  3: { name: 'lamp petroleum type C in bulk', bulk: true },
  4: { name: 'lamp petroleum type C at the pump', bulk: false },
  5: { name: 'propane in bulk', bulk: true },
} as const;
export type FuelCode = keyof typeof FUEL;

export const isFuelCode = (n: number): n is FuelCode => n in FUEL;

/** Days after the delivery within which the OCMW must receive the request. */
export const DEADLINE_DAYS = 60;

/** From this delivery date a bulk delivery may count 2,000 litres (and the pump amount is the higher one). */
export const HIGHER_LIMITS_FROM = '2022-07-01';

/** The invoice came too late: the request is after the 60th day after the delivery. */
export const isLate = (deliveryDate: string, requestDate: string): boolean => requestDate > addDays(deliveryDate, DEADLINE_DAYS);

/** The litres a household may claim in one heating period for this fuel and delivery date. */
export function maximumLitres(fuel: FuelCode, deliveryDate: string): number {
  return FUEL[fuel].bulk && deliveryDate >= HIGHER_LIMITS_FROM ? 2000 : 1500;
}

/** The flat allowance of a purchase at the pump (once per household and heating period). */
export function pumpFlatAmount(deliveryDate: string): number {
  return deliveryDate >= HIGHER_LIMITS_FROM ? 456 : 210;
}

/**
 * The Fund's table for bulk deliveries: the allowance per litre (euro) by the price per litre on
 * the invoice, VAT included: below 0.930 EUR 0.14, then one cent more per 2.5 cents of price, from
 * 1.055 EUR 0.20.
 */
export const PRICE_BRACKETS: readonly { below: number; perLitre: number }[] = [
  { below: 0.93, perLitre: 0.14 },
  { below: 0.955, perLitre: 0.15 },
  { below: 0.98, perLitre: 0.16 },
  { below: 1.005, perLitre: 0.17 },
  { below: 1.03, perLitre: 0.18 },
  { below: 1.055, perLitre: 0.19 },
  { below: Infinity, perLitre: 0.2 },
];

export function allowancePerLitre(pricePerLitre: number): number {
  return PRICE_BRACKETS.find((b) => pricePerLitre < b.below)!.perLitre;
}

/**
 * Categories 1 and 2: the household's yearly gross taxable income may not exceed the ceiling plus
 * an amount per dependant. MODELLED approximations of the indexed amounts, by the year of the
 * request (the latest known year holds after it, the earliest before it).
 */
export const INCOME_CEILING: Record<number, { base: number; perDependant: number }> = {
  2022: { base: 21892.68, perDependant: 4052.94 },
  2023: { base: 23286.44, perDependant: 4311.1 },
  2024: { base: 24298.72, perDependant: 4498.46 },
  2025: { base: 25199.12, perDependant: 4664.91 },
  2026: { base: 26081.11, perDependant: 4828.44 },
};

export function incomeCeiling(requestYear: number, dependants: number): number {
  const years = Object.keys(INCOME_CEILING).map(Number);
  const year = Math.min(Math.max(requestYear, Math.min(...years)), Math.max(...years));
  const c = INCOME_CEILING[year];
  return Math.round((c.base + c.perDependant * dependants) * 100) / 100;
}

export interface InvoiceFacts {
  fuel: FuelCode;
  deliveryDate: string;
  /** Litres invoiced (the whole delivery of a building). */
  quantity: number;
  /** Invoice total in ten-thousandths of a euro. */
  amount: number;
  housingNumber: number;
}

/** What the household already received in the heating period. */
export interface PeriodUse {
  litres: number;
  pumpFlatGranted: boolean;
}

export interface Allocation {
  heatingPeriod: number;
  /** The household's share of the delivery. */
  housingLitres: number;
  /** Euro per litre, 4 decimals. */
  pricePerLitre: number;
  /** Bulk only. */
  allowancePerLitre?: number;
  litresTakenIntoAccount: number;
  maximumLitres: number;
  remainingLitres: number;
  flatAmount: boolean;
  /** Euro, 2 decimals. */
  allowanceAmount: number;
  /** Why nothing is granted: the litres of the period are used up, or the pump's flat amount was already granted. */
  exhausted?: 'LITRES' | 'PUMP_FLAT';
}

/** The heating period of a delivery: its calendar year. */
export const heatingPeriodOf = (deliveryDate: string): number => Number(deliveryDate.slice(0, 4));

/**
 * The allowance of one invoice, given what the household already received in the period: the
 * household's share of the litres (divided by HousingNumber) up to what remains of the period's
 * maximum; in bulk that many litres at the bracket's amount, at the pump the flat amount once.
 */
export function computeAllocation(invoice: InvoiceFacts, used: PeriodUse): Allocation {
  const housingLitres = Math.floor(invoice.quantity / invoice.housingNumber);
  const pricePerLitre = Math.round(invoice.amount / invoice.quantity) / 10000;
  const maximum = maximumLitres(invoice.fuel, invoice.deliveryDate);
  const before = Math.max(0, maximum - used.litres);
  const litres = Math.min(housingLitres, before);
  const base = { heatingPeriod: heatingPeriodOf(invoice.deliveryDate), housingLitres, pricePerLitre, maximumLitres: maximum, remainingLitres: before - litres };
  if (FUEL[invoice.fuel].bulk) {
    const perLitre = allowancePerLitre(pricePerLitre);
    const amount = Math.round(litres * perLitre * 100) / 100;
    return { ...base, allowancePerLitre: perLitre, litresTakenIntoAccount: litres, flatAmount: false, allowanceAmount: amount, ...(litres === 0 ? { exhausted: 'LITRES' as const } : {}) };
  }
  if (used.pumpFlatGranted) return { ...base, litresTakenIntoAccount: 0, remainingLitres: before, flatAmount: false, allowanceAmount: 0, exhausted: 'PUMP_FLAT' };
  if (litres === 0) return { ...base, litresTakenIntoAccount: 0, flatAmount: false, allowanceAmount: 0, exhausted: 'LITRES' };
  return { ...base, litresTakenIntoAccount: litres, flatAmount: true, allowanceAmount: pumpFlatAmount(invoice.deliveryDate) };
}
