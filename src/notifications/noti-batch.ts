import type { Notification } from '../sources/notifications';
import { batchFileNames, envelope } from '../sources/mediprima/batch-file';
import { notificationXml } from './notification-xml';

/** The flow code of the notification batch files: "NOTI", as in socialsecurity.be's FO.NOTI.999999.… example. */
export const NOTI_FLOW = 'NOTI';
export const NOTIFICATION_TYPES_NS = 'http://kszbcss.fgov.be/types/NotificationService/v1';

/** The three file names of a notification's batch: FO.NOTI.999999.<yyyymmdd>.<seq>.T.1.1, FS.… and GO.…, <seq> its sequence number. */
export function notificationBatchNames(n: Pick<Notification, 'createdAt' | 'sequence'>): { data: string; signature: string; go: string } {
  return batchFileNames({ flow: NOTI_FLOW, day: n.createdAt.slice(0, 10), sequence: n.sequence });
}

/**
 * The data file of one outbox notification: the systemFlux envelope of the MEMU files (form NOTI001)
 * around not:notificationBatch, whose notification is the one pull and push carry (X07's XSD).
 * Built from the stored row alone, so the same notification always gives the same bytes.
 */
export function notificationBatchContent(n: Notification): string {
  return envelope({
    flow: NOTI_FLOW,
    day: n.createdAt.slice(0, 10),
    sequence: n.sequence,
    identification: 'NOTI001',
    ocmwCbe: n.organisation,
    at: new Date(n.createdAt),
    documentXml: {
      namespaces: { not: NOTIFICATION_TYPES_NS },
      schemaLocation: `${NOTIFICATION_TYPES_NS} NotificationServiceTypesV1.xsd`,
      root: 'not:notificationBatch',
      // Its children are unqualified (X07's XSD): xmlns="" undoes the envelope's default namespace.
      content: { notification: { '@xmlns': '', ...notificationXml(n) } },
    },
  });
}
