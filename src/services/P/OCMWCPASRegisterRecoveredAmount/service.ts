import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { registerRecoveredAmount } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P04 OCMWCPASRegisterRecoveredAmount 20090101 (MODELLED: only the ServiceId is known; the form
 * follows the Loi 65 recovery form F; 20090101 is our choice, as for P01): recovered amounts for
 * POD MI's statistics. The financial director declares them too (recovery is the finance
 * department's work).
 */
export const registerRecoveredAmountService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P04',
  name: 'OCMWCPASRegisterRecoveredAmount',
  contract: 'modelled',
  serviceId: 'OCMWCPASRegisterRecoveredAmount',
  version: '20090101',
  xsd: ['P04-OCMWCPASRegisterRecoveredAmount/20090101/RegisterRecoveredAmountRequest.xsd', 'P04-OCMWCPASRegisterRecoveredAmount/20090101/RegisterRecoveredAmountReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['RegisterRecoveredAmount'],
  operationOf: () => 'RegisterRecoveredAmount',
  targetSsin: (request) => childText(request, 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.FINANCIAL_DIRECTOR, ROLE.PROGRAM] })],
  handle: registerRecoveredAmount,
};
