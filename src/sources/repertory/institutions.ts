import { makeKbo } from '../../domain/kbo';
import { SECTOR } from '../sectors';
import type { NewInscription } from './index';

/** The institutions of the other sectors that integrate persons (synthetic enterprise numbers). */
const INSTITUTION: Record<number, string[]> = {
  [SECTOR.MUTUALITIES]: ['04110001', '04110002', '04110003', '04110004', '04110005'].map(makeKbo),
  [SECTOR.CHILD_BENEFITS]: ['07070001', '07070002', '07070003'].map(makeKbo),
  [SECTOR.PENSIONS]: [makeKbo('02060500')],
  [SECTOR.RSZ]: [makeKbo('02060120')],
  [SECTOR.RVA]: [makeKbo('02061800')],
};

/** The mutualities that integrate persons (sector 11), in the order of the institution index (the NIC seed follows them). */
export const MUTUALITY_INSTITUTIONS: readonly string[] = INSTITUTION[SECTOR.MUTUALITIES];

/** An integration by an institution of another sector (PRIMARY register, no NIS code): what R03 reports. */
export function sectorInscription(ssin: string, sector: number, quality: number, begin: string, end: string | null, institution = 0): NewInscription {
  const institutions = INSTITUTION[sector];
  return {
    ssin,
    sector,
    sub_sector: 0,
    cbe_number: institutions[institution % institutions.length],
    nis_code: '',
    quality_code: quality,
    phase: 0,
    begin_date: begin,
    end_date: end,
    register: 'PRIMARY',
    last_modified: begin,
  };
}
