import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import type { LivingWagePeriod } from '../../../sources/podmi';
import { criteriaOf } from './criteria';
import { groupBy, periodXml, periodsAsked, Scope } from './periods';

/**
 * The three answers of LivingWagesService v2 (LivingWagesV2.xsd): the periods alone, the periods
 * per OCMW (pcsaCbeNumber), the periods per OCMW and category. Every reply: the head, the criteria
 * echoed, the status (DATA_FOUND MSG00000, or NO_DATA_FOUND MSG00100 when POD MI knows no period
 * in the requested one), then the result elements.
 */
type Shape = (periods: LivingWagePeriod[], today: string) => XmlObject;

const periodsOnly: Shape = (periods, today) => ({ livingWagePeriod: periods.map((p) => periodXml(p, today)) });

const perPcsa: Shape = (periods, today) => ({
  livingWagePeriodsPerPCSA: groupBy(periods, (p) => p.ocmw_cbe).map((group) => ({
    pcsaCbeNumber: group[0].ocmw_cbe,
    livingWagePeriod: group.map((p) => periodXml(p, today)),
  })),
});

const perPcsaAndCategory: Shape = (periods, today) => ({
  livingWages: groupBy(periods, (p) => `${p.ocmw_cbe} ${p.category}`).map((group) => ({
    pcsaCbeNumber: group[0].ocmw_cbe,
    category: group[0].category,
    livingWagePeriod: group.map((p) => periodXml(p, today)),
  })),
});

function answer(shape: Shape, scope: Scope) {
  return (request: XmlElement, ctx: Ctx): XmlObject => {
    const periods = periodsAsked(ctx, criteriaOf(request), scope);
    return {
      ...replyHead(request, ctx),
      criteria: child(request, 'criteria'),
      status: periods.length > 0 ? DATA_FOUND() : NO_DATA_FOUND(),
      ...(periods.length > 0 ? shape(periods, ctx.today) : {}),
    };
  };
}

export const getLivingWagePeriods = answer(periodsOnly, 'BELGIUM');
export const getLivingWagePeriodsPerPCSA = answer(perPcsa, 'BELGIUM');
export const getLivingWages = answer(perPcsaAndCategory, 'BELGIUM');
export const getLivingWagePeriodsFlanders = answer(periodsOnly, 'FLANDERS');
export const getLivingWagePeriodsPerPCSAFlanders = answer(perPcsa, 'FLANDERS');
