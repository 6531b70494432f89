import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the alerts POD MI raised (X09). */
export const SOURCES = ['alerts'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
