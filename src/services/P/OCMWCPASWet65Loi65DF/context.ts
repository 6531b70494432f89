import type { CallContext } from '../../types';

/** The sources this service's handlers receive: POD MI (its store and rules) and what its rules read (repertory, RR). */
export const SOURCES = ['podmi', 'repertory', 'rr'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
