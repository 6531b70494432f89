import { createHash } from 'node:crypto';
import type { Ctx } from './context';
import { child, childText, XmlElement } from '../../../xml/node';
import type { ClassicResult } from '../../types';
import { parseXsdDate } from '../../../domain/dates';
import { argumentInvalid } from '../../../soap/classicErrors';
import { attestationOf } from '../OCMWCPASA036/handler';
import { listA036 } from './attests';

/** At most this many A036 per reply; NextAnswerReference asks the next page (MODELLED: no public source gives the real size). */
export const L036_PAGE_SIZE = 10;

/** The query a NextAnswerReference belongs to: a reference of another person or period is refused. */
function queryKey(ssin: string, begin: string, end: string): string {
  return createHash('sha256').update(`${ssin}|${begin}|${end}`).digest('hex').slice(0, 8);
}

function day(request: XmlElement, name: string): string {
  const raw = childText(request, 'Period', name);
  const d = raw === undefined ? null : parseXsdDate(raw);
  if (!d) throw argumentInvalid(`Period/${name}`, raw);
  return d;
}

/** The offset of the page a NextAnswerReference asks ("<offset>-<query key>"); 0 without one. */
function offsetOf(request: XmlElement, key: string): number {
  const ref = childText(child(request, 'L036'), 'Request', 'NextAnswerReference');
  if (ref === undefined) return 0;
  const m = /^(\d{1,6})-([0-9a-f]{8})$/.exec(ref);
  if (!m || m[2] !== key) throw argumentInvalid('L036/Request/NextAnswerReference', ref, 'not a NextAnswerReference of this person and period');
  return Number(m[1]);
}

/**
 * P10 OCMWCPASL036 (contracts.md §3.6): the multifunctional attests of a person, to any
 * institution that has integrated the person (the interceptor refuses the others, 39000012):
 * the A036 any OCMW sent and POD MI's living-wage decisions, read at the emulator's now, so a
 * P06 stop or a correction shows at once. Pages of L036_PAGE_SIZE, recomputed on each call.
 */
export function consultL036(request: XmlElement, ctx: Ctx): ClassicResult {
  const ssin = ctx.target?.ssin ?? childText(request, 'INSS') ?? '';
  const begin = day(request, 'BeginDate');
  const end = day(request, 'EndDate');
  if (end < begin) throw argumentInvalid('Period/EndDate', end, 'the end of the period is before its begin');
  const key = queryKey(ssin, begin, end);
  const offset = offsetOf(request, key);
  const all = listA036(ctx.sources.a036.of(ssin), ctx.sources.podmi.periods(ssin, ctx.now.toISOString()), begin, end);
  const page = all.slice(offset, offset + L036_PAGE_SIZE);
  const next = offset + L036_PAGE_SIZE < all.length ? `${offset + L036_PAGE_SIZE}-${key}` : undefined;
  return {
    reply: {
      L036: {
        '@processType': 'L',
        AnswerOK: {
          NextAnswerReference: next,
          A036: page.map((a) => ({ RecentAnswer: a.older ? 'X' : undefined, OcmwCpas: a.ocmw_nis, Attestation: attestationOf(a) })),
        },
      },
      UniqueReference: childText(request, 'UniqueReference'),
      INSS: ssin,
    },
  };
}
