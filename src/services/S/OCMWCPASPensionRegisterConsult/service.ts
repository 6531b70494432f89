import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { askedOf, INFORMATION } from './request';
import { pensionRegister } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * S16 OCMWCPASPensionRegisterConsult 20090706 (contracts.md §3.8; the contract is public): the
 * pension rights, payments and demands of a person at the pension cadastre of the SFP/FPD,
 * through the classic SSDN channel. The operation is what the request asks (RequestedInformation).
 * Social workers and programs may ask everything; administrative staff and the financial
 * director (an advance on a pension the OCMW recovers from its arrears) only whether there is a
 * right (RightsOnly). The person must be integrated by the calling OCMW.
 */
export const pensionRegisterService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'S16',
  name: 'OCMWCPASPensionRegisterConsult',
  contract: 'public',
  serviceId: 'OCMWCPASPensionRegisterConsult',
  version: '20090706',
  xsd: ['S16-OCMWCPASPensionRegisterConsult/20090706/PensionRegisterRequest.xsd', 'S16-OCMWCPASPensionRegisterConsult/20090706/PensionRegisterReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: [...INFORMATION],
  operationOf: (request) => askedOf(request).information,
  targetSsin: (request) => childText(request, 'TargetSSIN') ?? '',
  requestedPeriod: (request) => {
    const asked = askedOf(request);
    return { begin: asked.start, end: asked.end };
  },
  authorizations: [
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM] }),
    ocmwRule({ roles: [ROLE.ADMIN_STAFF, ROLE.FINANCIAL_DIRECTOR], operation: 'RightsOnly' }),
  ],
  handle: pensionRegister,
};
