import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/**
 * S17 Jobseeker: the person integrated by the caller (OCMW Gent unless a line says otherwise);
 * the sample asks every registration (no period). The clock is set to 2026-11-16 for every line.
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z' };
const registrations = operationOutcomes('S17', 'consultRegistrations', NOW);
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const period = (beginDate: string, endDate: string): OutcomeRequest => ({ include: ['period'], values: { beginDate, endDate } });
const nobody = ['disabled-adult', 'large-family', 'pensioner', 'incapacity', 'newcomer', 'social-tenant', 'employed', 'family', 'student-interim'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  registrations('jobseeker-flanders', 'DATA_FOUND', 'MSG00000', 'VDAB (Gent) since 2026-01-05, unemployed with benefits: the RVA right that started that day.'),
  registrations('jobseeker-flanders', 'NO_DATA_FOUND', 'MSG00100', 'Asked for 2025: he was still working then.', period('2025-01-01', '2025-12-31')),
  registrations('jobseeker-wallonia', 'DATA_FOUND', 'MSG00000', 'Asked by CPAS Liège: FOREM (Liège) since 2024-09-02, a young job seeker in her professional insertion period, no benefits.', { ...NOW, ...liege }),
  registrations('jobseeker-wallonia', 'NO_RESULT', 'MSG00012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
  registrations('standard', 'DATA_FOUND', 'MSG00000', 'VDAB from 2023-03-01 to 2024-08-31, unemployed with benefits (her RVA right).'),
  registrations('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'VDAB: insertion allowance from 2022-01-01 to 2025-03-31, then registered without benefits since 2025-04-01.'),
  registrations('standard', 'NO_RESULT', 'MSG00008', 'A period that ends before it begins: information names criteria/period.', period('2025-01-01', '2024-01-01')),
  registrations('standard', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them the registrations.', { role: 'ADMIN_STAFF' }),
  ...registrations.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'Never registered as a job seeker.'),
  ...sharedCheckOutcomes(registrations, { channel: 'new', finality: true }),
];
