import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, invalidField, NO_DATA_FOUND, replyHead, status } from '../../../soap/newstyle';
import type { StatusError } from '../../types';
import { BENEFICIARY, CATEGORY } from '../../../sources/podmi';
import { monthlyAmount } from '../../../sources/podmi/scale';
import { derivedPeriods } from '../../../sources/podmi/derive';
import { criteriaOf, YEARS_BACK, yearsBefore } from './criteria';

/** Decisions a page (MODELLED). */
export const PAGE_SIZE = 10;

interface Decision {
  type: 'LIVING_WAGE' | 'EQUIVALENT_LIVING_WAGE' | 'INSTALLATION_PREMIUM';
  pcsa: string;
  decisionDate: string;
  begin: string;
  end: string | null;
  category: number | null;
  monthlyAmount: number | null;
  reference?: string;
}

/**
 * Every decision POD MI knows for the person now, one truth with S20, P08 and L036: the living-wage
 * periods (seeded and declared, as corrections and stops left them) and the installation premiums
 * it accepted (P03), whose amount is one month of leefloon at the family rate.
 */
function decisionsOf(ctx: Ctx, ssin: string): Decision[] {
  const podmi = ctx.sources.podmi;
  const now = ctx.now.toISOString();
  const attests = podmi.store.attestsOf(ssin);
  // One read of the person's forms: the derived periods and the premiums both come from it.
  const periods = derivedPeriods(podmi.seededPeriods(ssin), attests, now).map((p): Decision => ({
    type: p.category === CATEGORY.EQUIVALENT ? 'EQUIVALENT_LIVING_WAGE' : 'LIVING_WAGE',
    pcsa: p.ocmw_cbe,
    decisionDate: p.decision_date,
    begin: p.begin_date,
    end: p.end_date,
    category: p.beneficiary_category,
    monthlyAmount: p.monthly_amount || null,
    reference: p.id < 0 ? attests.find((a) => a.form.id === -p.id)?.decision.reference : undefined,
  }));
  const premiums = attests
    .filter((a) => a.form.form_type === 'I' && a.decision.evaluation !== 'REFUSED' && a.decision.visible_from <= now)
    .map((a): Decision => ({
      type: 'INSTALLATION_PREMIUM',
      pcsa: a.form.ocmw_cbe,
      decisionDate: a.form.decision_date ?? a.decision.decided_at.slice(0, 10),
      begin: a.form.entry_date,
      end: a.form.entry_date,
      category: BENEFICIARY.FAMILY,
      monthlyAmount: monthlyAmount(BENEFICIARY.FAMILY, a.form.entry_date),
      reference: a.decision.reference,
    }));
  return [...periods, ...premiums].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : a.decisionDate < b.decisionDate ? -1 : 1));
}

const decisionXml = (d: Decision): XmlObject => ({
  decisionType: d.type,
  pcsaCbeNumber: d.pcsa,
  decisionDate: d.decisionDate,
  period: { beginDate: d.begin, endDate: d.type === 'INSTALLATION_PREMIUM' ? undefined : (d.end ?? undefined) },
  calculation: d.category && d.monthlyAmount ? { beneficiaryCategory: d.category, monthlyAmount: d.monthlyAmount.toFixed(2) } : undefined,
  podmiReference: d.reference,
});

/**
 * consultDecisions: the decisions of the other OCMWs (or of pcsaCbeNumber) whose period overlaps
 * the one asked (default: the five years up to today), the oldest first, PAGE_SIZE a page.
 * NO_DATA_FOUND MSG00100 when there is none; a begin more than five years back or a page past the
 * last is NO_RESULT MSG00008.
 */
export function consultDecisions(request: XmlElement, ctx: Ctx): XmlObject {
  const c = criteriaOf(request);
  const ssin = ctx.target?.ssin ?? c.ssin;
  const limit = yearsBefore(ctx.today, YEARS_BACK);
  if (c.begin && c.begin < limit) throw invalidField('criteria/period/beginDate', c.begin);
  const [from, to] = [c.begin ?? limit, c.end ?? ctx.today];
  const caller = ctx.caller!.organisation.cbe_number;
  const found = decisionsOf(ctx, ssin).filter((d) => (c.pcsaCbeNumber ? d.pcsa === c.pcsaCbeNumber : d.pcsa !== caller) && d.begin <= to && (d.end === null || d.end >= from));
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (found.length === 0) return { ...head, status: NO_DATA_FOUND() };
  const pages = Math.ceil(found.length / PAGE_SIZE);
  if (c.pageNumber > pages) throw invalidField('paging/pageNumber', String(c.pageNumber));
  const page = found.slice((c.pageNumber - 1) * PAGE_SIZE, c.pageNumber * PAGE_SIZE);
  return {
    ...head,
    status: DATA_FOUND(),
    result: { ssin, decision: page.map(decisionXml), paging: { pageNumber: c.pageNumber, pageSize: PAGE_SIZE, totalDecisions: found.length, hasMorePages: String(c.pageNumber < pages) } },
  };
}

/** A refused request: head, the criteria echoed (not the paging: the reply has none), the status. */
export function refusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  return { ...replyHead(request, ctx), criteria: child(request, 'criteria'), status: status(error.value, error.def, error.information) };
}
