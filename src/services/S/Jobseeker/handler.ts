import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { EMPLOYMENT_SERVICE_NAMES, JobseekerRegistration } from '../../../sources/employment';
import { criteriaOf } from './criteria';

const registration = (r: JobseekerRegistration): XmlObject => ({
  employmentService: { code: r.service, name: EMPLOYMENT_SERVICE_NAMES[r.service] },
  category: r.category,
  period: { beginDate: r.begin_date, endDate: r.end_date ?? undefined },
  municipality: r.nis_code,
});

/**
 * consultRegistrations: head, criteria (echoed), status, then the person's registrations as a
 * job seeker that have begun by today, the oldest first (those overlapping the period asked, or all). NO_DATA_FOUND
 * MSG00100 when the services know no registration (in the period).
 */
export function consultRegistrations(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = criteriaOf(request);
  const ssin = ctx.target?.ssin ?? criteria.ssin;
  const period = criteria.period;
  // A registration exists from its first day on (the emulator's clock).
  const rows = ctx.sources.employment
    .registrations(ssin)
    .filter((r) => r.begin_date <= ctx.today && (!period || (r.begin_date <= period.end && (r.end_date === null || r.end_date >= period.begin))));
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (!rows.length) return { ...head, status: NO_DATA_FOUND() };
  return { ...head, status: DATA_FOUND(), result: { ssin, registration: rows.map(registration) } };
}
