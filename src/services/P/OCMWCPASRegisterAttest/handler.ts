import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { ClassicResult } from '../../types';
import { answerDeclaration, dateOf, formElement, NO_FIELDS, numberOf, readHead, textOf } from '../../podmi-declaration';
import type { CouncilDecision } from '../../../sources/podmi';
import { raiseAlerts } from '../../podmi-alerts';

/**
 * P01 OCMWCPASRegisterAttest (MODELLED, contracts-wave2.md §3): form B, the council's grant or
 * refusal of the leefloon from a start date. POD MI decides at once (src/sources/podmi/rules.ts)
 * and the reply carries its decision; an accepted grant becomes a living-wage period the network
 * shows (S20) once the decision is visible, and raises the alerts its period meets (X09).
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
  }, (attest) => raiseAlerts(ctx.sources, attest, ctx.now));
}
