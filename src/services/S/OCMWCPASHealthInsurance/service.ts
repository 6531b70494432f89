import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { askedOf, healthInsurance } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * S09 OCMWCPASHealthInsurance 20070509 (contracts.md §3.4; the reply's inner elements modelled):
 * a person's health insurance over a period through the classic SSDN channel, the operation
 * being the element asked (Assurability or Indemnity). Social workers and programs may ask
 * both; administrative staff and the financial director (medical costs the OCMW pays) only the
 * insurability. The person must be integrated by the calling OCMW.
 */
export const healthInsuranceService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'S09',
  name: 'OCMWCPASHealthInsurance',
  contract: 'modelled',
  serviceId: 'OCMWCPASHealthInsurance',
  version: '20070509',
  xsd: ['S09-OCMWCPASHealthInsurance/20070509/HealthInsuranceRequest.xsd', 'S09-OCMWCPASHealthInsurance/20070509/HealthInsuranceReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['Assurability', 'Indemnity'],
  operationOf: (request) => askedOf(request).kind,
  targetSsin: (request) => childText(request, 'SSIN') ?? '',
  requestedPeriod: (request) => {
    const asked = askedOf(request);
    return { begin: asked.start, end: asked.end };
  },
  authorizations: [
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM] }),
    ocmwRule({ roles: [ROLE.ADMIN_STAFF, ROLE.FINANCIAL_DIRECTOR], operation: 'Assurability' }),
  ],
  handle: healthInsurance,
};
