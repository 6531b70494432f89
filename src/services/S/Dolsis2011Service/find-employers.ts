import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND } from '../../../soap/newstyle';
import type { Employment } from '../../../sources/rsz';
import { WorkerCriteria, workerCriteriaOf } from './criteria';
import { employmentXml } from './employment-xml';
import { dolsisReply } from './reply';
import { checkDolsisRole } from './security-context';

const FAR_FUTURE = '9999-12-31';

/**
 * Which Dimona periods a scope selects: `active` those running today, `activeInPeriod` those
 * overlapping the period (an open end = up to today), `mutations` those that began or ended in it.
 * Nothing is known after today on the emulator's clock: a period that begins later is not shown.
 */
export function selectEmployments(all: Employment[], c: WorkerCriteria, today: string): Employment[] {
  const known = all.filter((e) => e.begin_date <= today);
  if (c.scope === 'active') return known.filter((e) => (e.end_date ?? FAR_FUTURE) >= today);
  const begin = c.period!.begin;
  const end = c.period!.end ?? today;
  if (c.scope === 'activeInPeriod') return known.filter((e) => e.begin_date <= end && (e.end_date ?? FAR_FUTURE) >= begin);
  const inPeriod = (day: string | null) => day !== null && day >= begin && day <= end;
  return known.filter((e) => inPeriod(e.begin_date) || inPeriod(e.end_date));
}

/** findEmployersByWorker (S01): the worker's Dimona employments the scope selects, the oldest first. */
export function findEmployersByWorker(request: XmlElement, ctx: Ctx): XmlObject {
  checkDolsisRole(request, ctx);
  const c = workerCriteriaOf(request);
  const found = selectEmployments(ctx.sources.rsz.employments(c.ssin), c, ctx.today);
  if (found.length === 0) return dolsisReply(request, ctx, NO_DATA_FOUND());
  return dolsisReply(request, ctx, DATA_FOUND(), { person: { ssin: c.ssin }, employment: found.map(employmentXml) });
}
