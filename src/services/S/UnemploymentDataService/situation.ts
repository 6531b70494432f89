import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { status } from '../../../soap/newstyle';
import { MSG } from '../../../domain/codes';
import { addDays } from '../../../domain/dates';
import { ALLOWANCE, effectiveSanctions, END_REASON, RvaPayment, RvaRight, RvaSanction } from '../../../sources/rva';
import type { Criteria } from './criteria';
import { answer, cents, decimal, found, requirePastDate } from './reply';
import { ARTICLES, descriptionsOf, labelOr, SANCTION_CODES, UNEMPLOYMENT_CODES } from './labels';

/**
 * The "situation at a date" operations: consultRights and consultPayments, searchCriteria
 * {ssin, date?}. Without a date they answer the last known right or payment.
 *
 * Seed 001: once an insertion allowance has reached its time limit, a question about a later date
 * is answered NO_DATA_FOUND with the RVA code UD000033 ("the person no longer has a right to
 * insertion allowances"); consultRights adds the noRight/rightsEnd block the contract offers.
 */

/** Whether `right` is an insertion allowance that ended on its time limit before `date`. */
export function insertionEndedBefore(right: RvaRight, date: string): boolean {
  return (
    right.allowance === ALLOWANCE.INSERTION &&
    right.end_reason === END_REASON.INSERTION_ALLOWANCE_ENDED &&
    right.end_date !== null &&
    right.end_date < date
  );
}

const covers = (date: string) => (r: RvaRight) => r.begin_date <= date && (r.end_date === null || r.end_date >= date);

/** The last right that ended before `date`, if any. */
function lastEndedBefore(rights: RvaRight[], date: string): RvaRight | undefined {
  return rights.filter((r) => r.end_date !== null && r.end_date < date).sort((a, b) => a.end_date!.localeCompare(b.end_date!)).pop();
}

function unemploymentCode(code: number): XmlObject {
  return { value: code, descriptions: descriptionsOf(labelOr(UNEMPLOYMENT_CODES, code)) };
}

function articles(codes: string[]): XmlObject | undefined {
  if (codes.length === 0) return undefined;
  return { article: codes.map((c) => ({ value: c, descriptions: descriptionsOf(labelOr(ARTICLES, c)) })) };
}

function rightXml(r: RvaRight): XmlObject {
  return {
    theoricDailyAllowanceAmount: cents(r.daily_amount),
    startingDate: r.begin_date,
    unemploymentCode: unemploymentCode(r.unemployment_code),
    familyState: r.family_category,
    indemnificationRegime: decimal(r.indemnification_regime),
    unemployedWorkerStatus: r.allowance === ALLOWANCE.INSERTION ? 'INSERTION_ALLOCATION' : 'UNEMPLOYMENT_ALLOCATION',
    theoricRightsEndingDate: r.end_date ?? undefined,
    selfEmploymentSupplement: r.self_employment_supplement === 1,
  };
}

/** Why there is no right after `ended`: its end (or an exclusion), with the time-limit article for insertion allowances. */
function rightsEndXml(ended: RvaRight): XmlObject {
  const from = addDays(ended.end_date!, 1);
  const reason = ended.end_reason === END_REASON.EXCLUSION ? { exclusion: { beginDate: from } } : { rightsEnd: { beginDate: from } };
  const timeLimit = ended.end_reason === END_REASON.INSERTION_ALLOWANCE_ENDED;
  return { ...reason, indemnisabilityArticles: timeLimit ? articles(['63§2']) : undefined };
}

/** A sanction that suspends a running right at the date. */
function sanctionXml(s: RvaSanction): XmlObject {
  return {
    sanction: {
      beginDate: s.begin_date!,
      endDate: s.end_date ?? undefined,
      nbrOfWeeksSanction: s.end_date ? undefined : s.weeks ?? undefined,
      article: { value: s.code, descriptions: descriptionsOf(labelOr(SANCTION_CODES, s.code)) },
    },
  };
}

export function consultRights(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  requirePastDate(c.date, ctx);
  const rights = ctx.sources.rva.rights(c.ssin);
  if (rights.length === 0) return answer(request, ctx, c, status('NO_DATA_FOUND', MSG.NO_DATA));
  if (c.date === undefined) return answer(request, ctx, c, found(), { rights: { right: rightXml(rights[rights.length - 1]) } });

  const date = c.date;
  const current = rights.filter(covers(date)).slice(-2);
  if (current.length > 0) {
    const sanctioned = ctx.sources.rva
      .sanctions(c.ssin)
      .find((s) => effectiveSanctions([s]).some((p) => p.begin <= date && (p.end === undefined || p.end >= date)));
    if (sanctioned) return answer(request, ctx, c, found(), { rights: { noRight: sanctionXml(sanctioned) } });
    return answer(request, ctx, c, found(), { rights: { right: current.map(rightXml) } });
  }
  const ended = lastEndedBefore(rights, date);
  if (!ended) return answer(request, ctx, c, status('NO_DATA_FOUND', MSG.UD_NO_MATCH));
  const outcome = insertionEndedBefore(ended, date) ? status('NO_DATA_FOUND', MSG.UD_INSERTION_ENDED) : found();
  return answer(request, ctx, c, outcome, { rights: { noRight: rightsEndXml(ended) } });
}

function paymentXml(p: RvaPayment): XmlObject {
  const daily = p.daily_amount ?? (p.days > 0 ? p.gross_amount / p.days : 0);
  return {
    paidMonth: p.month,
    theoricDailyAllowanceAmount: cents(daily),
    nbrOfAllowances: decimal(p.days),
    unemploymentCode: unemploymentCode(p.unemployment_code),
    indemnificationRegime: decimal(p.indemnification_regime),
    dossierStatus: p.dossier_status,
  };
}

export function consultPayments(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  requirePastDate(c.date, ctx);
  const rva = ctx.sources.rva;
  if (!rva.hasFile(c.ssin)) return answer(request, ctx, c, status('NO_DATA_FOUND', MSG.NO_DATA));
  const payments = rva.payments(c.ssin);
  if (c.date === undefined) {
    const last = payments[payments.length - 1];
    return last ? answer(request, ctx, c, found(), { payment: paymentXml(last) }) : answer(request, ctx, c, status('NO_DATA_FOUND', MSG.UDS_NO_PAYMENT));
  }

  const date = c.date;
  const paid = payments.filter((p) => p.month === date.slice(0, 7)).pop();
  if (paid) return answer(request, ctx, c, found(), { payment: paymentXml(paid) });
  const rights = rva.rights(c.ssin);
  if (rights.some(covers(date))) return answer(request, ctx, c, status('NO_DATA_FOUND', MSG.UD_RIGHT_WITHOUT_PAYMENT));
  const ended = lastEndedBefore(rights, date);
  if (ended && insertionEndedBefore(ended, date)) return answer(request, ctx, c, status('NO_DATA_FOUND', MSG.UD_INSERTION_ENDED));
  return answer(request, ctx, c, status('NO_DATA_FOUND', MSG.UDS_NO_PAYMENT));
}
