import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the organisations' outboxes (X07). */
export const SOURCES = ['notifications'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
