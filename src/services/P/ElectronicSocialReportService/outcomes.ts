import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P13 ElectronicSocialReportService (consultDecisions): OCMW Gent asks the other OCMWs' decisions
 * of the last five years; the clock is set to 2026-11-16.
 */
const esv = operationOutcomes('P13', 'consultDecisions', { now: '2026-11-16T10:00:00Z' });

export const OUTCOMES: PersonaOutcome[] = [
  esv('refused-overlap', 'DATA_FOUND', 'MSG00000', 'OCMW Antwerpen: LIVING_WAGE from 2024-03-01, running, category 2 (alone) at 1,314.20 a month.'),
  esv('esv-moved', 'DATA_FOUND', 'MSG00000', 'OCMW Antwerpen: LIVING_WAGE 2022-09-01 to 2024-02-29 (category 2, 1,314.20) and 2024-03-01 to 2025-08-31 (category 1, 876.13).'),
  esv('standard', 'NO_DATA_FOUND', 'MSG00100', 'Only Gent, the caller, ever decided for her.'),
  esv('bis-person', 'DATA_FOUND', 'MSG00000', 'OCMW Brussel: EQUIVALENT_LIVING_WAGE 2022-05-16 to 2023-12-31 (temporary protection), within the five years, category 2 (alone).'),
  ...sharedCheckOutcomes(esv, { channel: 'new', finality: true }),
];
