import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { MSG } from '../../../domain/codes';
import { addDays } from '../../../domain/dates';
import { RvaSanction, RvaScale } from '../../../sources/rva';
import type { Criteria } from './criteria';
import { answer, decisionIdentification, found, notFound, openPeriod, overlaps } from './reply';
import {
  ARTICLES,
  descriptionsOf,
  EXEMPTION_REASONS,
  labelOr,
  LAWSUIT_TYPES,
  LINKED_DECISION_CODES,
  REGIO_CODES,
  SANCTION_CODES,
  YOUNG_DECISION_CODES,
} from './labels';

/**
 * The history operations over a period (searchCriteria {ssin, period{beginDate, endDate}}) and
 * consultNoEarningCapacityAndLawsuitMutuality ({ssin}). Everything that overlaps the period is
 * returned; nothing found in an existing file is NO_DATA_FOUND UD000011.
 */

const noMatch = (ctx: Ctx, ssin: string) => notFound(ctx, ssin, MSG.UD_NO_MATCH);

/** Article codes (stored comma-separated) as an articles block of at most `max`. */
function articles(codes: string, max: number): XmlObject | undefined {
  const list = [...new Set(codes.split(',').filter((c) => c !== ''))].slice(0, max);
  if (list.length === 0) return undefined;
  return { article: list.map((c) => ({ value: c, descriptions: descriptionsOf(labelOr(ARTICLES, c)) })) };
}

/** The rows of one scale decision become one `scale` with up to 10 codes. */
function unemploymentScales(rows: RvaScale[]): XmlObject[] {
  const decisions = new Map<string, RvaScale[]>();
  for (const r of rows) {
    const key = `${r.decision_handler}/${r.decision_number ?? ''}`;
    decisions.set(key, [...(decisions.get(key) ?? []), r]);
  }
  return [...decisions.values()].slice(-30).map((codes) => ({
    codes: { code: codes.slice(0, 10).map((r) => ({ value: r.code, validityBeginDate: r.begin_date })) },
    admissibility: articles(codes.map((r) => r.admissibility).join(','), 6),
    indemnisability: articles(codes.map((r) => r.indemnisability).join(','), 6),
    decisionIdentification: decisionIdentification(codes[0]),
  }));
}

export function consultScaleCodeHistory(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  const rows = ctx.sources.rva.scales(c.ssin).filter((r) => overlaps(r.begin_date, r.end_date, c.period!));
  if (rows.length === 0) return answer(request, ctx, c, noMatch(ctx, c.ssin));
  const unemployment = unemploymentScales(rows.filter((r) => r.kind === 'UNEMPLOYMENT'));
  const alternative = rows
    .filter((r) => r.kind === 'ALTERNATIVE')
    .slice(-30)
    .map((r) => ({
      code: r.code,
      validityPeriod: openPeriod(r.begin_date, r.end_date),
      admissibility: articles(r.admissibility, 3),
      indemnisability: articles(r.indemnisability, 6),
    }));
  return answer(request, ctx, c, found(), {
    response: {
      unemployment: unemployment.length ? { scale: unemployment } : undefined,
      alternative: alternative.length ? { scale: alternative } : undefined,
    },
  });
}

/** The sanction period: stored end, or begin + weeks, or open. */
function sanctionEnd(s: RvaSanction): string | null {
  return s.end_date ?? (s.begin_date && s.weeks ? addDays(s.begin_date, s.weeks * 7 - 1) : null);
}

export function consultSanctionHistory(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  const p = c.period!;
  const all = ctx.sources.rva.sanctions(c.ssin);
  const code = (s: RvaSanction) => ({ value: s.code, description: descriptionsOf(labelOr(SANCTION_CODES, s.code)) });
  const warnings = all
    .filter((s) => s.kind === 'WARNING' && s.decision_date >= p.begin && s.decision_date <= p.end)
    .slice(-20)
    .map((s) => ({ code: code(s), decisionDate: s.decision_date, decisionIdentification: decisionIdentification(s) }));
  const sanctions = all
    .filter((s) => s.kind === 'SANCTION' && (s.begin_date ? overlaps(s.begin_date, sanctionEnd(s), p) : s.decision_date >= p.begin && s.decision_date <= p.end))
    .slice(-20)
    .map((s) => ({
      code: code(s),
      period: s.begin_date ? { beginDate: s.begin_date, endDate: s.end_date ?? undefined, nbrOfWeeksSanction: s.weeks ?? undefined } : undefined,
      decisionIdentification: decisionIdentification(s),
      reprieve: s.reprieve_date ? { date: s.reprieve_date, nbrOfWeeksReprieve: String(s.reprieve_weeks ?? s.weeks ?? 0) } : undefined,
    }));
  if (warnings.length === 0 && sanctions.length === 0) return answer(request, ctx, c, noMatch(ctx, c.ssin));
  return answer(request, ctx, c, found(), {
    response: { warnings: warnings.length ? { warning: warnings } : undefined, sanctions: sanctions.length ? { sanction: sanctions } : undefined },
  });
}

export function consultExemptionHistory(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  const rows = ctx.sources.rva.exemptions(c.ssin).filter((e) => overlaps(e.begin_date, e.end_date, c.period!));
  if (rows.length === 0) return answer(request, ctx, c, noMatch(ctx, c.ssin));
  const exemption = rows.map((e) => ({
    codes: {
      reasonCode: { value: e.reason_code, descriptions: descriptionsOf(labelOr(EXEMPTION_REASONS, e.reason_code)) },
      regioCode: e.regio_code ? { value: e.regio_code, descriptions: descriptionsOf(labelOr(REGIO_CODES, e.regio_code)) } : undefined,
    },
    period: openPeriod(e.begin_date, e.end_date),
    isJobShortage: e.job_shortage === null ? undefined : e.job_shortage === 1,
    jobDescription: e.job_description?.slice(0, 50) ?? undefined,
    decisionIdentification: decisionIdentification(e),
  }));
  return answer(request, ctx, c, found(), { exemptions: { exemption } });
}

export function consultWorkDisabilityHistory(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  // The contract returns at most five periods: the most recent ones.
  const rows = ctx.sources.rva.disabilities(c.ssin).filter((d) => overlaps(d.begin_date, d.end_date, c.period!)).slice(-5);
  if (rows.length === 0) return answer(request, ctx, c, noMatch(ctx, c.ssin));
  const disability = rows.map((d) => ({ disabilityType: d.disability_type, period: openPeriod(d.begin_date, d.end_date) }));
  return answer(request, ctx, c, found(), { disabilities: { disability } });
}

export function consultYoungAvailabilityDecisionHistory(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  const p = c.period!;
  const rows = ctx.sources.rva.youngDecisions(c.ssin).filter((d) => d.decision_date >= p.begin && d.decision_date <= p.end);
  if (rows.length === 0) return answer(request, ctx, c, noMatch(ctx, c.ssin));
  const decision = rows.map((d) => ({
    decisionIdentification: decisionIdentification(d),
    date: d.decision_date,
    category: d.category,
    codes: {
      decisionCode: { value: d.decision_code, descriptions: descriptionsOf(labelOr(YOUNG_DECISION_CODES, d.decision_code)) },
      linkenedDecisionCode: d.linked_code ? { value: d.linked_code, descriptions: descriptionsOf(labelOr(LINKED_DECISION_CODES, d.linked_code)) } : undefined,
    },
    lateDecision: d.late === null ? undefined : d.late === 1,
  }));
  return answer(request, ctx, c, found(), { decisions: { decision } });
}

export function consultNoEarningCapacityAndLawsuitMutuality(request: XmlElement, ctx: Ctx, c: Criteria): XmlObject {
  const m = ctx.sources.rva.mutuality(c.ssin);
  if (!m || (m.no_earning_capacity_begin === null && m.lawsuit_type === null)) return answer(request, ctx, c, noMatch(ctx, c.ssin));
  const verdictPeriod = m.verdict_begin ? openPeriod(m.verdict_begin, m.verdict_end) : undefined;
  return answer(request, ctx, c, found(), {
    response: {
      noEarningCapacity: m.no_earning_capacity_begin ? { beginDate: m.no_earning_capacity_begin } : undefined,
      lawsuitMutuality:
        m.lawsuit_type !== null && m.temporary_begin
          ? {
              type: { value: m.lawsuit_type, descriptions: descriptionsOf(labelOr(LAWSUIT_TYPES, m.lawsuit_type)) },
              temporaryPaymentPeriod: openPeriod(m.temporary_begin, m.temporary_end),
              verdict: m.verdict && verdictPeriod ? (m.verdict === 'ABLE' ? { able: verdictPeriod } : { disablement: verdictPeriod }) : undefined,
            }
          : undefined,
    },
  });
}
