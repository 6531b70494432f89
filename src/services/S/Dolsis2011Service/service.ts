import { SOURCES } from './context';
import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import { childText, XmlElement } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { employerKeyOf, employmentCriteriaOf, workerCriteriaOf } from './criteria';
import { findEmployersByWorker } from './find-employers';
import { getEmploymentDetail } from './employment-detail';
import { getEmployerDetail } from './employer-detail';
import { findPostedWorkers, findPostingDocuments, getPostedWorkerDetail, getPostingDocumentDetail } from './posted-workers';
import { postedWorkerDetailOf, postedWorkersKeyOf, postingDocumentDetailOf, postingDocumentsOf } from './posting-criteria';
import { dolsisRefusal } from './reply';
import { legalContextOf } from './security-context';
import { SAMPLES } from './samples';
import { OUTCOMES, POSTING_OUTCOMES } from './outcomes';

type Source = (typeof SOURCES)[number];

const DELIBERATION = 'emulated deliberation: Dolsis2011Service for OCMW/CPAS (sector 17)';
const SOCIAL_INQUIRY = 'SOCIAL_INVESTIGATION_OF_PCSA';
const DEBT_RECOVERY = 'PCSA:DEBT_RECOVERY';

/** Read as is: the schema and the shared checks judge it (a missing ssin reaches them as ''). */
const criteriaSsin = (request: XmlElement) => childText(request, 'criteria', 'ssin')?.trim() ?? '';

/** What every operation shares: the legal context inside securityContext, the refusal shaped as a Dolsis reply. */
function operation(
  name: string,
  id: string,
  read: (request: XmlElement) => unknown,
  handle: NewStyleOperationDeclaration<Source>['handle'],
  targetSsin: (request: XmlElement) => string | undefined,
): NewStyleOperationDeclaration<Source> {
  return { name, id, validate: (request) => void read(request), targetSsin, legalContextOf, handle, refusal: dolsisRefusal };
}

/**
 * S01 Dolsis2011Service v1 (NSSO employment data, the CBSS subset): one contract, one catalog row
 * per operation: findEmployersByWorker (S01, Dimona), getEmploymentDetail (S02, DmfA),
 * getEmployerDetail (S03, the employer repertory), findPostedWorkers and getPostedWorkerDetail
 * (S05, Limosa), findPostingDocuments and getPostingDocumentDetail (S06). The inner result
 * elements are modelled (the reference has no names for them), hence `modelled`.
 *
 * Rows: social workers (and batch programs) consult every operation during a social inquiry;
 * administrative staff see who employs the person and the employer's file, never wages (no
 * getEmploymentDetail); the financial director, under PCSA:DEBT_RECOVERY, finds the debtor's
 * employer and its address (for a wage garnishment), not the wages either. Limosa and the posting
 * documents (S05, S06) are for social workers and programs only. The Dolsis role must be Agent for
 * an OCMW (security-context.ts).
 */
export const dolsis2011Service: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S01',
  name: 'Dolsis2011Service',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/Dolsis2011Service/consult',
  wsdl: 'S01-Dolsis2011Service/v1/Dolsis2011Service.wsdl',
  sources: SOURCES,
  outcomes: [...OUTCOMES, ...POSTING_OUTCOMES],
  samples: SAMPLES,
  authorizations: [
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [SOCIAL_INQUIRY] }),
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.ADMIN_STAFF], operation: 'findEmployersByWorker', legalContexts: [SOCIAL_INQUIRY] }),
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.ADMIN_STAFF], operation: 'getEmployerDetail', legalContexts: [SOCIAL_INQUIRY] }),
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'findEmployersByWorker', legalContexts: [DEBT_RECOVERY] }),
    ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.FINANCIAL_DIRECTOR], operation: 'getEmployerDetail', legalContexts: [DEBT_RECOVERY] }),
  ],
  operations: [
    operation('findEmployersByWorker', 'S01', workerCriteriaOf, findEmployersByWorker, criteriaSsin),
    operation('getEmploymentDetail', 'S02', employmentCriteriaOf, getEmploymentDetail, criteriaSsin),
    // By NOSS, KBO or VAT number the request names no person: no SSIN or finality check then.
    operation('getEmployerDetail', 'S03', employerKeyOf, getEmployerDetail, (r) => childText(r, 'criteria', 'ssin')?.trim()),
    // By the Belgian client's enterprise number the request names no person either.
    operation('findPostedWorkers', 'S05', postedWorkersKeyOf, findPostedWorkers, (r) => childText(r, 'criteria', 'ssin')?.trim()),
    operation('getPostedWorkerDetail', 'S05', postedWorkerDetailOf, getPostedWorkerDetail, criteriaSsin),
    operation('findPostingDocuments', 'S06', postingDocumentsOf, findPostingDocuments, criteriaSsin),
    operation('getPostingDocumentDetail', 'S06', postingDocumentDetailOf, getPostingDocumentDetail, criteriaSsin),
  ],
};
