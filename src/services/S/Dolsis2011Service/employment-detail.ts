import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND } from '../../../soap/newstyle';
import { quarterBegin, quarterEnd } from '../../../domain/quarters';
import { employmentCriteriaOf } from './criteria';
import { dmfaXml, employerReference, employmentXml } from './employment-xml';
import { dolsisReply } from './reply';
import { checkDolsisRole } from './security-context';

/**
 * getEmploymentDetail (S02): what one employer declared for one worker over 1-4 quarters (the
 * quarter asked and those before it): the Dimona periods that overlap them (employmentRecords)
 * and the DmfA quarters (dmfaRecords), each unless the request says false. NO_DATA_FOUND MSG00100
 * when the employer declared nothing of the kind for the worker in those quarters.
 */
export function getEmploymentDetail(request: XmlElement, ctx: Ctx): XmlObject {
  checkDolsisRole(request, ctx);
  const c = employmentCriteriaOf(request);
  const first = quarterBegin(c.quarters[0]);
  const last = quarterEnd(c.quarters[c.quarters.length - 1]);
  const employments = ctx.sources.rsz
    .employments(c.ssin)
    .filter((e) => e.noss_number === c.noss && e.begin_date <= last && e.begin_date <= ctx.today && (e.end_date ?? '9999-12-31') >= first);
  const quarters = ctx.sources.rsz.dmfa(c.ssin, c.noss).filter((q) => c.quarters.includes(q.quarter));
  const shown = { employment: c.employmentRecords ? employments : [], dmfa: c.dmfaRecords ? quarters : [] };
  if (shown.employment.length === 0 && shown.dmfa.length === 0) return dolsisReply(request, ctx, NO_DATA_FOUND());
  const employer = ctx.sources.rsz.employerByNoss(c.noss)!;
  return dolsisReply(request, ctx, DATA_FOUND(), {
    person: { ssin: c.ssin },
    employer: employerReference({ noss_number: employer.noss_number, employer_cbe: employer.cbe_number, employer_name: employer.name }),
    employment: shown.employment.map(employmentXml),
    dmfaRecord: shown.dmfa.map(dmfaXml),
  });
}
