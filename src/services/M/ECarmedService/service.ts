import type { NewStyleDeclaration, NewStyleOperationDeclaration } from '../../types';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { ocmwRule, ROLE } from '../../authorizations';
import { Ctx, SOURCES } from './context';
import { evaluateCarmed, openCarmed } from './open';
import { evaluateModifiedCarmed, modifyCarmed } from './modify';
import { stopCarmed } from './stop';
import { closeCarmed, removeCarmed } from './close';
import { consultCarmed, consultCarmedByVersion, consultCarmedHistory, queryCarmedManager } from './consult';
import { byVersionOf, cardReferenceOf, modifyProposalOf, openProposalOf, selectionOf, stopRequestOf, targetSsinOf } from './requests';
import { refusal } from './reply';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal contexts of the contract: the CPAS tool manages; `rights eCarmed` may only read. */
export const LEGAL_CONTEXT = { MANAGE: 'manage eCarmed', RIGHTS: 'rights eCarmed' } as const;

const WRITES = ['openCarmed', 'evaluateCarmed', 'modifyCarmed', 'evaluateModifiedCarmed', 'stopCarmed', 'closeCarmed', 'removeCarmed'];
const READS = ['consultCarmed', 'consultCarmedHistory', 'queryCarmedManager', 'consultCarmedByVersion'];

const deliberation = 'emulated deliberation: MediPrima decisions on medical costs by the OCMW/CPAS (sector 17)';
const roles = [ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF, ROLE.PROGRAM];
const AUTHORIZATIONS = [
  ...WRITES.map((operation) => ocmwRule({ deliberation, roles, operation, legalContexts: [LEGAL_CONTEXT.MANAGE] })),
  ...READS.map((operation) => ocmwRule({ deliberation, roles, operation, legalContexts: [LEGAL_CONTEXT.MANAGE, LEGAL_CONTEXT.RIGHTS] })),
];

type Handler = (request: XmlElement, ctx: Ctx) => XmlObject;

/** One operation of the contract: its catalog row, how its request is read, its handler, and the shared refusal. */
const op = (name: string, id: string, read: (request: XmlElement) => unknown, handle: Handler): NewStyleOperationDeclaration<Source> => ({
  name,
  id,
  validate: (request) => void read(request),
  targetSsin: targetSsinOf,
  handle,
  refusal,
});

/**
 * M01–M08 ECarmedService v1 ("ManageCarmed", PUBLIC, reference/contracts.md §5.16): the OCMW's
 * decisions on medical costs in MediPrima through their whole life (evaluate, open, consult by
 * version and with history, who manages a card, evaluate a change and modify, stop cover by cover,
 * close or remove), each state allowing only its authorizedActions. Business refusals are normal
 * replies (NO_RESULT + backendMessages); technical errors are CBSS faults.
 */
export const eCarmedService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'M01',
  name: 'ECarmedService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/ECarmedService/manageCarmed',
  wsdl: 'M01-ECarmedService/v1/ECarmedServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    op('evaluateCarmed', 'M05', openProposalOf, evaluateCarmed),
    op('openCarmed', 'M01', openProposalOf, openCarmed),
    op('modifyCarmed', 'M02', modifyProposalOf, modifyCarmed),
    op('evaluateModifiedCarmed', 'M06', modifyProposalOf, evaluateModifiedCarmed),
    op('closeCarmed', 'M08', cardReferenceOf, closeCarmed),
    op('removeCarmed', 'M08', cardReferenceOf, removeCarmed),
    op('stopCarmed', 'M03', stopRequestOf, stopCarmed),
    op('consultCarmed', 'M04', selectionOf, consultCarmed),
    op('consultCarmedHistory', 'M07', selectionOf, consultCarmedHistory),
    op('queryCarmedManager', 'M08', selectionOf, queryCarmedManager),
    op('consultCarmedByVersion', 'M08', byVersionOf, consultCarmedByVersion),
  ],
};
