import type { SeedWriter } from '../../../fixtures/builder';
import { SSIN } from '../../../fixtures/personas';

/** The personas known in the BIS register: replaced-ssin's old number (replaced by an RR number) and bis-person. */
export function writeBisPersonas(w: SeedWriter): void {
  w.bisPerson({ ssin: SSIN.replacedOld, last_name: 'Benali', first_name: 'Ahmed', birth_date: '1982-07-00', gender: null, nationality: 354, birth_place: 'Casablanca', birth_country: 354, decease_date: null, status: 'REPLACED', replaced_by: SSIN.replacedNew, country: 150, postal_code: '2000', municipality: 'Antwerpen', street: 'Turnhoutsebaan', house_number: '201', created: '2015-02-10', updated: '2020-10-01' });
  w.bisPerson({ ssin: SSIN.bis, last_name: 'Kovalenko', first_name: 'Olena', birth_date: '1993-03-17', gender: 2, nationality: 682, birth_place: 'Kharkiv', birth_country: 682, decease_date: null, status: 'ACTIVE', replaced_by: null, country: 150, postal_code: '9000', municipality: 'Gent', street: 'Dampoortstraat', house_number: '44', created: '2022-05-02', updated: '2024-01-10' });
  // posted-worker: a posted Polish mason, known in the BIS register since his first Limosa declaration.
  w.bisPerson({ ssin: SSIN.postedWorker, last_name: 'Wisniewski', first_name: 'Tomasz', birth_date: '1986-09-14', gender: 1, nationality: 139, birth_place: 'Kraków', birth_country: 139, decease_date: null, status: 'ACTIVE', replaced_by: null, country: 150, postal_code: '9000', municipality: 'Gent', street: 'Brugsesteenweg', house_number: '302', created: '2024-03-25', updated: '2026-02-20' });
}
