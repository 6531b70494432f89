import type { CallContext } from '../../types';

/** The sources this service's handlers receive: POD MI (its living-wage periods and the forms the OCMWs declared). */
export const SOURCES = ['podmi'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
