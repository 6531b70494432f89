import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { identifierXml, refundXml } from '../../../sources/mediprima/xml';
import { ACTION, authorizedActions, CardVersion } from '../../../sources/mediprima';
import type { Ctx } from './context';
import { BackendRefusal, MEDIPRIMA, refuseIf } from './messages';
import { modifyProposalOf } from './requests';
import { proposalProblems, refundCodeOf } from './rules';
import { beneficiaryOf, managedCard, nextVersion } from './cards';

/**
 * A modification judged: the card must be the caller's and allow it (modifyCarmed on an active card,
 * modifyCarmed(Activate) with activate = Y on a suspended one MediPrima lets re-activate), a blocked
 * period may not change, and the new decision meets the rules of a new one. Returns the next version.
 */
function modified(request: XmlElement, ctx: Ctx, operation: string): CardVersion {
  const p = modifyProposalOf(request);
  const card = managedCard(ctx, p.eCarmedNumber, p.ssin);
  if (!authorizedActions(card).includes(p.activate ? ACTION.ACTIVATE : ACTION.MODIFY)) throw new BackendRefusal([MEDIPRIMA.ACTION_NOT_ALLOWED]);
  const samePeriod = p.validityPeriod.startDate === card.validityPeriod.startDate && p.validityPeriod.endDate === card.validityPeriod.endDate;
  if (card.periodBlocked && !samePeriod) throw new BackendRefusal([MEDIPRIMA.PERIOD_BLOCKED]);
  const person = ctx.sources.persons.find(p.ssin);
  refuseIf(proposalProblems(ctx, person, p.validityPeriod, p.card, card.eCarmedNumber));
  return nextVersion(ctx, card, operation, {
    status: 'ACTIVE',
    beneficiary: beneficiaryOf(person!),
    validityPeriod: p.validityPeriod,
    card: p.card,
    refundCode: refundCodeOf(ctx, p.ssin, p.validityPeriod, p.card),
    suspensions: [],
    activatable: false,
  });
}

const reply = (request: XmlElement, ctx: Ctx, card: CardVersion): XmlObject => ({
  ...replyHead(request, ctx),
  proposal: child(request, 'proposal'),
  status: DATA_FOUND(),
  result: { refund_podmi_sppis: refundXml(card.refundCode), eCarmedIdentifier: identifierXml(card) },
});

/** M06 evaluateModifiedCarmed: the card as the modification would make it (its next version); nothing is written. */
export function evaluateModifiedCarmed(request: XmlElement, ctx: Ctx): XmlObject {
  return reply(request, ctx, modified(request, ctx, 'evaluateModifiedCarmed'));
}

/** M02 modifyCarmed (also activate): writes the next version; the reply carries it. */
export function modifyCarmed(request: XmlElement, ctx: Ctx): XmlObject {
  const store = ctx.sources.mediprima;
  const card = store.transaction(() => store.write(modified(request, ctx, modifyProposalOf(request).activate ? 'modifyCarmed(Activate)' : 'modifyCarmed')));
  return reply(request, ctx, card);
}
