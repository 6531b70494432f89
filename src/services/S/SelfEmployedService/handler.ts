import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { replyHead, status } from '../../../soap/newstyle';
import { MSG } from '../../../domain/codes';
import type { Asked, Reading } from './asked';
import { careerPeriodsAsked, careerXml } from './career';
import { contributionsAsked, contributionsXml } from './contributions';

/** What RSVZ found for a request: the status and the blocks that have data. */
interface Found {
  status: XmlObject;
  career?: XmlObject;
  contributions?: XmlObject;
}

/**
 * DATA_FOUND MSG00000 when one asked block has data; NO_DATA_FOUND SES00100 when RSVZ knows no
 * self-employed career of the person at all; NO_DATA_FOUND MSG00100 when it knows one but nothing
 * in the asked period(s).
 */
function find(ctx: Ctx, asked: Asked): Found {
  const periods = asked.career ? careerPeriodsAsked(ctx, asked.ssin, asked.career.period) : [];
  const contributions = asked.contributions ? contributionsAsked(ctx, asked.ssin, asked.contributions) : [];
  const found: Found = { status: status('DATA_FOUND', MSG.OK) };
  if (periods.length) found.career = careerXml(periods);
  if (contributions.length) found.contributions = contributionsXml(contributions);
  if (!found.career && !found.contributions) {
    found.status = status('NO_DATA_FOUND', ctx.sources.rsvz.hasCareer(asked.ssin) ? MSG.NO_DATA : MSG.SES_NO_CAREER);
  }
  return found;
}

type Handler = (request: XmlElement, ctx: Ctx) => XmlObject;

/** v2 reply: head, criteria (echoed), status, ssin, then the career or the contributions block. */
export function v2Handler(read: Reading): Handler {
  return (request, ctx) => {
    const asked = read(request);
    const found = find(ctx, asked);
    return {
      ...replyHead(request, ctx),
      criteria: child(request, 'criteria'),
      status: found.status,
      ssin: asked.ssin,
      career: found.career,
      contributions: found.contributions,
    };
  };
}

/**
 * v1 reply: head, criteria (echoed), status, then `result` (consultCareer, consultContributions)
 * or `results` (consultCareerAndContributions) with the ssin and the blocks found.
 */
export function v1Handler(read: Reading, resultName: 'result' | 'results'): Handler {
  return (request, ctx) => {
    const asked = read(request);
    const found = find(ctx, asked);
    const any = found.career || found.contributions;
    return {
      ...replyHead(request, ctx),
      criteria: child(request, 'criteria'),
      status: found.status,
      [resultName]: any ? { ssin: asked.ssin, career: found.career, contributions: found.contributions } : undefined,
    };
  };
}
