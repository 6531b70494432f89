import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { CareService, VestaCareFile } from '../../../sources/vesta';
import { criteriaOf } from './criteria';

const euro = (n: number | null) => (n === null ? undefined : n.toFixed(2));

/** One care file as the reply carries it. */
function careFile(f: VestaCareFile): XmlObject {
  return {
    careService: f.care_service,
    careProvider: { cbeNumber: f.provider_cbe, name: f.provider_name, municipality: f.provider_municipality },
    fileNumber: f.file_number,
    period: { beginDate: f.begin_date, endDate: f.end_date ?? undefined },
    careStatus: f.status,
    plannedHoursPerMonth: f.hours_per_month === null ? undefined : String(f.hours_per_month),
    hourlyContribution: euro(f.hourly_contribution),
    yearlyBudget: euro(f.yearly_budget),
    lastCareDate: f.last_care_date ?? undefined,
    closingReason: f.closing_reason ?? undefined,
  };
}

/**
 * The handler of one VESTA operation: head, criteria (echoed), status, then the person's files of
 * that care service (those that ran in the period asked), the oldest first; NO_DATA_FOUND MSG00100
 * when there is none.
 */
export function consultCareFiles(service: CareService) {
  return (request: XmlElement, ctx: Ctx): XmlObject => {
    const c = criteriaOf(request);
    const files = ctx.sources.vesta.careFiles(ctx.target?.ssin ?? c.ssin, service, c.period);
    const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
    if (files.length === 0) return { ...head, status: NO_DATA_FOUND() };
    return { ...head, status: DATA_FOUND(), careFiles: { careFile: files.map(careFile) } };
  };
}
