import { StatusError } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { MSG } from '../../../domain/codes';
import type { Ctx } from './context';

/** Dolsis carries the legal context inside securityContext, not as a sibling of the criteria. */
export function legalContextOf(request: XmlElement): string | undefined {
  return childText(request, 'securityContext', 'legalContext')?.trim();
}

/** The Dolsis roles an OCMW/CPAS (sector 17) acts in: its social workers consult as agents. */
const OCMW_ROLES = new Set(['Agent']);

/**
 * The Dolsis role must be one the caller's sector acts in: an OCMW/CPAS is no social inspection
 * (Inspector) and runs no monitoring of employers (Monitoring), so those are refused with NO_RESULT
 * MSG00013 naming securityContext/role. Other sectors (none call Dolsis in this emulator yet) pass.
 */
export function checkDolsisRole(request: XmlElement, ctx: Ctx): void {
  const role = childText(request, 'securityContext', 'role')?.trim();
  if (role === undefined || ctx.caller?.organisation.sector !== 17 || OCMW_ROLES.has(role)) return;
  throw new StatusError('NO_RESULT', MSG.LEGAL_CONTEXT, [{ fieldName: 'securityContext/role', fieldValue: role }]);
}
