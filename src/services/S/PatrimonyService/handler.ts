import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND, replyHead } from '../../../soap/newstyle';
import { divisionName } from '../../../sources/cadastre';
import { criteriaOf } from './criteria';
import { propertyXml, rightsAsked } from './properties';

/**
 * The three answers of S11 PatrimonyService v1 (PatrimonyServiceV1.xsd): the head, the
 * searchCriteria echoed, the status (DATA_FOUND MSG00000, or NO_DATA_FOUND MSG00100 when the
 * cadastre knows no right in the dates asked), then the properties or divisions.
 */
function reply(request: XmlElement, ctx: Ctx, result: Record<string, XmlObject> | undefined): XmlObject {
  return {
    ...replyHead(request, ctx, { legalContextRequired: true }),
    searchCriteria: child(request, 'searchCriteria'),
    status: result ? DATA_FOUND() : NO_DATA_FOUND(),
    ...(result ?? {}),
  };
}

/** consultImmovableProperties: the rights of the person the request names (ctx.target, after the shared SSIN checks). */
export function consultImmovableProperties(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = criteriaOf(request);
  const rights = rightsAsked(ctx.sources.cadastre.rightsOfPerson(ctx.target?.ssin ?? criteria.ssin ?? ''), criteria, ctx.today);
  return reply(request, ctx, rights.length ? { properties: { property: rights.map((r) => propertyXml(r, criteria, ctx)) } } : undefined);
}

/** consultEnterpriseImmovableProperties: the rights of an enterprise on parcels of one cadastral division. */
export function consultEnterpriseImmovableProperties(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = criteriaOf(request);
  const inDivision = ctx.sources.cadastre.rightsOfEnterprise(criteria.enterpriseNumber!).filter((r) => r.parcel.division_code === criteria.division);
  const rights = rightsAsked(inDivision, criteria, ctx.today);
  return reply(request, ctx, rights.length ? { properties: { property: rights.map((r) => propertyXml(r, criteria, ctx)) } } : undefined);
}

/** findDivisionByEnterpriseNumber: the divisions where an enterprise holds a right today (with history, ever held). */
export function findDivisionByEnterpriseNumber(request: XmlElement, ctx: Ctx): XmlObject {
  const criteria = criteriaOf(request);
  const rights = rightsAsked(ctx.sources.cadastre.rightsOfEnterprise(criteria.enterpriseNumber!), criteria, ctx.today);
  const codes = [...new Set(rights.map((r) => r.parcel.division_code))].sort();
  return reply(request, ctx, codes.length ? { divisions: { division: codes.map((code) => ({ code, name: divisionName(code, criteria.language) })) } } : undefined);
}
