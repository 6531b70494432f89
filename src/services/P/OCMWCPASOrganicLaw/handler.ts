import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { ClassicResult } from '../../types';
import { answerDeclaration, dateOf, formElement, NO_FIELDS, readHead } from '../../podmi-declaration';
import { BENEFICIARY } from '../../../sources/podmi';
import { monthlyAmount } from '../../../sources/podmi/scale';

/**
 * P03 OCMWCPASOrganicLaw (MODELLED): the installation premium of art. 57bis of the organic law
 * of the OCMWs (a homeless person who finds a dwelling; once in a lifetime), form type I. POD MI
 * decides through the same store and rules as forms B and C (PMI006 mandatory decision date,
 * PMI050 once in a lifetime); the same UniqueAttestID again answers the first decision. The
 * amount is modelled as one month of the leefloon "living with a dependent family" (scale.ts)
 * on the day of moving in; the reply carries it when the premium is not refused.
 */
export function organicLaw(request: XmlElement, ctx: Ctx): ClassicResult {
  const head = readHead(request, ctx);
  const premium = formElement(request, 'InstallationPremium');
  const movedIn = dateOf(premium, 'EntryDate')!;
  const result = answerDeclaration(ctx, { ...head, ...NO_FIELDS, form_type: 'I', message_status: 0, entry_date: movedIn, decision_date: dateOf(premium, 'DecisionDate') });
  const reply = result.reply as { DecisionResult: { Evaluation: string } };
  const granted = reply.DecisionResult.Evaluation !== 'REFUSED';
  return { ...result, reply: { ...reply, PremiumAmount: granted ? monthlyAmount(BENEFICIARY.FAMILY, movedIn).toFixed(2) : undefined } };
}
