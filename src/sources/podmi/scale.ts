import { BENEFICIARY, BeneficiaryCategory } from './model';

/**
 * Monthly living-wage amounts (euros) by beneficiary category. MODELLED: close to the scale in
 * force in 2025 after indexation, not the official table; an older scale for the older periods of
 * the personas. The contract of S20 does not carry amounts; they are here for the services that will.
 */
const SCALE_2025: Record<BeneficiaryCategory, number> = {
  [BENEFICIARY.COHABITING]: 876.13,
  [BENEFICIARY.ALONE]: 1314.2,
  [BENEFICIARY.FAMILY]: 1776.07,
};
const SCALE_2007: Record<BeneficiaryCategory, number> = {
  [BENEFICIARY.COHABITING]: 429.64,
  [BENEFICIARY.ALONE]: 644.46,
  [BENEFICIARY.FAMILY]: 859.28,
};

/** The monthly amount of a period that starts on `begin`. */
export function monthlyAmount(category: BeneficiaryCategory, begin: string): number {
  return (begin < '2015-01-01' ? SCALE_2007 : SCALE_2025)[category];
}
