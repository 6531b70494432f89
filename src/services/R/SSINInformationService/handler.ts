import type { Ctx } from './context';
import { childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { MSG } from '../../../domain/codes';
import { checkSsin } from '../../../domain/ssin';
import { DATA_FOUND, invalidField, replyHead, status } from '../../../soap/newstyle';
import {StatusError} from '../../types';
import { SsinHistory, SsinRecord } from '../../../sources/ssin-history';

/**
 * R10 SSINInformationService (modelled): the history of an SSIN. Unlike the other services it
 * answers for replaced and cancelled numbers too (that is its purpose), so it declares no
 * targetSsin and does the structure and existence checks itself (MSG00011, MSG00005).
 */
export function consultSsinHistory(request: XmlElement, ctx: Ctx): XmlObject {
  const ssin = childText(request, 'criteria', 'ssin');
  if (ssin === undefined) throw invalidField('ssin');
  ctx.audit.targetSsin = ssin;
  if (!checkSsin(ssin, ctx.now).ok) throw new StatusError('NO_RESULT', MSG.SSIN_STRUCTURE, [{ fieldName: 'ssin', fieldValue: ssin }]);
  const chain = ctx.sources.ssinHistory.chain(ssin);
  if (!chain) throw new StatusError('NO_RESULT', MSG.SSIN_UNKNOWN, [{ fieldName: 'ssin', fieldValue: ssin }]);

  const own = chain.find((r) => r.ssin === ssin)!;
  return {
    ...replyHead(request, ctx, { legalContextRequired: true }),
    criteria: criteriaEcho(request),
    status: DATA_FOUND(),
    ssin: {
      '@canceled': own.status === 'CANCELED' ? 'true' : undefined,
      '@replacedBy': own.replacedBy,
      '#text': ssin,
    },
    ssinHistory: {
      currentSsin: SsinHistory.current(chain, ssin),
      ssinRecord: chain.map(recordXml),
    },
  };
}

export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return { ...replyHead(request, ctx, { legalContextRequired: true }), criteria: criteriaEcho(request), status: status(error.value, error.def, error.information) };
}

/** The criteria as received (the echo type is lenient, so a refused invalid SSIN is echoed in a valid reply). */
const criteriaEcho = (request: XmlElement): XmlObject => ({ ssin: childText(request, 'criteria', 'ssin') });

/** A register date is given only when it is a full calendar date. */
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const dateOrNothing = (d: string | undefined) => (d && FULL_DATE.test(d) ? d : undefined);

function recordXml(r: SsinRecord): XmlObject {
  return {
    ssin: r.ssin,
    register: r.register,
    status: r.status,
    issueDate: dateOrNothing(r.issued),
    statusDate: dateOrNothing(r.statusDate),
    replacedBy: r.replacedBy,
  };
}
