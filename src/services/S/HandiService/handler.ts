import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { HandiSource } from '../../../sources/handi';
import type { Ctx } from './context';
import { filesByDateCriteriaOf, paymentsCriteriaOf, rightsAndPaymentsCriteriaOf, wantedInformationOf } from './criteria';
import { dgphFile, payment, personData, vsbFile } from './file-v2';
import { v1File } from './file-v1';
import type { Block, Part } from './parts';

const RESULT_NAME: Record<HandiSource, string> = { DGPH: 'dgphResult', VSB: 'vsbResult' };

function addressOf(ctx: Ctx, ssin: string): XmlObject {
  const person = ctx.target ?? { lastName: '', firstName: '' };
  return personData(person, ctx.sources.rr.currentAddress(ssin));
}

/** The parts a caller asked and may receive, and those proportionality took out (the reply's dataFilters). */
function allowedParts(asked: Part[], ctx: Ctx): { parts: Part[]; filtered: Part[] } {
  const allowed = ctx.allowedBlocks;
  return { parts: asked.filter((p) => !allowed || allowed.has(p)), filtered: asked.filter((p) => allowed && !allowed.has(p)) };
}

/** The global status: DATA_FOUND as soon as one administration has data. */
const globalStatus = (results: { found: boolean }[]) => (results.some((r) => r.found) ? DATA_FOUND() : NO_DATA_FOUND());

/**
 * consultFilesByDate (v2): one result per administration asked, each with its own status
 * (DATA_FOUND with the file as it stood on the reference date, NO_DATA_FOUND MSG00100 when it
 * has no file for the person by then), the parts asked and allowed; the parts proportionality
 * withheld are listed in dataFilters.
 */
export function consultFilesByDate(request: XmlElement, ctx: Ctx): XmlObject {
  const c = filesByDateCriteriaOf(request);
  const ssin = ctx.target?.ssin ?? c.ssin;
  const { parts, filtered } = allowedParts(c.parts, ctx);
  const results = c.sources.map((source) => {
    const file = ctx.sources.handi.fileAt(ssin, source, c.referenceDate);
    const content = !file.request ? undefined : source === 'DGPH' ? dgphFile(file, parts, c.referenceDate, addressOf(ctx, ssin)) : vsbFile(file, parts, c.referenceDate);
    // No file by that date, or none of the parts asked holds data there (VSB keeps no social cards).
    if (!content || parts.every((p) => content[p] === undefined)) return { source, found: false, result: { status: NO_DATA_FOUND() } };
    return { source, found: true, result: { status: DATA_FOUND(), file: content } };
  });
  return {
    ...replyHead(request, ctx),
    criteria: child(request, 'criteria'),
    status: globalStatus(results),
    ssin,
    dataFilters: filtered.length > 0 ? { filteredElement: filtered } : undefined,
    results: Object.fromEntries(results.map((r) => [RESULT_NAME[r.source], r.result])),
  };
}

/** consultPayments (v2): the monthly payments of each administration asked in the period (at most 24 months). */
export function consultPayments(request: XmlElement, ctx: Ctx): XmlObject {
  const c = paymentsCriteriaOf(request);
  const ssin = ctx.target?.ssin ?? c.ssin;
  const results = c.sources.map((source) => {
    const paid = ctx.sources.handi.payments(ssin, source, c.period.begin, c.period.end);
    if (paid.length === 0) return { source, found: false, result: { status: NO_DATA_FOUND() } };
    return { source, found: true, result: { status: DATA_FOUND(), payments: { payment: paid.map(payment) } } };
  });
  return {
    ...replyHead(request, ctx),
    criteria: child(request, 'criteria'),
    status: globalStatus(results),
    ssin,
    results: Object.fromEntries(results.map((r) => [RESULT_NAME[r.source], r.result])),
  };
}

/**
 * consultFile (v1, the DGPH only): the file at the reference date (today when only payments are
 * asked) with every block present, holding data or its noDataReason, and the payments of the
 * period asked. NO_DATA_FOUND MSG00100 when the DGPH has no file for the person.
 */
export function consultFile(request: XmlElement, ctx: Ctx): XmlObject {
  const w = wantedInformationOf(request);
  const ssin = ctx.target?.ssin ?? w.ssin;
  const head = { ...replyHead(request, ctx), wantedInformation: child(request, 'wantedInformation') };
  if (!ctx.sources.handi.knows(ssin, 'DGPH')) return { ...head, status: NO_DATA_FOUND() };
  const day = w.atDate?.referenceDate ?? ctx.today;
  const asked = new Set<Block>([...(w.atDate?.parts ?? []), ...(w.payments ? (['payments'] as const) : [])]);
  const payments = w.payments ? ctx.sources.handi.payments(ssin, 'DGPH', w.payments.begin, w.payments.end) : [];
  const file = ctx.sources.handi.fileAt(ssin, 'DGPH', day);
  return { ...head, status: DATA_FOUND(), file: v1File(ssin, file, day, payments, { asked, allowed: ctx.allowedBlocks }, addressOf(ctx, ssin)) };
}

/**
 * consultRightsAndPayments (v1): one file per DGPH right that overlaps the period, with that
 * right and its payments in the period; the other blocks "not requested".
 */
export function consultRightsAndPayments(request: XmlElement, ctx: Ctx): XmlObject {
  const c = rightsAndPaymentsCriteriaOf(request);
  const ssin = ctx.target?.ssin ?? c.ssin;
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  const rights = ctx.sources.handi.rightsBetween(ssin, c.begin, c.end).filter((r) => r.source === 'DGPH');
  if (rights.length === 0) return { ...head, status: NO_DATA_FOUND() };
  const asked = new Set<Block>(['rights', 'payments']);
  const files = rights.slice(0, 100).map((right) => {
    const first = right.begin_date.slice(0, 7) > c.months.begin ? right.begin_date.slice(0, 7) : c.months.begin;
    const last = right.end_date && right.end_date.slice(0, 7) < c.months.end ? right.end_date.slice(0, 7) : c.months.end;
    const paid = ctx.sources.handi.payments(ssin, 'DGPH', first, last);
    const file = { recognitions: [], cards: [], right, request: undefined };
    return v1File(ssin, file, right.begin_date, paid, { asked, allowed: ctx.allowedBlocks });
  });
  return { ...head, status: DATA_FOUND(), file: files };
}
