import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, invalidField, NO_DATA_FOUND, refusalReply, replyHead } from '../../../soap/newstyle';
import { parseXsdDate } from '../../../domain/dates';
import { StatusError } from '../../types';
import { decideRight, ResidenceFacts } from '../../../sources/nova';
import { criteriaOf } from './criteria';
import { residenceFacts } from './facts';

function factsXml(f: ResidenceFacts): XmlObject {
  return {
    nationality: String(f.nationality),
    nationalityGroup: f.nationalityGroup,
    register: f.register,
    residenceDocument: f.document ? { cardType: f.document.cardType, ground: f.document.ground, validity: { beginDate: f.document.begin, endDate: f.document.end ?? undefined } } : undefined,
    stayMonths: f.stayMonths === null ? undefined : String(f.stayMonths),
    waitingRegisterSituation: f.waitingSituation === null ? undefined : String(f.waitingSituation),
  };
}

/**
 * simulateResidenceStatus: head, criteria (echoed), status, then the simulation: the person's
 * National Register facts on the reference date (default today on the emulator's clock) and the
 * right the first Nova+ rule that holds gives (src/sources/nova/rules.ts). A person the National
 * Register does not hold (a BIS number) has no facts: NO_DATA_FOUND MSG00100. A reference date
 * before the person's birth is NO_RESULT MSG00008 naming criteria/referenceDate.
 */
export function simulateResidenceStatus(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = criteriaOf(request);
  const ssin = ctx.target?.ssin ?? criteria.ssin;
  const day = criteria.referenceDate ?? ctx.today;
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  const person = ctx.sources.rr.person(ssin);
  if (!person) return { ...head, status: NO_DATA_FOUND() };
  if (day < person.birth_date) throw invalidField('criteria/referenceDate', day);
  const facts = residenceFacts(ctx.sources.rr, person, day);
  const decided = decideRight(facts, ctx.sources.nova.rules());
  return {
    ...head,
    status: DATA_FOUND(),
    simulation: {
      ssin,
      referenceDate: day,
      residenceFacts: factsXml(facts),
      residenceStatus: { right: decided.right, rule: decided.id, reasonCode: decided.reasonCode, reasonText: decided.reasonText },
    },
  };
}

/**
 * A KSZ refusal: head, criteria, status. The criteria are echoed without a referenceDate that is
 * no day (the reply would break its own schema echoing it); the status names it.
 */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  const reply = refusalReply(request, ctx, error);
  const criteria = child(request, 'criteria');
  const raw = childText(criteria, 'referenceDate');
  if (raw === undefined || parseXsdDate(raw.trim())) return reply;
  return { ...reply, criteria: { ssin: childText(criteria, 'ssin') ?? '' } };
}
