import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { ocmwRule, ROLE } from '../../authorizations';
import { heatingAllocation } from './handler';
import { childText, path } from '../../../xml/node';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P11 OCMWCPASHeatingAllocation 20090409 (contracts.md §3.9, contracts-wave2.md §3 P11: the
 * request is public from a CPAS client's sample, the reply MODELLED): the heating allowance of
 * the Sociaal Verwarmingsfonds / Fonds social chauffage for one fuel invoice, decided by the OCMW
 * of the beneficiary through the classic SSDN channel. Social workers and programs file it; the
 * financial director (who pays the allowance) too. The person must be integrated by the calling OCMW.
 */
export const heatingAllocationService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P11',
  name: 'OCMWCPASHeatingAllocation',
  contract: 'partial',
  serviceId: 'OCMWCPASHeatingAllocation',
  version: '20090409',
  xsd: ['P11-OCMWCPASHeatingAllocation/20090409/HeatingAllocationRequest.xsd', 'P11-OCMWCPASHeatingAllocation/20090409/HeatingAllocationReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['ComputeAllocation'],
  operationOf: () => 'ComputeAllocation',
  targetSsin: (request) => childText(path(request, 'ComputeAllocation', 'PrimaryBeneficiary'), 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.FINANCIAL_DIRECTOR] })],
  handle: heatingAllocation,
};
