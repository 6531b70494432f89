import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { ClassicResult } from '../../types';
import { answerDeclaration, dateOf, formElement, NO_FIELDS, numberOf, readHead } from '../../podmi-declaration';

/**
 * P06 OCMWCPASStopAttest (MODELLED, contracts-wave2.md §3): form C, the OCMW stops the leefloon
 * (1 refusal, 2 withdrawal) from an effective date. Accepted, it ends the OCMW's periods the day
 * before that date in what the network shows (S20).
 */
export function stopAttest(request: XmlElement, ctx: Ctx): ClassicResult {
  const head = readHead(request, ctx);
  const c = formElement(request, 'FormC');
  return answerDeclaration(ctx, {
    ...head,
    ...NO_FIELDS,
    form_type: 'C',
    message_status: 0,
    entry_date: dateOf(c, 'EntryDate')!,
    decision_nature: numberOf(c, 'DecisionNature'),
    decision_date: dateOf(c, 'DecisionDate'),
  });
}
