import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { filesByDateCriteriaOf, paymentsCriteriaOf, rightsAndPaymentsCriteriaOf, wantedInformationOf } from './criteria';
import { consultFile, consultFilesByDate, consultPayments, consultRightsAndPayments } from './handler';
import { Block, BLOCKS } from './parts';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context the CPAS client sends (v1 enumerates it; v2 takes any text). */
export const SOCIAL_INQUIRY = 'social inquiry';

/**
 * Who may see what (emulated deliberations, docs/services/S12.md): social workers (and their
 * programs) every part and the payments during a social inquiry; the financial director, for
 * debt recovery, the rights and payments; administrative staff the social cards and where a
 * request stands. The person must be integrated by the OCMW.
 */
const AUTHORIZATIONS = [
  ocmwRule({ roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [SOCIAL_INQUIRY] }),
  ocmwRule({ roles: [ROLE.FINANCIAL_DIRECTOR], legalContexts: ['debt recovery'], dataBlocks: ['rights', 'payments'] }),
  ocmwRule({ roles: [ROLE.ADMIN_STAFF], legalContexts: [SOCIAL_INQUIRY], dataBlocks: ['socialCards', 'evolutionOfRequest'] }),
];

const all = [...BLOCKS];

function operation(
  name: string,
  container: string,
  read: (request: XmlElement) => unknown,
  requested: (request: XmlElement) => Block[],
  handle: NewStyleOperationDeclaration<Source>['handle'],
): NewStyleOperationDeclaration<Source> {
  return {
    name,
    validate: (request) => void read(request),
    // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
    targetSsin: (request) => childText(request, container, 'ssin')?.trim() ?? '',
    dataBlocks: { all, source: 'DGPH/VSB', requested },
    handle,
  };
}

/**
 * S12 HandiService v2 (contracts.md §5.5): the disability files of the federal DGPH and the
 * Flemish VSB at a reference date (requests, recognitions, ARR/IT and APA rights, social cards;
 * VSB's care budget) and their monthly payments, one result per administration.
 */
export const handiV2Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S12',
  name: 'HandiService',
  contract: 'public',
  version: 'v2',
  path: '/SOA4520/HandiService/v2/consult',
  wsdl: 'S12-HandiService/v2/HandiV2.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  dataBlocks: { all, source: 'DGPH/VSB' },
  operations: [
    operation('consultFilesByDate', 'criteria', filesByDateCriteriaOf, (r) => filesByDateCriteriaOf(r).parts, consultFilesByDate),
    operation('consultPayments', 'criteria', paymentsCriteriaOf, () => ['payments'], consultPayments),
  ],
};

/**
 * S12 HandiService v1, which CPAS software still calls (consultFile): the DGPH file only, every
 * block present with its data or a noDataReason. Its authorization rows and persona outcomes are
 * v2's (same catalog ID).
 */
export const handiV1Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S12',
  name: 'HandiService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/HandiService/consult_01',
  wsdl: 'S12-HandiService/v1/HandiV1.wsdl',
  sources: SOURCES,
  samples: SAMPLES,
  dataBlocks: { all, source: 'DGPH' },
  operations: [
    operation(
      'consultFile',
      'wantedInformation',
      wantedInformationOf,
      (r) => {
        const w = wantedInformationOf(r);
        return [...(w.atDate?.parts ?? []), ...(w.payments ? (['payments'] as const) : [])];
      },
      consultFile,
    ),
    operation('consultRightsAndPayments', 'criteria', rightsAndPaymentsCriteriaOf, () => ['rights', 'payments'], consultRightsAndPayments),
  ],
};
