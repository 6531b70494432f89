import type { CallContext } from '../../types';

/** The sources this service's handlers receive: RSZ's Dimona periods and employer repertory. */
export const SOURCES = ['rsz'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
