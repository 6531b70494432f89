import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, refusalReply, replyHead, status } from '../../../soap/newstyle';
import { MSG } from '../../../domain/codes';
import { StatusError } from '../../types';
import type { TaxAssessment } from '../../../sources/fodfin';
import { v1CriteriaOf, v2CriteriaOf, V2Criteria } from './criteria';
import { ELEMENTS, FiscalElement, IPCAL_CHILDREN, IPCAL_ITEMS } from './vocabulary';

/** How far back MOST_RECENT (v2) and v1 look: the three income years before the current year. */
export const RECENT_YEARS = 3;

/** The assessment a request asks for, or the status saying why there is none. */
function pick(rows: TaxAssessment[], year: V2Criteria['year'], today: string): TaxAssessment | StatusError {
  if (year.kind === 'YEAR') return rows.find((r) => r.income_year === year.year) ?? new StatusError('NO_DATA_FOUND', MSG.NO_DATA);
  if (year.kind === 'MOST_RECENT_UNLIMITED') return rows[0] ?? new StatusError('NO_DATA_FOUND', MSG.NO_DATA);
  return mostRecent(rows, today);
}

/** The latest assessment of the last three income years; TAXA0007 when there is none. */
function mostRecent(rows: TaxAssessment[], today: string): TaxAssessment | StatusError {
  const oldest = Number(today.slice(0, 4)) - RECENT_YEARS;
  return rows.find((r) => r.income_year >= oldest) ?? new StatusError('NO_DATA_FOUND', MSG.TAX_NONE_RECENT);
}

/** One fiscalData: the element, then its value or why it has none. */
function fiscalData(e: FiscalElement, row: TaxAssessment): XmlObject {
  const joint = row.fiscal_state !== 'SINGULAR';
  const element = { '@communalInformation': e.communal && joint, '#text': e.name };
  if (e.since !== undefined && row.income_year < e.since) return { element, noValue: { '@reason': 'ELEMENT_NOT_AVAILABLE_FOR_THIS_INCOME_YEAR' } };
  const value = e.value(row);
  if (value === undefined || value === 0) return { element, noValue: { '@reason': 'ELEMENT_NOT_PRESENT_IN_THE_TAX_ASSESSMENT_DATA' } };
  return { element, value: { '@type': e.type, '#text': String(value) } };
}

/**
 * consultTaxAssessmentData (v2): head, criteria (echoed), status, ssinStatusData (ACTIVE: the
 * shared checks refused the others before), then the result: the requested person and, on a joint
 * assessment, the partner with their fiscal states, the income year, the assessment number and
 * the fiscal data asked and allowed (ctx.allowedBlocks: the groups the caller's role may see).
 */
export function consultTaxAssessmentData(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = v2CriteriaOf(request);
  const ssin = ctx.target?.ssin ?? criteria.ssin;
  const found = pick(ctx.sources.fodfin.assessments(ssin, ctx.today), criteria.year, ctx.today);
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (found instanceof StatusError) return { ...head, status: status(found.value, found.def), ssinStatusData: { requestedSsinStatus: 'ACTIVE' } };
  const partner = ctx.sources.fodfin.partnerRow(found);
  const allowed = ctx.allowedBlocks;
  const elements = criteria.elements.map((name) => ELEMENTS.get(name)!).filter((e) => !allowed || allowed.has(e.group));
  return {
    ...head,
    status: DATA_FOUND(),
    ssinStatusData: { requestedSsinStatus: 'ACTIVE' },
    result: {
      requestedFiscalPerson: { ssin: found.ssin, fiscalState: found.fiscal_state },
      relatedFiscalPerson: partner ? { ssin: partner.ssin, fiscalState: partner.fiscal_state } : undefined,
      incomeYear: String(found.income_year),
      taxAssessmentNumber: found.assessment_number,
      fiscalDataList: { fiscalData: elements.map((e) => fiscalData(e, found)) },
    },
  };
}

/**
 * A KSZ refusal of a v2 request: head, criteria, status, and for a replaced or cancelled SSIN the
 * ssinStatusData that says so (with the replacing SSIN the interceptor found).
 */
export function v2Refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  const reply = refusalReply(request, ctx, error);
  if (error.def === MSG.SSIN_REPLACED) {
    const replacing = error.information.find((i) => i.fieldName === 'newSSIN')?.fieldValue;
    return { ...reply, ssinStatusData: { requestedSsinStatus: 'REPLACED', replacingSsin: replacing } };
  }
  if (error.def === MSG.SSIN_CANCELLED) return { ...reply, ssinStatusData: { requestedSsinStatus: 'CANCELLED' } };
  return reply;
}

/** v1's ipcal items of an assessment: the first-named's amounts as 1xxx, the partner's as 2xxx, the children on 1030/1031; zero amounts left out. */
function ipcalItems(row: TaxAssessment, partner: TaxAssessment | undefined): XmlObject[] {
  const [first, second] = row.fiscal_state === 'SECONDARY' && partner ? [partner, row] : [row, partner];
  const items: XmlObject[] = [];
  const add = (code: string, value: number) => value && items.push({ code, value: String(value) });
  for (const item of IPCAL_ITEMS) add(`1${item.code}`, item.value(first));
  if (second) for (const item of IPCAL_ITEMS) add(`2${item.code}`, item.value(second));
  add(IPCAL_CHILDREN.code, first.children_dependent);
  add(IPCAL_CHILDREN.handicapCode, first.children_dependent_handicap);
  return items;
}

/**
 * getTaxAssessmentData (v1, NET_INCOME): head, searchCriteria (echoed), status, then the most
 * recent assessment of the last three income years; NO_DATA_FOUND TAXA0007 when there is none.
 */
export function getTaxAssessmentData(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = v1CriteriaOf(request);
  const found = mostRecent(ctx.sources.fodfin.assessments(ctx.target?.ssin ?? criteria.ssin, ctx.today), ctx.today);
  const head = { ...replyHead(request, ctx), searchCriteria: child(request, 'searchCriteria') };
  if (found instanceof StatusError) return { ...head, status: status(found.value, found.def) };
  return {
    ...head,
    status: DATA_FOUND(),
    taxAssessmentData: {
      incomeYear: String(found.income_year),
      articleNumber: found.assessment_number,
      ipcalItems: { ipcalItem: ipcalItems(found, ctx.sources.fodfin.partnerRow(found)) },
    },
  };
}
