import { Random } from '../../../fixtures/random';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { makeKbo } from '../../domain/kbo';
import { regionOfNis } from '../podmi/regions';
import type { SeedContext } from '../source';
import type { VestaWriter } from './writer';
import { CARE_SERVICES, CareService } from './model';

/** Its own random stream: adding the source leaves every other generated row as it was. */
const STREAM = 0x7e57a;
const TODAY = '2026-11-16';

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

/** The share of a Flemish age group with a file of each service (65+, adults under 65). */
const SHARE: Record<CareService, [elderly: number, adult: number]> = {
  FAMILY_CARE: [0.08, 0.01],
  CLEANING_HELP: [0.1, 0.015],
  ODD_JOB_HELP: [0.03, 0.005],
  SITTING_SERVICE: [0.02, 0.002],
  PERSONAL_ASSISTANCE_BUDGET: [0.002, 0.004],
};
const PREFIX: Record<CareService, string> = { FAMILY_CARE: 'GZ', CLEANING_HELP: 'PH', ODD_JOB_HELP: 'KH', SITTING_SERVICE: 'OH', PERSONAL_ASSISTANCE_BUDGET: 'PAB' };
const PROVIDER: Record<CareService, string> = {
  FAMILY_CARE: 'Familiezorg',
  CLEANING_HELP: 'Dienst Poetshulp',
  ODD_JOB_HELP: 'Karweidienst',
  SITTING_SERVICE: 'Oppasdienst',
  PERSONAL_ASSISTANCE_BUDGET: 'Budgethoudersvereniging',
};

/**
 * Care files of the generated population living in Flanders: mostly people over 65 (family care
 * 8 %, cleaning help 10 %, ...), a few younger adults; a fifth of the files closed, a few suspended.
 */
export function generateVesta(w: VestaWriter, { population, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  let n = 0;
  for (const p of population) {
    if (regionOfNis(p.nis) !== 'FLANDERS') continue;
    const age = ageOn(p.birthDate, TODAY);
    if (age < 18) continue;
    const m = MUNICIPALITIES.find((x) => x.nis === p.nis)!;
    for (const service of Object.keys(SHARE) as CareService[]) {
      if (!rnd.chance(SHARE[service][age >= 65 ? 0 : 1])) continue;
      const begin = rnd.date('2012-01-01', '2026-09-30');
      const closed = rnd.chance(0.2);
      const end = closed ? rnd.date(begin, TODAY) : null;
      const budget = service === 'PERSONAL_ASSISTANCE_BUDGET';
      w.careFile({
        ssin: p.ssin, care_service: service, provider_cbe: makeKbo(`0${p.nis}${CARE_SERVICES.indexOf(service)}1`), provider_name: `${PROVIDER[service]} ${m.nl} vzw`, provider_municipality: m.nl,
        file_number: `${PREFIX[service]}-${begin.slice(0, 4)}-${String(++n).padStart(6, '0')}`, begin_date: begin, end_date: end,
        status: closed ? 'CLOSED' : rnd.chance(0.05) ? 'SUSPENDED' : 'ACTIVE',
        hours_per_month: budget ? null : rnd.int(2, 30), hourly_contribution: budget ? null : rnd.int(50, 1450) / 100,
        yearly_budget: budget ? rnd.int(12, 48) * 1000 : null, last_care_date: end ?? rnd.date(begin > '2026-10-01' ? begin : '2026-10-01', TODAY),
        closing_reason: closed ? rnd.pick(['Care no longer needed', 'Moved to a residential care centre', 'Deceased', 'Other care provider']) : null,
      });
    }
  }
}
