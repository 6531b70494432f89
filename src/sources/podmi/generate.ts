import { Random } from '../../../fixtures/random';
import { addDays } from '../../domain/dates';
import type { SeedContext } from '../source';
import { BENEFICIARY, BeneficiaryCategory, CATEGORY } from './model';
import { OCMWS } from './ocmws';
import { monthlyAmount } from './scale';
import type { PodMiWriter } from './writer';

/** Its own random stream: adding POD MI leaves every other generated row as it was. */
const STREAM = 0x90d3c1;

const BENEFICIARIES: BeneficiaryCategory[] = [BENEFICIARY.COHABITING, BENEFICIARY.ALONE, BENEFICIARY.ALONE, BENEFICIARY.FAMILY];

/**
 * Living wages of the generated population, from the integrations the generator gave them
 * (`population[].integration`): a leefloon integration (quality code 2) comes with a living wage
 * from that OCMW, an equivalent-leefloon integration (code 3) with the equivalent, over the
 * integration's own dates. Some of them, and some persons the OCMW helps otherwise (code 4),
 * had an earlier living wage that ended, from the same OCMW or another one.
 */
export function generateLivingWages(w: PodMiWriter, { seed, population }: SeedContext): void {
  const rnd = new Random(seed ^ STREAM);
  for (const person of population) {
    const integration = person.integration;
    if (!integration) continue;
    const current = integration.qualityCode === 2 || integration.qualityCode === 3;
    if (current) {
      const beneficiary = rnd.pick(BENEFICIARIES);
      w.period({
        ssin: person.ssin,
        ocmw_cbe: integration.cbe,
        ocmw_nis: integration.nis,
        category: integration.qualityCode === 2 ? CATEGORY.LIVING_WAGE : CATEGORY.EQUIVALENT,
        beneficiary_category: beneficiary,
        monthly_amount: monthlyAmount(beneficiary, integration.begin),
        begin_date: integration.begin,
        end_date: integration.end,
        decision_date: addDays(integration.begin, rnd.int(5, 30)),
      });
    }
    if ((current || integration.qualityCode === 4) && rnd.chance(0.25)) {
      // An earlier period that ended before this integration began.
      const ocmw = rnd.chance(0.5) ? { cbe: integration.cbe, nis: integration.nis } : rnd.pick(OCMWS);
      const end = addDays(integration.begin, -rnd.int(30, 700));
      const begin = addDays(end, -rnd.int(60, 900));
      const beneficiary = rnd.pick(BENEFICIARIES);
      w.period({
        ssin: person.ssin,
        ocmw_cbe: ocmw.cbe,
        ocmw_nis: ocmw.nis,
        category: rnd.chance(0.85) ? CATEGORY.LIVING_WAGE : CATEGORY.EQUIVALENT,
        beneficiary_category: beneficiary,
        monthly_amount: monthlyAmount(beneficiary, begin),
        begin_date: begin,
        end_date: end,
        decision_date: addDays(begin, rnd.int(5, 30)),
      });
    }
  }
}
