import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { replyHead, status } from '../../../soap/newstyle';
import { MSG } from '../../../domain/codes';
import type { Ctx } from './context';
import { Block, FIXED_BLOCKS, InsuranceOperation } from './blocks';
import { criterionOf } from './criterion';
import { resultOf } from './result';

/** The blocks an operation asks for in a request (before proportionality). */
export function requestedBlocks(operation: InsuranceOperation, request: XmlElement): Block[] {
  return FIXED_BLOCKS[operation] ?? criterionOf(request).desired;
}

/**
 * The reply of every operation: head, criterion echoed, status, result. DATA_FOUND MSG00000 when
 * the person is insured at the date, NO_DATA_FOUND MSG00100 when the NIC knows nothing for it.
 * Only the blocks the caller asked for and may receive (ctx.allowedBlocks) are returned.
 */
export function answer(operation: InsuranceOperation, request: XmlElement, ctx: Ctx): XmlObject {
  const criterion = criterionOf(request);
  const allowed = ctx.allowedBlocks;
  const blocks = requestedBlocks(operation, request).filter((b) => !allowed || allowed.has(b));
  const result = resultOf(ctx.sources.nic.situationAt(criterion.ssin, criterion.date ?? ctx.today), blocks);
  return {
    ...replyHead(request, ctx),
    criterion: child(request, 'criterion'),
    status: result ? status('DATA_FOUND', MSG.OK) : status('NO_DATA_FOUND', MSG.NO_DATA),
    result,
  };
}

/** The handler of an operation: the NIC reader is the only data it uses. */
export const handlerFor =
  (operation: InsuranceOperation) =>
  (request: XmlElement, ctx: Ctx): XmlObject =>
    answer(operation, request, ctx);
