import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, serviceOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S20 LivingWagesService v2: needs the person integrated by the caller (OCMW Gent) on the request
 * date. Every outcome asks from 2024-01-01 with an open end (up to today) unless it says otherwise.
 */
const FROM_2024: OutcomeRequest = { values: { 'period/beginDate': '2024-01-01' } };
const s20 = serviceOutcomes('S20', FROM_2024);
const periods = operationOutcomes('S20', 'getLivingWagePeriods', FROM_2024);
const from = (beginDate: string, endDate?: string): OutcomeRequest => ({ values: { 'period/beginDate': beginDate, ...(endDate ? { 'period/endDate': endDate } : {}) } });

export const OUTCOMES: PersonaOutcome[] = [
  periods('standard', 'DATA_FOUND', 'MSG00000', 'Leefloon from OCMW Gent since 2025-01-01, still running (its endDate is today).'),
  periods('standard', 'NO_DATA_FOUND', 'MSG00100', 'Asked for 2020-01-01..2024-12-31: before her leefloon began.', from('2020-01-01', '2024-12-31')),
  periods('standard', 'NO_RESULT', 'MSG00008', 'An endDate before the beginDate: information names criteria/period.', from('2025-06-01', '2025-01-01')),
  periods('standard', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them living wages (role refused).', { role: 'ADMIN_STAFF' }),
  s20('standard', 'getLivingWagePeriodsPerPCSA', 'DATA_FOUND', 'MSG00000', 'One group: OCMW Gent (0244021019), 2025-01-01..today.'),
  s20('standard', 'getLivingWages', 'DATA_FOUND', 'MSG00000', 'OCMW Gent, LIVING_WAGE, 2025-01-01..today.'),
  s20('standard', 'getLivingWages', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the same answer.', { role: 'FINANCIAL_DIRECTOR' }),
  s20('standard', 'getLivingWagePeriodsFlanders', 'DATA_FOUND', 'MSG00000', 'Gent is a Flemish OCMW: the same period.'),
  s20('standard', 'getLivingWagePeriodsPerPCSAFlanders', 'DATA_FOUND', 'MSG00000', 'Gent is a Flemish OCMW: the same group.'),
  periods('deceased', 'DATA_FOUND', 'MSG00000', 'Leefloon from OCMW Gent 2024-07-01..2025-06-14: it ended at his death.'),
  periods('deceased', 'NO_DATA_FOUND', 'MSG00100', 'Asked from 2025-07-01: nothing after his death.', from('2025-07-01')),
  periods('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'Leefloon from OCMW Gent since 2025-04-15, after his insertion allowance ended.'),
  s20('family', 'getLivingWagePeriodsPerPCSA', 'DATA_FOUND', 'MSG00000', 'Asked from 2005-01-01: two groups, OCMW Antwerpen 2007-09-01..2009-05-31 and OCMW Gent since 2025-03-01.', from('2005-01-01')),
  s20('family', 'getLivingWages', 'DATA_FOUND', 'MSG00000', 'OCMW Gent, LIVING_WAGE (family rate) since 2025-03-01; his wife and children have none of their own.'),
  s20('bis-person', 'getLivingWages', 'DATA_FOUND', 'MSG00000', 'Asked from 2022-01-01: OCMW Brussel, EQUIVALENT_LIVING_WAGE, 2022-05-16..2023-12-31.', from('2022-01-01')),
  s20('bis-person', 'getLivingWagePeriodsFlanders', 'NO_DATA_FOUND', 'MSG00100', 'Asked from 2022-01-01: her only period is from OCMW Brussel, not a Flemish OCMW.', from('2022-01-01')),
  periods('bis-person', 'NO_DATA_FOUND', 'MSG00100', 'Since 2024: none (Gent helps her otherwise, quality code 4).'),
  s20('refused-overlap', 'getLivingWagePeriodsPerPCSA', 'DATA_FOUND', 'MSG00000', 'One group: OCMW Antwerpen (0211002021), since 2024-03-01, still running after her move to Gent (Gent\'s form B is refused).'),
  periods('employed', 'NO_DATA_FOUND', 'MSG00100', 'No living wage (he works; Gent gives other aid).'),
  ...sharedCheckOutcomes(periods, { channel: 'new', finality: true }),
];
