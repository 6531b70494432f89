import { SSIN } from '../../../fixtures/personas';
import type { VestaWriter } from './writer';
import { makeKbo } from '../../domain/kbo';

const THUISZORG = makeKbo('04119826');
const POETSDIENST = makeKbo('04127359');

const OPEN = { end_date: null, status: 'ACTIVE' as const, yearly_budget: null, closing_reason: null };

/**
 * The personas' care files (fictional providers, all in Gent):
 * - disabled-adult: family care (gezinszorg) since 2022-03-14, 16 hours a month, and cleaning
 *   help (poetshulp) since 2023-09-04, 8 hours a month;
 * - pensioner: cleaning help since 2021-06-01 (6 hours a month) and an odd-job file (karweihulp)
 *   of 2024 that is closed.
 */
export function writeVestaPersonas(w: VestaWriter): void {
  w.careFile({
    ...OPEN, ssin: SSIN.disabledAdult, care_service: 'FAMILY_CARE', provider_cbe: THUISZORG, provider_name: 'Thuiszorg Leie en Schelde vzw', provider_municipality: 'Gent',
    file_number: 'GZ-2022-018734', begin_date: '2022-03-14', hours_per_month: 16, hourly_contribution: 6.85, last_care_date: '2026-11-12',
  });
  w.careFile({
    ...OPEN, ssin: SSIN.disabledAdult, care_service: 'CLEANING_HELP', provider_cbe: POETSDIENST, provider_name: 'Poetsdienst Gent-Centrum vzw', provider_municipality: 'Gent',
    file_number: 'PH-2023-004417', begin_date: '2023-09-04', hours_per_month: 8, hourly_contribution: 9.2, last_care_date: '2026-11-10',
  });
  w.careFile({
    ...OPEN, ssin: SSIN.pensioner, care_service: 'CLEANING_HELP', provider_cbe: POETSDIENST, provider_name: 'Poetsdienst Gent-Centrum vzw', provider_municipality: 'Gent',
    file_number: 'PH-2021-002981', begin_date: '2021-06-01', hours_per_month: 6, hourly_contribution: 10.4, last_care_date: '2026-11-06',
  });
  w.careFile({
    ssin: SSIN.pensioner, care_service: 'ODD_JOB_HELP', provider_cbe: POETSDIENST, provider_name: 'Poetsdienst Gent-Centrum vzw', provider_municipality: 'Gent',
    file_number: 'KH-2024-000652', begin_date: '2024-04-08', end_date: '2024-05-31', status: 'CLOSED', hours_per_month: 4, hourly_contribution: 12.5,
    yearly_budget: null, last_care_date: '2024-05-17', closing_reason: 'Work done (garden and small repairs)',
  });
}
