import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the VMSW files, and the registers for the identities they name. */
export const SOURCES = ['vmsw', 'persons'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
