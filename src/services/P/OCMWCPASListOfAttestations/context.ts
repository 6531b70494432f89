import type { CallContext } from '../../types';

/** The sources this service's handlers receive: POD MI (its store of declared forms and decisions, its fixed exemption table). */
export const SOURCES = ['podmi'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
