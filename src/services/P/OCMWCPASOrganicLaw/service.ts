import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { organicLaw } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P03 OCMWCPASOrganicLaw 20090101 (MODELLED: the ServiceId is a real KSZ service name, for the
 * subsidies of the organic law; no version or XSD is public, 20090101 is our choice, as for P01):
 * the OCMW declares an installation premium (art. 57bis), POD MI answers its decision, and
 * ListOfAttestations PRIME_INSTALLATION lists it. Same callers as P01.
 */
export const organicLawService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P03',
  name: 'OCMWCPASOrganicLaw',
  contract: 'modelled',
  serviceId: 'OCMWCPASOrganicLaw',
  version: '20090101',
  xsd: ['P03-OCMWCPASOrganicLaw/20090101/OrganicLawRequest.xsd', 'P03-OCMWCPASOrganicLaw/20090101/OrganicLawReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['InstallationPremium'],
  operationOf: () => 'InstallationPremium',
  targetSsin: (request) => childText(request, 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: organicLaw,
};
