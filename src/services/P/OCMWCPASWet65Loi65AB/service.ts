import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { loi65AB } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P02 OCMWCPASWet65Loi65AB 20090101 (MODELLED: the ServiceId follows the KSZ document titles
 * "OCMWCPASWet65Loi65…"; no version is public, 20090101 is our choice as for P01; our own XSDs
 * written from the Loi 65 element trees): the OCMW declares forms A, B1 and B2 of the equivalent
 * leefloon, POD MI answers one DecisionResult per beneficiary of the B1. Same roles as P01; the
 * primary beneficiary must be integrated by the calling OCMW.
 */
export const loi65ABService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P02',
  name: 'OCMWCPASWet65Loi65AB',
  contract: 'modelled',
  serviceId: 'OCMWCPASWet65Loi65AB',
  version: '20090101',
  xsd: ['P02-OCMWCPASWet65Loi65AB/20090101/L65ABDecisionRequest.xsd', 'P02-OCMWCPASWet65Loi65AB/20090101/L65ABDecisionReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['L65_AB_Decision'],
  operationOf: () => 'L65_AB_Decision',
  targetSsin: (request) => childText(request, 'CommonDecisionB1', 'IdentificationPrimaryBeneficiary', 'SSIN') ?? childText(request, 'IdentificationA', 'PrimaryBeneficiary', 'BeneficiaryID', 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: loi65AB,
};
