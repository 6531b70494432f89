import { makeKbo } from '../../domain/kbo';
import type { AuthenticSource } from './model';

/** A payer of child benefits (synthetic enterprise numbers; the public payers' names). */
export interface Fund {
  source: AuthenticSource;
  enterprise: string;
  code: string;
  name: { nl: string; fr: string };
}

/** The public payer of each system, and since when the region pays (the federal system before). */
export const FUNDS: Record<AuthenticSource, Fund> = {
  FEDERAL: { source: 'FEDERAL', enterprise: makeKbo('02062000'), code: '001', name: { nl: 'FAMIFED', fr: 'FAMIFED' } },
  FLANDERS: { source: 'FLANDERS', enterprise: makeKbo('07070101'), code: '101', name: { nl: 'FONS', fr: 'FONS' } },
  BRUSSELS: { source: 'BRUSSELS', enterprise: makeKbo('07070201'), code: '201', name: { nl: 'Famiris', fr: 'Famiris' } },
  WALLONIA: { source: 'WALLONIA', enterprise: makeKbo('07070301'), code: '301', name: { nl: 'FAMIWAL', fr: 'FAMIWAL' } },
  EASTBELGIUM: { source: 'EASTBELGIUM', enterprise: makeKbo('07070401'), code: '401', name: { nl: 'Ministerium der Deutschsprachigen Gemeinschaft', fr: 'Ministerium der Deutschsprachigen Gemeinschaft' } },
};

/** The first month a region paid its own child benefits (regionalisation): Brussels a year after the others. */
export const REGIONAL_FROM: Record<Exclude<AuthenticSource, 'FEDERAL'>, string> = { FLANDERS: '2019-01', WALLONIA: '2019-01', EASTBELGIUM: '2019-01', BRUSSELS: '2020-01' };

/** The German-speaking municipalities (NIS): their child benefits are East Belgium's. */
const GERMAN_SPEAKING = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);

/** The regional system of a municipality. */
export function regionalSourceOf(nis: string): Exclude<AuthenticSource, 'FEDERAL'> {
  if (GERMAN_SPEAKING.has(nis)) return 'EASTBELGIUM';
  if (nis.startsWith('21')) return 'BRUSSELS';
  if (/^(1|23|24|3|4|7)/.test(nis)) return 'FLANDERS';
  return 'WALLONIA';
}
