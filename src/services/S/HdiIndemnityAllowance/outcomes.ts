import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/**
 * S18 HdiIndemnityAllowance (consultAttest): the person integrated by the caller (OCMW Gent
 * unless a line says otherwise); the sample asks every attest (no period). The clock is set to
 * 2026-11-20 for every line unless it says otherwise (an attest exists from its first day).
 */
const NOW: OutcomeRequest = { now: '2026-11-20T10:00:00Z' };
const attests = operationOutcomes('S18', 'consultAttest', NOW);
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['disabled-adult', 'large-family', 'pensioner', 'jobseeker-flanders', 'newcomer', 'social-tenant', 'standard', 'employed', 'family'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  attests('incapacity', 'DATA_FOUND', 'MSG00000', 'CM (100/121): primary incapacity from 2025-11-17 to 2026-11-16 at 60 % of 84.62 (50.77 a day), invalidity since 2026-11-17 at 55 % (46.54 a day).'),
  attests('incapacity', 'DATA_FOUND', 'MSG00000', 'On 2026-11-16: the primary incapacity only (the invalidity has not begun).', { now: '2026-11-16T10:00:00Z' }),
  attests('incapacity', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the same attests.', { role: 'FINANCIAL_DIRECTOR', legalContext: 'PCSA:DEBT_RECOVERY' }),
  attests('incapacity', 'NO_DATA_FOUND', 'MSG00100', 'Asked for 2025-01-01..2025-11-16: she still worked.', { include: ['period'], values: { beginDate: '2025-01-01', endDate: '2025-11-16' } }),
  attests('incapacity', 'NO_RESULT', 'MSG00008', 'A period that ends before it begins: information names criteria/period.', { include: ['period'], values: { beginDate: '2026-01-01', endDate: '2025-01-01' } }),
  attests('incapacity', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them the attests.', { role: 'ADMIN_STAFF' }),
  ...attests.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'No incapacity for work indemnified by a mutuality.'),
  attests('jobseeker-wallonia', 'NO_DATA_FOUND', 'MSG00100', 'Asked by CPAS Liège: no incapacity attest.', { ...NOW, ...liege }),
  ...sharedCheckOutcomes(attests, { channel: 'new', finality: true }),
  attests('jobseeker-wallonia', 'NO_RESULT', 'MSG00012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
];
