import { Random } from '../../../fixtures/random';
import { MUNICIPALITIES } from '../../../fixtures/organisations';
import { addDays } from '../../domain/dates';
import { regionOfNis } from '../podmi/regions';
import type { GeneratedPerson, SeedContext } from '../source';
import type { VmswWriter } from './writer';
import type { RefusalReason } from './model';

/** Its own random stream: adding the source leaves every other generated row as it was. */
const STREAM = 0x3f5a7;
const TODAY = '2026-11-16';
/** The day of the month the premium and the subsidy are paid. */
const LAST_PAYDAY = '2026-11-05';
const PREMIUM_REFUSALS: RefusalReason[] = ['INCOME_TOO_HIGH', 'RENT_TOO_HIGH', 'OWNS_PROPERTY', 'OFFER_REFUSED'];
const SUBSIDY_REFUSALS: RefusalReason[] = ['DWELLING_QUALITY', 'INCOME_TOO_HIGH', 'RENT_TOO_HIGH', 'OWNS_PROPERTY', 'INCOMPLETE_FILE'];

const company = (nis: string) => `Sociale Huisvestingsmaatschappij ${MUNICIPALITIES.find((m) => m.nis === nis)!.nl}`;
const money = (rnd: Random, min: number, max: number) => rnd.int(min * 100, max * 100) / 100;

/**
 * Waiting-list registrations and rent subsidies of the generated adults living in Flanders: 3 %
 * are (or were) on a waiting list since 2008; after four years on it a candidate may receive
 * the rent premium (most do, some are refused); 0.8 % have a rent-subsidy file, with a partner
 * from the same municipality for about a third.
 */
export function generateVmsw(w: VmswWriter, { population, seed }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  const adults = population.filter((p) => regionOfNis(p.nis) === 'FLANDERS' && addDays(p.birthDate, 18 * 366) < TODAY);
  const byNis = new Map<string, GeneratedPerson[]>();
  for (const p of adults) byNis.set(p.nis, [...(byNis.get(p.nis) ?? []), p]);
  let files = 0;
  for (const p of adults) {
    const from = addDays(p.birthDate, 18 * 366) > '2008-01-01' ? addDays(p.birthDate, 18 * 366) : '2008-01-01';
    if (rnd.chance(0.03)) {
      const registered = rnd.date(from, '2026-09-30');
      const deregistered = rnd.chance(0.3) ? rnd.date(registered, TODAY) : null;
      const eligibleFrom = addDays(registered, 4 * 365 + 1);
      const waitedLongEnough = eligibleFrom <= (deregistered ?? TODAY);
      const refused = waitedLongEnough && rnd.chance(0.25);
      const paid = waitedLongEnough && !refused && rnd.chance(0.8);
      const lastPaid = paid ? (deregistered ? `${addDays(deregistered, -20).slice(0, 7)}-05` : LAST_PAYDAY) : null;
      w.premium({
        ssin: p.ssin, company_name: company(p.nis), registration_date: registered, deregistration_date: deregistered,
        potentially_entitled: waitedLongEnough && !refused ? 1 : 0, refusal_reason: refused ? rnd.pick(PREMIUM_REFUSALS) : null,
        last_payment_date: lastPaid && lastPaid >= eligibleFrom ? lastPaid : null, last_payment_amount: lastPaid && lastPaid >= eligibleFrom ? money(rnd, 90, 290) : null,
      });
    }
    if (rnd.chance(0.008)) {
      const status = rnd.pick(['GRANTED', 'GRANTED', 'GRANTED', 'REFUSED', 'REFUSED', 'IN_TREATMENT', 'APPLIED', 'STOPPED'] as const);
      const applied = rnd.date(from, '2026-09-30');
      const neighbours = byNis.get(p.nis)!;
      const partner = rnd.chance(0.35) ? rnd.pick(neighbours) : undefined;
      const lastPaid = status === 'GRANTED' ? LAST_PAYDAY : status === 'STOPPED' ? `${rnd.date(applied, TODAY).slice(0, 7)}-05` : null;
      w.subsidy({
        ssin: p.ssin, partner_ssin: partner && partner.ssin !== p.ssin ? partner.ssin : null, company_name: company(p.nis),
        file_number: `HS-${applied.slice(0, 4)}-${String(++files).padStart(6, '0')}`, file_status: status,
        refusal_reason: status === 'REFUSED' ? rnd.pick(SUBSIDY_REFUSALS) : null,
        last_payment_date: lastPaid && lastPaid > applied ? lastPaid : null, last_payment_amount: lastPaid && lastPaid > applied ? money(rnd, 100, 330) : null,
      });
    }
  }
}
