import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/**
 * S19 HolidayAttestationService (consultHolidayAttestations): the person integrated by the caller
 * (OCMW Gent unless a line says otherwise); the sample asks every attest (no holiday year). The
 * clock is set to 2026-11-16 for every line unless it says otherwise: the 2026 attests (made on
 * 2026-04-30 from the 2025 DmfA) exist.
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z' };
const attests = operationOutcomes('S19', 'consultHolidayAttestations', NOW);
const year = (y: number): OutcomeRequest => ({ include: ['holidayYear'], values: { holidayYear: String(y) } });
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['disabled-adult', 'newcomer', 'social-tenant', 'employed', 'insertion-allowance-ended', 'family'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  attests('jobseeker-flanders', 'DATA_FOUND', 'MSG00000', 'Holiday years 2020-2026 from his work at Bouwbedrijf Leiedal NV; 2026 (from 2025): 261 days, wages 34,800, 20 days, single 3,006.72 and double 2,773.70 paid 2026-05-15.'),
  attests('jobseeker-flanders', 'DATA_FOUND', 'MSG00000', 'Holiday year 2020 asked: from March 2019 on, 219 days, 17 holiday days.', year(2020)),
  attests('jobseeker-flanders', 'NO_DATA_FOUND', 'MSG00100', 'Holiday year 2026 asked on 2026-04-01: the attest is made on 2026-04-30.', { ...year(2026), now: '2026-04-01T10:00:00Z' }),
  attests('large-family', 'DATA_FOUND', 'MSG00000', 'Holiday years 2023-2026: 2023 from 2022Q4 only (66 days: 5 holiday days, 712.80 + 657.56), then 20 days, 2,851.20 + 2,630.23 a year.'),
  attests('pensioner', 'DATA_FOUND', 'MSG00000', 'Holiday years 2019 (full 2018: 20 days, 2,592.00 + 2,391.12) and 2020 (2019 to his pension on 03-31: 64 days, 5 holiday days).'),
  attests('pensioner', 'NO_DATA_FOUND', 'MSG00100', 'Holiday year 2021 asked: no blue-collar work in 2020.', year(2021)),
  attests('incapacity', 'DATA_FOUND', 'MSG00000', 'Holiday years 2019-2026 as a cleaner; 2026 from 2025 to 11-16: 229 days, 18 holiday days, 2,002.04 + 1,846.88 (incapacity days are not assimilated here).'),
  attests('standard', 'DATA_FOUND', 'MSG00000', 'Holiday years 2020-2024 as a part-time cleaner (PART_TIME, 10 holiday days a full year); 2024 from 2023Q1 only.'),
  attests('student-interim', 'DATA_FOUND', 'MSG00000', 'Holiday years 2025 and 2026 from the interim (IVT) quarters only: student work (840) gives none.'),
  attests('standard', 'NO_RESULT', 'MSG00008', 'A holiday year before 1900: information names criteria/holidayYear.', year(1899)),
  attests('jobseeker-flanders', 'DATA_FOUND', 'MSG00000', 'The financial director, under PCSA:DEBT_RECOVERY: the same attests.', { role: 'FINANCIAL_DIRECTOR', legalContext: 'PCSA:DEBT_RECOVERY' }),
  attests('jobseeker-flanders', 'NO_RESULT', 'MSG00013', 'Administrative staff: no row gives them the attests.', { role: 'ADMIN_STAFF' }),
  ...attests.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'Never a blue-collar worker (employed is a white-collar worker: his employer pays his holiday pay).'),
  attests('jobseeker-wallonia', 'NO_DATA_FOUND', 'MSG00100', 'Asked by CPAS Liège: never worked as a blue-collar worker.', { ...NOW, ...liege }),
  ...sharedCheckOutcomes(attests, { channel: 'new', finality: true }),
  attests('jobseeker-wallonia', 'NO_RESULT', 'MSG00012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
];
