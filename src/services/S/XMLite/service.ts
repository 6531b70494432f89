import { SOURCES } from './context';
import type { ClassicDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { NO_INTEGRATION, ocmwRule, ROLE } from '../../authorizations';
import { flowOf } from './flow';
import { xmlite } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * S04 XMLite 20051206 (contracts.md §3.10): classic flows in XML through the SSDN connector, the
 * operation being the flow: L950 (a worker's Dimona periods; the person must be integrated by
 * the calling OCMW) and A701 (the attestation of an employer; no person, no integration). The
 * answers are RSZ's, the same as Dolsis S01 and S03. Social workers, programs and
 * administrative staff may ask both (Dimona carries no wage); the financial director only A701.
 */
export const xmliteService: ClassicDeclaration<(typeof SOURCES)[number]> = {
  style: 'classic',
  id: 'S04',
  name: 'XMLite',
  contract: 'modelled',
  serviceId: 'XMLite',
  version: '20051206',
  xsd: ['S04-XMLite/20051206/Message.xsd', 'S04-XMLite/20051206/Message.xsd'],
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  operations: ['L950', 'A701'],
  operationOf: (request) => flowOf(request).code,
  targetSsin: (request) => {
    const { code, request: flow } = flowOf(request);
    return code === 'L950' ? (childText(flow, 'NaturalPerson', 'INSS')?.trim() ?? '') : undefined;
  },
  authorizations: [
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.ADMIN_STAFF], operation: 'L950' }),
    ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM, ROLE.ADMIN_STAFF, ROLE.FINANCIAL_DIRECTOR], operation: 'A701', ...NO_INTEGRATION }),
  ],
  handle: xmlite,
};
