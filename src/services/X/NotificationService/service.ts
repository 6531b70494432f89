import type { NewStyleDeclaration } from '../../types';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { acknowledgementOf, pageOf } from './criteria';
import { acknowledgeNotifications, acknowledgeRefusal, getNotifications } from './handler';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context of the pull (MODELLED). */
export const LEGAL_CONTEXT = 'PCSA:NOTIFICATIONS';

/** The OCMW's software (its program user) and the staff who handle the changes. */
const AUTHORIZATIONS = [
  ocmwRule({ deliberation: 'emulated deliberation: notifications of the persons repertory for OCMW/CPAS (sector 17)', roles: [ROLE.PROGRAM, ROLE.SOCIAL_WORKER, ROLE.ADMIN_STAFF], legalContexts: [LEGAL_CONTEXT] }),
];

/**
 * X07 NotificationService v1 (MODELLED, pull): the caller fetches the notifications KSZ queued in
 * its outbox (N01–N12, routed by the persons repertory on each event's date) after a sequence
 * number, page by page, and acknowledges them up to one. The same notifications a push
 * subscription delivers, with the same sequence numbers and tickets.
 */
export const notificationService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'X07',
  name: 'NotificationService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/NotificationService/v1',
  wsdl: 'X07-NotificationService/v1/NotificationServiceV1.wsdl',
  sources: SOURCES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    { name: 'getNotifications', validate: (request) => void pageOf(request), handle: getNotifications },
    { name: 'acknowledgeNotifications', validate: (request) => void acknowledgementOf(request), handle: acknowledgeNotifications, refusal: acknowledgeRefusal, statusValues: { values: ['OK', 'NOK'], refusal: 'NOK' } },
  ],
};
