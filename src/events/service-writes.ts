import type { SourceAccess } from '../sources/registry';
import type { Notice } from './notice';
import { notify } from './raise';

/** The sources a service needs to raise its own writes as events. */
export const EVENT_SOURCES = ['notifications', 'repertory'] as const;

export interface ServiceWrite {
  /** What happened, as GET /_admin/events lists it (ADDRESS_CHANGE, BIS_PERSON_CREATED, LIVING_WAGE_DECISION, ...). */
  type: string;
  ssin: string;
  /** The day it takes effect at the source. */
  date: string;
  payload: Record<string, unknown>;
  /** The catalog row of the service that wrote it (R11, R12, P01). */
  origin: string;
}

/**
 * A write a service made is an event like those of POST /_admin/events: stored with its date and
 * its origin, and appended to the outboxes the persons repertory names for its notices. Call it
 * inside the write's own transaction, so that the write and its notifications commit together.
 */
export function raiseServiceWrite(sources: Pick<SourceAccess, (typeof EVENT_SOURCES)[number]>, write: ServiceWrite, notices: Notice[], now: Date): void {
  const { type, ssin, date, payload, origin } = write;
  notify(sources, { type, ssin, eventDate: date, payload, origin, createdAt: now.toISOString() }, notices);
}
