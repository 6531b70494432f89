import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { ACTION, authorizedActions } from '../../../sources/mediprima';
import type { Ctx } from './context';
import { BackendRefusal, MEDIPRIMA } from './messages';
import { cardReferenceOf } from './requests';
import { managedCard, nextVersion } from './cards';

/**
 * M08 closeCarmed and removeCarmed: both cancel the whole decision (the contract documents them as
 * the same, 20/10/2014); the card's new version is CANCELLED and allows nothing more. The reply
 * carries only the status, never the card.
 */
function cancel(operation: 'closeCarmed' | 'removeCarmed') {
  return (request: XmlElement, ctx: Ctx): XmlObject => {
    const r = cardReferenceOf(request);
    const card = managedCard(ctx, r.eCarmedNumber, r.ssin);
    if (!authorizedActions(card).includes(ACTION.CLOSE)) throw new BackendRefusal([MEDIPRIMA.ACTION_NOT_ALLOWED]);
    const store = ctx.sources.mediprima;
    store.transaction(() => store.write(nextVersion(ctx, card, operation, { status: 'CANCELLED', suspensions: [], activatable: false })));
    return { ...replyHead(request, ctx), ssin: r.ssin, eCarmedNumber: r.eCarmedNumber, status: DATA_FOUND() };
  };
}

export const closeCarmed = cancel('closeCarmed');
export const removeCarmed = cancel('removeCarmed');
