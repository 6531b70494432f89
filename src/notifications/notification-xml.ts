import { createHash } from 'crypto';
import type { Notification } from '../sources/notifications';
import { RawXml, XmlObject } from '../xml/build';

/**
 * The ticketCBSS of a notification: a UUID derived from the organisation and the sequence number,
 * so that it is the same each time the notification is sent (pull, push, a resend): a receiver can
 * deduplicate by it as by the sequence number.
 */
export function notificationTicket(organisation: string, sequence: number): string {
  const h = createHash('sha256').update(`ksz-notification:${organisation}:${sequence}`).digest('hex');
  // Version 5-like layout (name-based), variant 10xx.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/** One notification as the pull reply and the push message carry it (NotificationType of X07's XSD). */
export function notificationXml(n: Notification): XmlObject {
  return {
    sequenceNumber: n.sequence,
    informationNotificationCBSS: { ticketCBSS: notificationTicket(n.organisation, n.sequence), timestampSent: n.createdAt },
    flow: n.flow,
    ssin: n.ssin,
    qualityCode: n.qualityCode,
    eventDate: n.eventDate,
    // The flow's element as the outbox keeps it (written by the emulator itself, well-formed).
    payload: { element: new RawXml(n.payload) },
  };
}
