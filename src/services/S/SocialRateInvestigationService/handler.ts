import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { child } from '../../../xml/node';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { criterionOf, windowOf } from './criteria';
import { householdStays } from './household';
import { cbssResult } from './cbss-result';
import { soctarResult } from './citizen';

/**
 * consultExchangedData: head, criterion (echoed), status, then the result: KSZ's part (the roles in
 * the person's households during the window) and FOD Economie's (the household today or at the
 * quarter's end, the matched contracts). NO_DATA_FOUND MSG00100 when no one in the person's
 * households was protected. Under an injected PARTIAL fault FOD Economie does not answer: KSZ's part
 * comes alone with a soctar Status SERVICE_UNAVAILABLE. A person the National Register does not
 * know (a BIS number) gets KSZ's part and SSIN_NOT_FOUND from FOD Economie.
 */
export function consultExchangedData(request: XmlElement, ctx: Ctx): XmlObject {
  const criterion = criterionOf(request);
  const ssin = ctx.target?.ssin ?? criterion.ssin;
  const { window, asOf } = windowOf(criterion, ctx.today);
  const { rr, soctar } = ctx.sources;
  const stays = householdStays(ssin, window, asOf, rr, soctar);
  const known = rr.person(ssin) !== undefined;
  const cbss = cbssResult(ssin, stays, window, soctar);
  const head = { ...replyHead(request, ctx), criterion: child(request, 'criterion') };
  if (!cbss.found) return { ...head, status: NO_DATA_FOUND() };
  const failure = ctx.partialFault ? 'SERVICE_UNAVAILABLE' : known ? undefined : 'SSIN_NOT_FOUND';
  return {
    ...head,
    status: DATA_FOUND(),
    result: { cbss: cbss.xml, soctar: soctarResult(ssin, stays, window, asOf, ctx.today, rr, soctar, failure) },
  };
}
