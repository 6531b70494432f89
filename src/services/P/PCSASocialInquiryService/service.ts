import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { refusal, simulateResidenceStatus } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context OCMW/CPAS clients send for a social inquiry. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

const DELIBERATION = 'emulated deliberation: PCSASocialInquiry (Nova+) for OCMW/CPAS (sector 17)';

/**
 * Who may simulate: the social workers (and their programs) and the administrative staff
 * preparing the inquiry, for a person the OCMW has integrated (finality, blocking on the request
 * date). Nothing is filtered: the simulation is one block.
 */
const AUTHORIZATIONS = [ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.ADMIN_STAFF], legalContexts: [LEGAL_CONTEXT] })];

/**
 * P15 PCSASocialInquiryService v1 (Nova+, MODELLED: no public contract; our own WSDL on the
 * CommonV3 conventions): helps the OCMW's social inquiry by simulating a person's residence
 * status on a reference date from the National Register facts (nationality, register, residence
 * document, waiting register) and saying which right applies: the leefloon (RMI law), its
 * equivalent (Loi 65) or none, with a reason code. The rules are data (src/sources/nova/rules.ts,
 * GET/PUT /_admin/nova/rules).
 */
export const pcsaSocialInquiryService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'P15',
  name: 'PCSASocialInquiryService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/PCSASocialInquiryService/v1',
  wsdl: 'P15-PCSASocialInquiry/v1/PCSASocialInquiryServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'simulateResidenceStatus',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: simulateResidenceStatus,
      refusal,
    },
  ],
};
