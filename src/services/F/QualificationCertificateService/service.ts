import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { flemishOcmwRules, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultQualificationCertificates } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context of the OCMW's social inquiry. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

/**
 * Who may see the LED (emulated deliberation of the Vlaamse Toezichtcommissie): the social workers
 * of the Flemish OCMWs and their programs, during a social inquiry, for a person the OCMW has
 * integrated (e.g. to guide a client to work or training). Other roles and the Walloon and
 * Brussels OCMWs have no row.
 */
const AUTHORIZATIONS = flemishOcmwRules({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] });

/**
 * F01 QualificationCertificateService v1 (MODELLED): the diplomas, certificates and experience
 * proofs of a person in the LED (Leer- en Ervaringsbewijzendatabank) of Flemish education.
 */
export const qualificationCertificateService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'F01',
  name: 'QualificationCertificateService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/QualificationCertificateService/v1/consult',
  wsdl: 'F01-QualificationCertificateService/v1/QualificationCertificateServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  dataBlocks: { all: ['qualificationCertificates'], source: 'LED' },
  operations: [
    {
      name: 'consultQualificationCertificates',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultQualificationCertificates,
    },
  ],
};
