import { type PersonaOutcome, type OutcomeRequest, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P11 OCMWCPASHeatingAllocation (classic, reply modelled): asked by OCMW Gent on 2026-11-16;
 * unless a line says otherwise the invoice is 1,000 litres of heating gas oil in bulk for one
 * housing, delivered on 2026-11-06 for 1,000.00 EUR (1.0000 EUR a litre: 0.17 EUR a litre), and
 * the category is 2 (low income: the household's 2025 gross taxable income against the 2026
 * ceiling of 26,081.11 EUR plus 4,828.44 EUR per dependant). Each line starts from the seeded
 * state (no earlier decision for the household).
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z', values: { DeliveryDate: '2026-11-06' } };
const allocation = operationOutcomes('P11', 'ComputeAllocation', NOW);
const invoice = (values: Record<string, string>): OutcomeRequest => ({ values });
/** A first invoice of 2,000 litres that uses up the bulk limit of the heating period. */
const fullTank = { service: 'P11', operation: 'ComputeAllocation', values: { Quantity: '2000', Amount: '20000000', DeliveryDate: '2026-10-01' } };

export const OUTCOMES: PersonaOutcome[] = [
  allocation('heating-allowance', 'YES', '0', 'GRANTED: 1,000 litres at 0.17 EUR = 170.00 EUR; household income 19,406 with one dependant under the ceiling of 30,909.55; 1,000 litres left of 2,000 in 2026.'),
  allocation('heating-allowance', 'YES', '0', 'A price of 0.9000 EUR a litre: the lowest bracket, 0.14 EUR a litre (140.00 EUR).', invoice({ Amount: '9000000' })),
  allocation('heating-allowance', 'YES', '0', 'Gas oil at the pump (UnitFuel 2), 150 litres: the flat allowance of 456.00 EUR.', invoice({ UnitFuel: '2', Quantity: '150', Amount: '1650000' })),
  allocation('heating-allowance', 'YES', '0', 'A building of 4 housings with a common tank: the household counts 250 of the 1,000 litres (42.50 EUR).', invoice({ HousingNumber: '4' })),
  allocation('heating-allowance', 'YES', '19011001', 'REFUSED: delivered on 2026-09-16, 61 days before the request (the limit is 60).', invoice({ DeliveryDate: '2026-09-16' })),
  allocation('heating-allowance', 'YES', '0', 'Delivered on 2026-09-17, exactly 60 days before: still GRANTED.', invoice({ DeliveryDate: '2026-09-17' })),
  allocation('heating-allowance', 'YES', '19011002', 'REFUSED after a first invoice of 2,000 litres in 2026: no litre left in the heating period.', { before: [fullTank] }),
  allocation('heating-allowance', 'YES', '19011004', 'Category 1 asked: she has no increased intervention at the NIC.', invoice({ Category: '1' })),
  allocation('heating-allowance', 'YES', '0', 'Category 3 (debt mediation, the OCMW\'s own finding): GRANTED without an income check.', invoice({ Category: '3' })),
  allocation('employed', 'YES', '19011003', 'REFUSED: household income 32,860 (2025 salaries) above the ceiling of 26,081.11 (no dependant).'),
  allocation('standard', 'YES', '0', 'Category 1: increased intervention since 2025-01-01 and a nil 2025 assessment: GRANTED (170.00 EUR).', invoice({ Category: '1' })),
  allocation('heating-allowance', 'NO', '31000005', 'A DeliveryDate after today.', invoice({ DeliveryDate: '2026-11-20' })),
  allocation('heating-allowance', 'NO', '31000005', 'OCMW_CPAS/KboBceNumber is not the caller\'s (CPAS Liège\'s number sent by Gent).', invoice({ KboBceNumber: '0207361980' })),
  allocation('heating-allowance', 'NO', '31000005', 'An unknown fuel code (UnitFuel 9).', invoice({ UnitFuel: '9' })),
  allocation('heating-allowance', 'NO', '39000013', 'Administrative staff may not decide a heating allowance (no row).', { role: 'ADMIN_STAFF' }),
  ...sharedCheckOutcomes(allocation, { channel: 'classic', finality: true }),
];
