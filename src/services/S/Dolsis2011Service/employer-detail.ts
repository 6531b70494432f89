import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, NO_DATA_FOUND } from '../../../soap/newstyle';
import type { Employer } from '../../../sources/rsz';
import { employerKeyOf } from './criteria';
import { employerXml } from './employment-xml';
import { dolsisReply } from './reply';
import { checkDolsisRole } from './security-context';

/**
 * getEmployerDetail (S03): one employer of the repertory, by its NOSS registration number, its
 * enterprise number or its VAT number (BE + enterprise number). By SSIN: an employer who is a
 * natural person (a one-person business; the self-employed persona's bakery).
 */
export function getEmployerDetail(request: XmlElement, ctx: Ctx): XmlObject {
  checkDolsisRole(request, ctx);
  const key = employerKeyOf(request);
  const rsz = ctx.sources.rsz;
  let employer: Employer | undefined;
  if (key.by === 'nossRegistrationNbr') employer = rsz.employerByNoss(key.value);
  else if (key.by === 'cbeNumber') employer = rsz.employerByCbe(key.value);
  else if (key.by === 'ssin') employer = rsz.employerOwnedBy(key.value);
  else if (key.by === 'vatNumber') employer = /^BE\d{10}$/.test(key.value) ? rsz.employerByCbe(key.value.slice(2)) : undefined;
  if (!employer) return dolsisReply(request, ctx, NO_DATA_FOUND());
  return dolsisReply(request, ctx, DATA_FOUND(), employerXml(employer));
}
