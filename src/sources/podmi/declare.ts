import type { Repertory } from '../repertory';
import type { NationalRegister } from '../rr';
import { derivedPeriods } from './derive';
import type { Attest, Decision, DeclaredForm } from './forms';
import type { PodMi } from './index';
import { decide, Facts } from './rules';
import { equivalentFiles } from './refunds';
import { sameContent } from './store';

export type DeclareOutcome = { attest: Attest; repeated: boolean } | { conflict: Attest };

/** Far in the future: POD MI itself knows every decision, whether the network shows it yet or not. */
const ALWAYS = '9999-12-31T23:59:59.999Z';

/**
 * POD MI receives one form: in one transaction it reads what it decides on (the declaring OCMW's
 * integrations, the person's grants, death and addresses), applies its rules, and records the
 * form with the decision. The same UniqueAttestID sent again with the same content gets the
 * stored decision back, unchanged (idempotent); with other content, a conflict.
 */
export function declare(sources: { podmi: PodMi; repertory: Repertory; rr: NationalRegister }, form: DeclaredForm, now: Date, extra: Partial<Facts> = {}, finish?: (decision: Decision, facts: Facts) => Decision): DeclareOutcome {
  const { podmi, repertory, rr } = sources;
  const store = podmi.store;
  return store.transaction(() => {
    const existing = store.attest(form.attest_id);
    if (existing) return sameContent(existing.form, form) ? { attest: existing, repeated: true } : { conflict: existing };

    const attests = store.attestsOf(form.ssin);
    const seeded = podmi.seededPeriods(form.ssin);
    const ownLiveSameStart = attests.filter(
      (a) => a.form.form_type === 'B' && a.form.ocmw_cbe === form.ocmw_cbe && a.form.superseded_by === null && a.decision.evaluation !== 'REFUSED' && a.form.entry_date === form.entry_date,
    );
    const person = rr.person(form.ssin);
    const facts: Facts = {
      integrations: repertory.find({ ssin: form.ssin, sector: 17, cbeNumber: form.ocmw_cbe }),
      grants: derivedPeriods(seeded, attests, ALWAYS).map((p) => ({ ocmw_cbe: p.ocmw_cbe, category: p.category, begin: p.begin_date, end: p.end_date })),
      deathDate: person?.decease_date ?? null,
      addresses: rr.addresses(form.ssin),
      sameStartExists: ownLiveSameStart.length > 0 || seeded.some((p) => p.ocmw_cbe === form.ocmw_cbe && p.begin_date === form.entry_date),
      premiums: attests
        .filter((a) => a.form.form_type === 'I' && a.decision.evaluation !== 'REFUSED')
        .map((a) => ({ attest_id: a.form.attest_id, ocmw_cbe: a.form.ocmw_cbe, entry_date: a.form.entry_date })),
      equivalentFiles: equivalentFiles(attests),
      ...extra,
    };
    const set = store.rules();
    const decided = decide(form, facts, set.rules);
    const decision = finish ? finish(decided, facts) : decided;
    // A correction that POD MI does not refuse replaces the live form B of that start date.
    const replaces = form.form_type === 'B' && form.message_status === 1 && decision.evaluation !== 'REFUSED' ? ownLiveSameStart.map((a) => a.form.attest_id) : [];
    const visibleFrom = new Date(now.getTime() + set.decisionDelayDays * 86_400_000).toISOString();
    return { attest: store.record(form, now.toISOString(), decision, visibleFrom, replaces), repeated: false };
  });
}

/**
 * A Loi 65 form B1 (P02): one row per beneficiary, the primary one first, in one transaction.
 * Each secondary beneficiary is decided knowing whether the primary one was refused. The same
 * message again answers every stored decision unchanged; a conflict on any row is a conflict.
 */
export function declareAll(sources: { podmi: PodMi; repertory: Repertory; rr: NationalRegister }, forms: DeclaredForm[], now: Date): DeclareOutcome[] {
  return sources.podmi.store.transaction(() => {
    const out: DeclareOutcome[] = [];
    let primaryRefused = false;
    for (const form of forms) {
      const outcome = declare(sources, form, now, form.suffix === 0 ? {} : { primaryRefused });
      out.push(outcome);
      if ('conflict' in outcome) return out;
      if (form.suffix === 0) primaryRefused = outcome.attest.decision.evaluation === 'REFUSED';
    }
    return out;
  });
}
