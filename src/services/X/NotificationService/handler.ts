import type { Ctx } from './context';
import { child, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { DATA_FOUND, invalidField, NO_DATA_FOUND, replyHead, status } from '../../../soap/newstyle';
import { StatusError } from '../../types';
import { MSG } from '../../../domain/codes';
import { notificationXml } from '../../../notifications/notification-xml';
import { acknowledgementOf, pageOf } from './criteria';

/**
 * getNotifications: the caller's own outbox after a sequence number, in sequence order, one page
 * (moreAvailable says whether another follows). Each notification was routed by finality on its
 * event's date; the caller's outbox holds nothing it may not see. Fetching acknowledges nothing.
 */
export function getNotifications(request: XmlElement, ctx: Ctx): XmlObject {
  const page = pageOf(request);
  const cbe = ctx.caller!.organisation.cbe_number;
  const rows = ctx.sources.notifications.outbox(cbe, page.after, page.limit + 1, page.flows);
  const head = { ...replyHead(request, ctx), criteria: child(request, 'criteria') };
  if (!rows.length) return { ...head, status: NO_DATA_FOUND() };
  return {
    ...head,
    status: DATA_FOUND(),
    result: { lastSequenceNumber: ctx.sources.notifications.lastSequence(cbe), moreAvailable: rows.length > page.limit, notification: rows.slice(0, page.limit).map(notificationXml) },
  };
}

/**
 * acknowledgeNotifications: everything up to the sequence number is the caller's, done (again is
 * harmless: acknowledged 0). A number beyond the outbox is NOK MSG00008: the receiver would
 * acknowledge what it never received.
 */
export function acknowledgeNotifications(request: XmlElement, ctx: Ctx): XmlObject {
  const upTo = acknowledgementOf(request);
  const cbe = ctx.caller!.organisation.cbe_number;
  if (upTo > ctx.sources.notifications.lastSequence(cbe)) throw invalidField('acknowledgement/upToSequenceNumber', String(upTo));
  const acknowledged = ctx.sources.notifications.acknowledge(cbe, upTo, ctx.now.toISOString());
  return { ...replyHead(request, ctx), acknowledgement: child(request, 'acknowledgement'), status: { value: 'OK', code: MSG.OK.code, description: MSG.OK.description }, acknowledged };
}

/** A refused acknowledgement: status NOK (StatusOkType) with the code and the field. */
export function acknowledgeRefusal(request: XmlElement, ctx: Ctx, error: StatusError): XmlObject {
  const { value: _value, ...rest } = status(error.value, error.def, error.information);
  return { ...replyHead(request, ctx), acknowledgement: child(request, 'acknowledgement'), status: { value: 'NOK', ...rest } };
}
