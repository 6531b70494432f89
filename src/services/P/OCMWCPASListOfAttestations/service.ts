import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { listOfAttestations } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P08 OCMWCPASListOfAttestations 20080317 (PARTIAL: ServiceId, version, namespace and the
 * elements the public CPAS clients send and read are real, contracts.md §3.5 and
 * contracts-wave2.md §3; no XSD is public, so the order and types of wsdl/P08-… are ours, and the
 * EXONERATIONS and STATUT65 replies are modelled). The OCMW reads back what POD MI decided on its
 * forms (one operation per RequestType, for the authorization rows). Same callers as P01; the
 * person must be integrated by the caller.
 */
export const listOfAttestationsService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P08',
  name: 'OCMWCPASListOfAttestations',
  contract: 'partial',
  serviceId: 'OCMWCPASListOfAttestations',
  version: '20080317',
  xsd: ['P08-OCMWCPASListOfAttestations/20080317/ListOfAttestationsRequest.xsd', 'P08-OCMWCPASListOfAttestations/20080317/ListOfAttestationsReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['FORMULAIRES', 'PRIME_INSTALLATION', 'EXONERATIONS', 'EXONERATIONSART35', 'GPMI_PIIS', 'STATUT65'],
  operationOf: (request) => {
    const type = childText(request, 'RequestType') ?? '';
    return type === 'PRIMEINSTALLATION' ? 'PRIME_INSTALLATION' : type;
  },
  targetSsin: (request) => childText(request, 'SocialSecurityUser') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: listOfAttestations,
};
