import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { registerAttest } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P01 OCMWCPASRegisterAttest 20090101 (MODELLED: the ServiceId is a real KSZ service name,
 * "aangifte leefloon en weigering leefloon"; no version or XSD is public, 20090101 is our choice
 * in the style of the other classic versions): the OCMW declares form B, POD MI answers its
 * decision. Social workers, administrative staff and programs declare; the person must be
 * integrated by the calling OCMW (the POD MI rule then checks the quality code on the start date).
 */
export const registerAttestService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P01',
  name: 'OCMWCPASRegisterAttest',
  contract: 'modelled',
  serviceId: 'OCMWCPASRegisterAttest',
  version: '20090101',
  xsd: ['P01-OCMWCPASRegisterAttest/20090101/RegisterAttestRequest.xsd', 'P01-OCMWCPASRegisterAttest/20090101/RegisterAttestReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['RegisterAttest'],
  operationOf: () => 'RegisterAttest',
  targetSsin: (request) => childText(request, 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM] })],
  handle: registerAttest,
};
