import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultRegistrations } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context OCMW/CPAS clients send. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/**
 * Who may see the registrations (emulated deliberation, docs/services/S17.md): social workers
 * and their programs during a social inquiry, for a person the OCMW has integrated (whether the
 * person is available for work is part of the leefloon inquiry). Other roles have no row.
 */
const AUTHORIZATIONS = [ocmwRule({ deliberation: 'emulated deliberation: Jobseeker for OCMW/CPAS (sector 17)', roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] })];

/**
 * S17 Jobseeker v1 (MODELLED: no public contract exists): a person's registrations as a job
 * seeker at the regional employment service of their residence (VDAB, FOREM, ACTIRIS, ADG), with
 * their category and dates.
 */
export const jobseekerService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S17',
  name: 'Jobseeker',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/Jobseeker/v1/consult',
  wsdl: 'S17-Jobseeker/v1/JobseekerV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultRegistrations',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultRegistrations,
    },
  ],
};
