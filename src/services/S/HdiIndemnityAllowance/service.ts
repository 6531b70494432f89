import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultAttest } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context OCMW/CPAS clients send. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

const DELIBERATION = 'emulated deliberation: HdiIndemnityAllowance for OCMW/CPAS (sector 17)';

/**
 * Who may see the attests (emulated deliberation, docs/services/S18.md): social workers and their
 * programs during a social inquiry (the indemnities are income the leefloon takes into account),
 * and the financial director, recovering aid advanced while an indemnity was pending. The person
 * must be integrated by the OCMW.
 */
const AUTHORIZATIONS = [
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] }),
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.FINANCIAL_DIRECTOR], legalContexts: ['PCSA:DEBT_RECOVERY'] }),
];

/**
 * S18 HdiIndemnityAllowance v1 (MODELLED: no public contract exists): the attests of incapacity
 * for work the mutualities indemnify (primary incapacity, invalidity, maternity leave), with the
 * insuring organisation, the period and the daily gross indemnity, from the NIC files S08 and S09
 * also read.
 */
export const hdiIndemnityAllowanceService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S18',
  name: 'HdiIndemnityAllowance',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/HdiIndemnityAllowance/v1/consult',
  wsdl: 'S18-HdiIndemnityAllowance/v1/HdiIndemnityAllowanceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultAttest',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultAttest,
    },
  ],
};
