import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { Incapacity } from '../../../sources/nic';
import { criteriaOf } from './criteria';

const money = (n: number) => n.toFixed(2);

const attest = (r: Incapacity): XmlObject => ({
  kind: r.kind,
  insuringOrganization: r.insuring_organization,
  mutuality: r.mutuality,
  period: { beginDate: r.begin_date, endDate: r.end_date ?? undefined },
  referenceDailyWage: money(r.reference_daily_wage),
  indemnityPercentage: money(r.percentage),
  dailyGrossIndemnity: money(r.daily_gross_amount),
});

/**
 * consultAttest: head, criteria (echoed), status, then the incapacity attests of the person that
 * have begun by today (those overlapping the period asked, or all), the oldest first; NO_DATA_FOUND
 * MSG00100 when the mutualities know none.
 */
export function consultAttest(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = criteriaOf(request);
  const ssin = ctx.target?.ssin ?? criteria.ssin;
  const rows = ctx.sources.nic.incapacityPeriods(ssin, criteria.period?.begin ?? '0000-01-01', criteria.period?.end ?? null, ctx.today);
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (!rows.length) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), result: { ssin, attest: rows.map(attest) } };
}
