import { SSIN } from '../../../fixtures/personas';
import { contractAt } from './contracts';
import type { EnergyContract } from './model';

/**
 * The personas' contracts beyond the derived ones (src/sources/soctar/contracts.ts): disabled-adult
 * kept the electricity contract of the studio she rented in Gent before she moved in 2006 (her
 * brother uses it since): it is hers, but not at her domicile, so it is matched and refused the
 * social tariff (eligibility 1).
 */
export function personaContracts(): Omit<EnergyContract, 'id'>[] {
  const hilde = { ssin: SSIN.disabledAdult, last_name: 'Verschueren', first_name: 'Hilde', decease_date: null };
  const studio = { begin_date: '2003-09-01', end_date: null, postal_code: '9000', municipality_nl: 'Gent', street_nl: 'Sint-Pietersnieuwstraat', house_number: '140', box: '3' };
  return [contractAt(hilde, studio, 'E', '2009-07-01', null)];
}
