import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { householdIncomeReply } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * P12 OCMWCPASHouseholdIncome (MODELLED: no public contract, ServiceId or version; the facts say
 * only that the heating allowance asks the household's income from FOD Financiën electronically).
 * ServiceId = the catalogue name, Version 20090409 = the heating allowance's, namespace on the
 * heating allowance's pattern. Social workers, programs and the financial director (who pays the
 * allowance) may ask; the person must be integrated by the calling OCMW.
 */
export const householdIncomeService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'P12',
  name: 'OCMWCPASHouseholdIncome',
  contract: 'modelled',
  serviceId: 'OCMWCPASHouseholdIncome',
  version: '20090409',
  xsd: ['P12-OCMWCPASHouseholdIncome/20090409/HouseholdIncomeRequest.xsd', 'P12-OCMWCPASHouseholdIncome/20090409/HouseholdIncomeReply.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['HouseholdIncome'],
  operationOf: () => 'HouseholdIncome',
  targetSsin: (request) => childText(request, 'SSIN') ?? '',
  authorizations: [ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.FINANCIAL_DIRECTOR] })],
  handle: householdIncomeReply,
};
