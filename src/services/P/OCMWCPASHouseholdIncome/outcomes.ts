import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P12 OCMWCPASHouseholdIncome (classic, modelled): asked by OCMW Gent on 2026-11-16 (the 2025
 * assessments of wage earners and benefit recipients are established by then) for the household
 * of today; the incomes are those of S10 TaxAssessmentDataService, before professional expenses.
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z' };
const income = operationOutcomes('P12', 'HouseholdIncome', NOW);

export const OUTCOMES: PersonaOutcome[] = [
  income('heating-allowance', 'YES', '0', 'Income year 2025: Rita Callewaert 19,406 (RVA unemployment benefits), her son Jonas without an assessment; total 19,406, one dependant.'),
  income('employed', 'YES', '0', 'Income year 2025: taxable salaries 32,860 (alone in his household), no dependant.'),
  income('family', 'YES', '0', 'Income year 2025: the joint nil assessment of the parents (leefloon), the two children; total 0, two dependants.'),
  income('standard', 'YES', '0', 'Income year 2025: a nil assessment (the leefloon is not taxable).'),
  income('self-employed-pre-2003', 'YES', '19012001', 'No assessment for any member of the household (INFORMATION): a GRAPA pensioner with no taxable income the sources know.'),
  income('heating-allowance', 'NO', '39000013', 'Administrative staff may not ask the household income (no row).', { role: 'ADMIN_STAFF' }),
  income('heating-allowance', 'NO', '31000005', 'A ReferenceDate that is no date.', { include: ['ReferenceDate'], values: { ReferenceDate: '2026-02-30' } }),
  ...sharedCheckOutcomes(income, { channel: 'classic', finality: true }),
];
