import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { replyHead, status } from '../../../soap/newstyle';
import type { StatusError } from '../../types';
import { MSG } from '../../../domain/codes';
import { Motivation, motivationsOf } from './criteria';
import { MOTIVATION_CODES, REACTION_ERRORS, ReactionError } from './codes';

/** The first reason a motivation cannot be recorded, or none: the alert must be the caller's, open, its person integrated by the caller today. */
function problemOf(m: Motivation, ctx: Ctx): ReactionError | undefined {
  const alert = ctx.sources.alerts.byId(m.alertId);
  if (!alert || alert.form_number !== m.formNumber) return REACTION_ERRORS.UNKNOWN_ALERT;
  const cbe = ctx.caller!.organisation.cbe_number;
  if (alert.ocmw_cbe !== cbe) return REACTION_ERRORS.OTHER_PCSA;
  if (alert.reacted_at !== null) return REACTION_ERRORS.ALREADY_MOTIVATED;
  if (!(m.code in MOTIVATION_CODES)) return REACTION_ERRORS.UNKNOWN_CODE;
  if (m.code === '99' && m.comment === null) return REACTION_ERRORS.COMMENT_REQUIRED;
  const integrated = ctx.sources.repertory.activeFor(alert.ssin, cbe, ctx.today).length > 0;
  return integrated ? undefined : REACTION_ERRORS.NOT_INTEGRATED;
}

const errorOf = (e: ReactionError): XmlObject => ({
  code: e.code,
  message: (['NL', 'FR', 'DE', 'EN'] as const).map((lang) => ({ '@lang': lang, '#text': e[lang] })),
});

/**
 * motivateDecision: each motivation is judged on its own (a motivationResponse OK or ERROR per
 * alert, in the request's order); the OK ones are recorded as the alert's follow-up code at once.
 * The status is OK when the message was processed; NOK only for a message refused as a whole
 * (refusal below).
 */
export function motivateDecision(request: XmlElement, ctx: Ctx): XmlObject {
  const responses = motivationsOf(request).map((m) => {
    const problem = problemOf(m, ctx);
    if (!problem) ctx.sources.alerts.react(m.alertId, m.code, m.comment, ctx.now);
    return { alertId: m.alertId, status: problem ? 'ERROR' : 'OK', error: problem ? [errorOf(problem)] : undefined };
  });
  return { ...replyHead(request, ctx), motivations: child(request, 'motivations'), status: { ...status('DATA_FOUND', MSG.OK), value: 'OK' }, motivationResponses: { motivationResponse: responses } };
}

/** A message refused as a whole (MSG00008 duplicates, authorization): status NOK with the code, no motivationResponses. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return { ...replyHead(request, ctx), motivations: child(request, 'motivations'), status: { ...status(error.value, error.def, error.information), value: 'NOK' } };
}
