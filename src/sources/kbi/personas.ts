import { SSIN } from '../../../fixtures/personas';
import type { KbiWriter } from './writer';

/**
 * The newcomer's path (fictional providers): registered at the Gent office on 2023-10-02, obliged
 * as a recognised refugee; civic orientation in Dari from 2023-11 (passed 2024-02-16); NT2 A1
 * (passed 2024-06) then A2 (passed 2024-12, the LED holds its certificate); trajectory counselling
 * until the integration certificate of 2025-01-20.
 */
export function writeKbiPersonas(w: KbiWriter): void {
  const ssin = SSIN.newcomer;
  w.path({
    ssin, registration_date: '2023-10-02', office_name: 'Agentschap Integratie en Inburgering - kantoor Gent', office_municipality: 'Gent',
    obligation: 'OBLIGED', legal_ground: 'Recognised refugee registered in a Flemish municipality (first residence permit after 2023-01-01)', obligation_since: '2023-09-18',
    status: 'COMPLETED', counselling_office: 'Agentschap Integratie en Inburgering - kantoor Gent', counselling_begin: '2023-10-02', counselling_end: '2025-01-20',
    certificate_number: 'IA-2025-G-004187', certificate_date: '2025-01-20',
  });
  w.course({ ssin, kind: 'CIVIC_ORIENTATION', provider: 'Agentschap Integratie en Inburgering - kantoor Gent', begin_date: '2023-11-06', end_date: '2024-02-16', course_language: 'Dari', target_level: null, result: 'PASSED', test_date: '2024-02-16' });
  w.course({ ssin, kind: 'DUTCH_SECOND_LANGUAGE', provider: 'CVO Leerpunt Gent-Zuid', begin_date: '2024-01-08', end_date: '2024-06-21', course_language: null, target_level: 'A1', result: 'PASSED', test_date: '2024-06-14' });
  w.course({ ssin, kind: 'DUTCH_SECOND_LANGUAGE', provider: 'CVO Leerpunt Gent-Zuid', begin_date: '2024-09-02', end_date: '2024-12-20', course_language: null, target_level: 'A2', result: 'PASSED', test_date: '2024-12-13' });
}
