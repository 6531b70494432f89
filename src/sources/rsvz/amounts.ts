import { OCCUPATION, Occupation } from './model';

/**
 * The quarterly contribution due (MODELLED on the order of magnitude RSVZ publishes): a main
 * occupation pays at least about 890 euro a quarter in 2024, a complementary one about 95; both
 * indexed back at 2% a year. `factor` (1 = the minimum) stands for a higher professional income.
 */
export function contributionAmount(occupation: Occupation, quarter: string, factor = 1): number {
  const base = occupation === OCCUPATION.MAIN ? 890 : 95;
  const years = Number(quarter.slice(0, 4)) - 2024;
  return Math.round(base * factor * Math.pow(1.02, years) * 100) / 100;
}
