import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { ClassicResult } from '../../types';
import { answerDeclaration, dateOf, formElement, NO_FIELDS, numberOf, readHead, textOf } from '../../podmi-declaration';
import { argumentInvalid } from '../../../soap/classicErrors';

/**
 * P04 OCMWCPASRegisterRecoveredAmount (MODELLED on the Loi 65 recovery form F): the amounts the
 * OCMW recovered from a beneficiary, for POD MI's statistics. They change no right.
 */
export function registerRecoveredAmount(request: XmlElement, ctx: Ctx): ClassicResult {
  const head = readHead(request, ctx);
  const f = formElement(request, 'RecoveringFormF');
  const begin = dateOf(f, 'PeriodOfRecovering/StartDate');
  const end = dateOf(f, 'PeriodOfRecovering/EndDate');
  if (begin && end && end < begin) throw argumentInvalid('RecoveringFormF/PeriodOfRecovering', `${begin}/${end}`, 'the end date lies before the start date');
  return answerDeclaration(ctx, {
    ...head,
    ...NO_FIELDS,
    form_type: 'F',
    message_status: 0,
    entry_date: dateOf(f, 'ReferenceDate')!,
    original_form: textOf(f, 'OriginalForm'),
    recovery_type: textOf(f, 'Type'),
    recovered_amount: numberOf(f, 'RecoveredAmount'),
    recovery_begin: begin,
    recovery_end: end,
  });
}
