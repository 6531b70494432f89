import type { Db } from '../store/db';
import type { SourceAccess } from '../sources/registry';
import { toXml } from '../xml/build';
import { mutateCards } from '../sources/mediprima/produce';
import type { BatchFile } from '../sources/mediprima';
import type { StoredEvent } from '../sources/notifications';
import type { SourceEvent } from './input';
import { applyRegisterEvent } from './apply-register';
import { applySocialEvent } from './apply-social';
import type { Notice } from './notice';
import { recipients } from './routing';

export interface RaisedEvent {
  event: number;
  notifications: { organization: string; flow: string; sequence: number; ssin: string }[];
  /** The MediPrima batch files the event caused (a death, a new SSIN: N13). */
  mediprimaFiles: BatchFile[];
}

const REGISTER_TYPES = new Set(['ADDRESS_CHANGE', 'DECEASE', 'FAMILY_CHANGE', 'SSIN_REPLACED']);

/**
 * An event at a source, in one transaction: stored with its date, applied to the source (so the
 * consult services answer the new data), routed by the persons repertory to the organisations
 * whose integration allows each flow on the event's date, and appended to their outboxes. Once
 * this returns, nothing of it can be lost (SQLite, WAL, synchronous commit).
 */
export function raiseEvent(db: Db, sources: SourceAccess, e: SourceEvent, now: Date, origin = 'admin'): RaisedEvent {
  return db.transaction((): RaisedEvent => {
    const at = now.toISOString();
    const { type, ssin, date, ...payload } = e;
    const notices: Notice[] = REGISTER_TYPES.has(e.type) ? applyRegisterEvent(db, sources, e as Parameters<typeof applyRegisterEvent>[2], at) : applySocialEvent(db, sources, e as Parameters<typeof applySocialEvent>[2]);
    const { event, notifications } = notify(sources, { type, ssin, eventDate: date, payload, origin, createdAt: at }, notices);
    // MediPrima acts on a death and a new SSIN for the cards it manages (N13).
    const mediprima =
      e.type === 'DECEASE' ? mutateCards(sources.mediprima, { type: 'DECEASE', ssin, date }, now) : e.type === 'SSIN_REPLACED' ? mutateCards(sources.mediprima, { type: 'SSIN_REPLACED', ssin, date, newSsin: e.newSsin }, now) : undefined;
    return { event, notifications, mediprimaFiles: mediprima?.files ?? [] };
  })();
}

/**
 * Stores an event and appends what it notifies to the outboxes of the organisations the persons
 * repertory names on the event's date. Inside the caller's transaction.
 */
export function notify(sources: Pick<SourceAccess, 'notifications' | 'repertory'>, e: Omit<StoredEvent, 'id'>, notices: Notice[]): Omit<RaisedEvent, 'mediprimaFiles'> {
  const stored = sources.notifications.addEvent(e);
  const notifications: RaisedEvent['notifications'] = [];
  for (const n of notices)
    for (const r of recipients(sources, n.flow, n.ssin, e.eventDate)) {
      const queued = sources.notifications.enqueue({ organisation: r.cbe, flow: n.flow, eventId: stored.id, eventDate: e.eventDate, ssin: n.ssin, qualityCode: r.qualityCode, payload: toXml(n.element, n.content), createdAt: e.createdAt });
      notifications.push({ organization: r.cbe, flow: n.flow, sequence: queued.sequence, ssin: n.ssin });
    }
  return { event: stored.id, notifications };
}
