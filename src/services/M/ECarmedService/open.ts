import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { identifierXml, refundXml } from '../../../sources/mediprima/xml';
import type { CardVersion } from '../../../sources/mediprima';
import type { Ctx } from './context';
import { refuseIf } from './messages';
import { openProposalOf } from './requests';
import { proposalProblems, refundCodeOf } from './rules';
import { beneficiaryOf, managerOf } from './cards';

/** A new decision judged by the rules (refused with every broken one), and the refund code it would get. */
function judged(request: XmlElement, ctx: Ctx) {
  const p = openProposalOf(request);
  const person = ctx.target ?? ctx.sources.persons.find(p.ssin);
  refuseIf(proposalProblems(ctx, person, p.validityPeriod, p.card));
  return { p, person: person!, refundCode: refundCodeOf(ctx, p.ssin, p.validityPeriod, p.card) };
}

const head = (request: XmlElement, ctx: Ctx): XmlObject => ({ ...replyHead(request, ctx), proposal: child(request, 'proposal'), status: DATA_FOUND() });

/** M05 evaluateCarmed: what POD MI would refund for the proposed decision; creates nothing. */
export function evaluateCarmed(request: XmlElement, ctx: Ctx): XmlObject {
  const { refundCode } = judged(request, ctx);
  return { ...head(request, ctx), result: { refund_podmi_sppis: refundXml(refundCode) } };
}

/** M01 openCarmed: the decision becomes card version 1, ACTIVE, managed by the caller; the reply carries it. */
export function openCarmed(request: XmlElement, ctx: Ctx): XmlObject {
  const { p, person, refundCode } = judged(request, ctx);
  const now = ctx.now.toISOString();
  const store = ctx.sources.mediprima;
  const card: CardVersion = store.transaction(() =>
    store.write({
      eCarmedNumber: store.nextNumber(),
      versionNbr: 1,
      status: 'ACTIVE',
      beneficiary: beneficiaryOf(person),
      manager: managerOf(ctx),
      validityPeriod: p.validityPeriod,
      card: p.card,
      refundCode,
      periodBlocked: false,
      suspensions: [],
      activatable: false,
      createdAt: now,
      modifiedAt: now,
      cause: 'openCarmed',
    }),
  );
  return { ...head(request, ctx), result: { refund_podmi_sppis: refundXml(refundCode), eCarmedIdentifier: identifierXml(card) } };
}
