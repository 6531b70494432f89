import type { Ctx } from './context';
import { childText, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { REASON } from '../../../domain/codes';
import { ClassicError } from '../../types';
import { isValidNoss } from '../../../sources/rsz/noss';

/**
 * The A701 attestation of an employer by its RSZ/NOSS registration number: the employer
 * repertory's row that Dolsis getEmployerDetail (S03) also answers. An invalid number is ERROR
 * 31000005; an employer RSZ does not know gives no attestation (undefined).
 */
export function a701Attestation(request: XmlElement, ctx: Ctx): XmlObject | undefined {
  const raw = childText(request, 'Employer', 'FirmID', 'NLOSSRegistrationNbr')?.trim() ?? '';
  const noss = raw.padStart(10, '0');
  if (!isValidNoss(noss)) {
    throw new ClassicError({ severity: 'ERROR', def: REASON.ARGUMENT_INVALID, information: [{ fieldName: 'Employer/FirmID/NLOSSRegistrationNbr', fieldValue: raw }] });
  }
  const e = ctx.sources.rsz.employerByNoss(noss);
  if (!e) return undefined;
  return {
    Employer: {
      FirmID: { NLOSSRegistrationNbr: e.noss_number, CompanyID: e.cbe_number },
      RegisteredOffice: { Name: e.name, Street: e.street, HouseNbr: e.house_number, PostCode: e.postal_code, Municipality: e.municipality },
      JointCommissionNbr: e.joint_committee,
      NACECode: e.nace_code,
      RegistrationDate: e.registration_date,
    },
  };
}
