import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { contentXml, identifierXml } from '../../../sources/mediprima/xml';
import type { CardVersion } from '../../../sources/mediprima';
import type { Ctx } from './context';
import { BackendRefusal, MEDIPRIMA } from './messages';
import { byVersionOf, Selection, selectionOf } from './requests';
import { cardNamed, managedCard } from './cards';

/** The contract's limit on answers, like the back end's ("24 answers maximum"). */
export const MAX_ANSWERS = 24;

/**
 * The current cards a selection names: the one card by number, or the person's cards whose
 * period holds the reference date or overlaps the period. `own`: only the caller's.
 */
function selected(ctx: Ctx, s: Selection, own: boolean): CardVersion[] {
  if ('eCarmedNumber' in s) return [own ? managedCard(ctx, s.eCarmedNumber) : cardNamed(ctx, s.eCarmedNumber)];
  const [from, to] = 'referenceDate' in s ? [s.referenceDate, s.referenceDate] : [s.period.startDate, s.period.endDate];
  if (from > to) throw new BackendRefusal([MEDIPRIMA.PERIOD_INVALID]);
  const caller = ctx.caller!.organisation.cbe_number;
  return ctx.sources.mediprima.cardsOf(s.ssin).filter((c) => (!own || c.manager.cbe === caller) && c.validityPeriod.startDate <= to && c.validityPeriod.endDate >= from);
}

const found = (request: XmlElement, ctx: Ctx, carmed: XmlObject[]): XmlObject => ({
  ...replyHead(request, ctx),
  selectionCriteria: child(request, 'selectionCriteria'),
  status: carmed.length ? DATA_FOUND() : NO_DATA_FOUND(),
  result: carmed.length ? { carmed: carmed.slice(0, MAX_ANSWERS) } : undefined,
});

const full = (v: CardVersion): XmlObject => ({ eCarmedIdentifier: identifierXml(v), eCarmedContent: contentXml(v) });

/** M04 consultCarmed: the caller's cards as they are now. */
export function consultCarmed(request: XmlElement, ctx: Ctx): XmlObject {
  return found(request, ctx, selected(ctx, selectionOf(request), true).map(full));
}

/** M07 consultCarmedHistory: every version of the caller's cards, each card's newest first. */
export function consultCarmedHistory(request: XmlElement, ctx: Ctx): XmlObject {
  return found(request, ctx, selected(ctx, selectionOf(request), true).flatMap((c) => ctx.sources.mediprima.history(c.eCarmedNumber)).map(full));
}

/** M08 queryCarmedManager: who manages the person's cards, whichever OCMW it is: the identifiers only. */
export function queryCarmedManager(request: XmlElement, ctx: Ctx): XmlObject {
  return found(request, ctx, selected(ctx, selectionOf(request), false).map((v) => ({ eCarmedIdentifier: identifierXml(v) })));
}

/** M08 consultCarmedByVersion: one version of one of the caller's cards. */
export function consultCarmedByVersion(request: XmlElement, ctx: Ctx): XmlObject {
  const s = byVersionOf(request);
  managedCard(ctx, s.eCarmedNumber);
  const v = ctx.sources.mediprima.version(s.eCarmedNumber, s.versionNbr);
  if (!v) throw new BackendRefusal([MEDIPRIMA.UNKNOWN_VERSION]);
  return { ...replyHead(request, ctx), selectionCriteria: child(request, 'selectionCriteria'), status: DATA_FOUND(), result: full(v) };
}
