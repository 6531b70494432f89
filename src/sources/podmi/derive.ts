import { addDays } from '../../domain/dates';
import { Attest } from './forms';
import { CATEGORY, LivingWagePeriod } from './model';
import { regionOfNis } from './regions';

/**
 * X10 derived rights: the living-wage periods POD MI shows once it has decided on declared forms,
 * merged with the seeded periods (decisions from before the emulator's store). Per OCMW:
 * - an accepted form B opens a period from its start date to its accepted end (open if none);
 * - a later form B of the same OCMW (a change, new start date) ends the earlier periods the day
 *   before it starts; one with the start date of a seeded period replaces that period;
 * - an accepted form C (stop: refusal or withdrawal) ends, the day before its effective date, the
 *   periods it finds (those received before it): a period that would end before it begins is gone.
 * The same holds for the Loi 65 forms (P02 B1, P07 C65) and the EQUIVALENT_LIVING_WAGE periods:
 * each category is opened and ended by its own forms only.
 * Only the decisions the network knows at `at` count (visible_from <= at). A correction has
 * replaced its form (superseded_by), so only the live forms count.
 */
export function derivedPeriods(seeded: LivingWagePeriod[], attests: Attest[], at: string): LivingWagePeriod[] {
  const live = attests.filter((a) => a.form.superseded_by === null && a.decision.visible_from <= at && a.decision.evaluation !== 'REFUSED');
  const grants = live.filter((a) => (a.form.form_type === 'B' || a.form.form_type === 'B1') && a.decision.granted_begin !== null);
  const stops = live.filter((a) => a.form.form_type === 'C' || a.form.form_type === 'C65');
  // RMI forms B and C open and end leefloon periods; the Loi 65 forms B1 and C65 the equivalent's.
  const categoryOf = (a: Attest) => (a.form.form_type === 'B1' || a.form.form_type === 'C65' ? CATEGORY.EQUIVALENT : CATEGORY.LIVING_WAGE);

  interface Candidate {
    period: LivingWagePeriod;
    /** ISO instant the grant reached POD MI ('' for the seeded ones: before everything). */
    received: string;
    declared: boolean;
  }
  const candidates: Candidate[] = [
    ...seeded.map((p) => ({ period: p, received: '', declared: false })),
    ...grants.map((a) => ({
      period: {
        // Negative ids: the declared periods never collide with the seeded rows' ids.
        id: -a.form.id,
        ssin: a.form.ssin,
        ocmw_cbe: a.form.ocmw_cbe,
        ocmw_nis: a.form.ocmw_nis,
        region: regionOfNis(a.form.ocmw_nis),
        category: categoryOf(a),
        beneficiary_category: a.form.beneficiary_category as LivingWagePeriod['beneficiary_category'],
        monthly_amount: a.form.monthly_amount ?? 0,
        begin_date: a.decision.granted_begin!,
        end_date: a.decision.granted_end,
        decision_date: a.form.decision_date ?? a.decision.decided_at.slice(0, 10),
      },
      received: a.form.received_at,
      declared: true,
    })),
  ];

  const out: LivingWagePeriod[] = [];
  for (const c of candidates) {
    const p = c.period;
    const sameOcmw = (a: Attest) => a.form.ocmw_cbe === p.ocmw_cbe && categoryOf(a) === p.category;
    // A declared form B (B1) of the same OCMW and category starting on the same day replaces a seeded period.
    if (!c.declared && grants.some((g) => sameOcmw(g) && g.decision.granted_begin === p.begin_date)) continue;
    let end = p.end_date;
    const cut = (day: string) => {
      if (end === null || day < end) end = day;
    };
    for (const g of grants) if (sameOcmw(g) && g.decision.granted_begin! > p.begin_date && g.form.received_at > c.received) cut(addDays(g.decision.granted_begin!, -1));
    for (const s of stops) if (sameOcmw(s) && s.form.received_at > c.received && s.form.entry_date >= p.begin_date) cut(addDays(s.form.entry_date, -1));
    if (end !== null && end < p.begin_date) continue;
    out.push({ ...p, end_date: end });
  }
  return out.sort((a, b) => (a.begin_date < b.begin_date ? -1 : a.begin_date > b.begin_date ? 1 : a.id - b.id));
}
