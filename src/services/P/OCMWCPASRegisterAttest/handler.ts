import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { ClassicResult } from '../../types';
import { answerDeclaration, dateOf, formElement, NO_FIELDS, numberOf, readHead, textOf } from '../../podmi-declaration';
import type { CouncilDecision } from '../../../sources/podmi';
import { raiseAlerts } from '../../podmi-alerts';
import { raiseServiceWrite } from '../../../events/service-writes';

/**
 * P01 OCMWCPASRegisterAttest (MODELLED, contracts-wave2.md §3): form B, the council's grant or
 * refusal of the leefloon from a start date. POD MI decides at once (src/sources/podmi/rules.ts)
 * and the reply carries its decision; an accepted grant becomes a living-wage period the network
 * shows (S20) once the decision is visible, and raises the alerts its period meets (X09). The
 * decision is an event too (origin P01, LIVING_WAGE_DECISION), kept with the others.
 */
export function registerAttest(request: XmlElement, ctx: Ctx): ClassicResult {
  const head = readHead(request, ctx);
  const b = formElement(request, 'FormB');
  const entry = dateOf(b, 'EntryDate')!;
  return answerDeclaration(ctx, {
    ...head,
    ...NO_FIELDS,
    form_type: 'B',
    message_status: numberOf(b, 'MessageStatus') ?? 0,
    entry_date: entry,
    end_date: dateOf(b, 'EndDate'),
    council_decision: (textOf(b, 'CouncilDecision') ?? 'GRANTED') as CouncilDecision,
    beneficiary_category: numberOf(b, 'BeneficiaryCategory'),
    monthly_amount: numberOf(b, 'MonthlyAmount'),
    decision_date: dateOf(b, 'DecisionDate'),
  }, (attest) => {
    raiseAlerts(ctx.sources, attest, ctx.now);
    const { form, decision } = attest;
    const payload = { attestId: form.attest_id, organization: form.ocmw_cbe, evaluation: decision.evaluation, grantedBegin: decision.granted_begin, grantedEnd: decision.granted_end };
    raiseServiceWrite(ctx.sources, { type: 'LIVING_WAGE_DECISION', ssin: form.ssin, date: decision.granted_begin ?? entry, payload, origin: 'P01' }, [], ctx.now);
  });
}
