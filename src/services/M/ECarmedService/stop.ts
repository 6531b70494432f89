import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { identifierXml, refundXml } from '../../../sources/mediprima/xml';
import { ACTION, authorizedActions, Cover, CoverName, MedicalCard } from '../../../sources/mediprima';
import type { Ctx } from './context';
import { BackendRefusal, MEDIPRIMA } from './messages';
import { stopRequestOf } from './requests';
import { managedCard, nextVersion } from './cards';

/**
 * The covers after a stop at `endDate`: a cover the request names ends on the date it gives (its
 * start must be the cover's own, its end not after endDate); the others end on endDate at the
 * latest; a cover that would only begin after endDate goes.
 */
function stoppedCovers(card: MedicalCard, endDate: string, named: Partial<Record<CoverName, { startDate: string; endDate: string }>>): MedicalCard['covers'] {
  const covers: MedicalCard['covers'] = {};
  for (const [name, period] of Object.entries(named) as [CoverName, { startDate: string; endDate: string }][]) {
    const cover = card.covers[name];
    if (!cover || cover.validityPeriod.startDate !== period.startDate || period.endDate > endDate || period.endDate < period.startDate) throw new BackendRefusal([MEDIPRIMA.STOP_COVER]);
  }
  for (const [name, cover] of Object.entries(card.covers) as [CoverName, Cover][]) {
    const end = named[name]?.endDate ?? (cover.validityPeriod.endDate < endDate ? cover.validityPeriod.endDate : endDate);
    if (cover.validityPeriod.startDate > end) continue;
    covers[name] = { ...cover, validityPeriod: { startDate: cover.validityPeriod.startDate, endDate: end } };
  }
  return covers;
}

/**
 * M03 stopCarmed: ends the decision on endDate (inside its period), cover by cover, also
 * retroactively; a suspension is settled by it (the card is ACTIVE again) and the period is then
 * blocked. The reply echoes the request and carries the new version.
 */
export function stopCarmed(request: XmlElement, ctx: Ctx): XmlObject {
  const r = stopRequestOf(request);
  const card = managedCard(ctx, r.eCarmedNumber, r.ssin);
  if (!authorizedActions(card).includes(ACTION.STOP)) throw new BackendRefusal([MEDIPRIMA.ACTION_NOT_ALLOWED]);
  if (r.endDate < card.validityPeriod.startDate || r.endDate > card.validityPeriod.endDate) throw new BackendRefusal([MEDIPRIMA.STOP_DATE]);
  const next = nextVersion(ctx, card, 'stopCarmed', {
    status: 'ACTIVE',
    validityPeriod: { startDate: card.validityPeriod.startDate, endDate: r.endDate },
    card: { ...card.card, covers: stoppedCovers(card.card, r.endDate, r.covers) },
    periodBlocked: true,
    suspensions: [],
    activatable: false,
  });
  const store = ctx.sources.mediprima;
  store.transaction(() => store.write(next));
  return {
    ...replyHead(request, ctx),
    ssin: r.ssin,
    eCarmedNumber: r.eCarmedNumber,
    endDate: r.endDate,
    medicalCoverValidityPeriod: child(request, 'medicalCoverValidityPeriod'),
    status: DATA_FOUND(),
    result: { refund_podmi_sppis: refundXml(next.refundCode), eCarmedIdentifier: identifierXml(next) },
  };
}
