import { SOURCES } from './context';
import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { Reading, V1, V2 } from './asked';
import { v1Handler, v2Handler } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

const DELIBERATION = 'emulated deliberation: SelfEmployedService for OCMW/CPAS (sector 17)';

/** One operation: its criteria checked before the SSIN checks, the person named by criteria/ssin. */
const operation = (name: string, read: Reading, handle: NewStyleOperationDeclaration<Source>['handle']): NewStyleOperationDeclaration<Source> => ({
  name,
  validate: (request) => void read(request),
  // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
  targetSsin: (request: XmlElement) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
  handle,
});

/**
 * Who may consult what (rows for catalog ID S07, both versions): social workers (and batch
 * programs) everything during a social inquiry; administrative staff only the career (whether a
 * person is or was self-employed matters at intake, what they pay does not); the financial
 * director only the contributions, when recovering aid. The person must be integrated by the OCMW.
 */
const AUTHORIZATIONS = [
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: ['PCSA:SOCIAL_INQUIRY'] }),
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.ADMIN_STAFF], operation: 'consultCareer', legalContexts: ['PCSA:SOCIAL_INQUIRY'] }),
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'consultContributions', legalContexts: ['PCSA:DEBT_RECOVERY'] }),
];

/**
 * S07 SelfEmployedService v2 (contracts.md §5.13): the self-employed career RSVZ/INASTI knows of
 * a person (activities in main or complementary occupation, assimilated periods) and the social
 * contributions due per quarter with how they were paid. The inner elements of career and
 * contributions are modelled (`contract: 'modelled'`).
 */
export const selfEmployedV2Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S07',
  name: 'SelfEmployedService',
  contract: 'modelled',
  version: 'v2',
  path: '/SOA4520/SelfEmployedService/v2/consult',
  wsdl: 'S07-SelfEmployedService/v2/SelfEmployedServiceV2.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    operation('consultCareer', V2.consultCareer, v2Handler(V2.consultCareer)),
    operation('consultContributions', V2.consultContributions, v2Handler(V2.consultContributions)),
  ],
};

/**
 * S07 SelfEmployedService v1: the older interface (2015), same data; legalContext enumerated,
 * the periods mandatory, and a third operation asking both blocks at once. Its authorization
 * rows and persona outcomes are those of v2 (same catalog ID).
 */
export const selfEmployedV1Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S07',
  name: 'SelfEmployedService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/SelfEmployedService/pull',
  wsdl: 'S07-SelfEmployedService/v1/SelfEmployedServiceV1.wsdl',
  sources: SOURCES,
  samples: SAMPLES,
  operations: [
    operation('consultCareer', V1.consultCareer, v1Handler(V1.consultCareer, 'result')),
    operation('consultContributions', V1.consultContributions, v1Handler(V1.consultContributions, 'result')),
    operation('consultCareerAndContributions', V1.consultCareerAndContributions, v1Handler(V1.consultCareerAndContributions, 'results')),
  ],
};
