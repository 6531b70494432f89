import type { SeedWriter } from '../../../fixtures/builder';
import { SSIN } from '../../../fixtures/personas';

/** Dimona employments of the personas: standard's part-time job until 2023 (her RVA right follows it), employed's since 2019. */
export function writeRszPersonas(w: SeedWriter): void {
  w.employment({ ssin: SSIN.standard, employer_cbe: '0401574852', employer_name: 'Schoonmaak Vlaanderen NV', noss_number: '0401574852', begin_date: '2019-02-01', end_date: '2023-02-28', worker_type: 'OTH', joint_committee: '121', work_regime: 'PART_TIME' });
  w.employment({ ssin: SSIN.employed, employer_cbe: '0403199702', employer_name: 'Logistiek Gent BV', noss_number: '0403199702', begin_date: '2019-04-01', end_date: null, worker_type: 'OTH', joint_committee: '200', work_regime: 'FULL_TIME' });
}
