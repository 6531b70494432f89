import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the A036 attests the OCMWs sent and POD MI (its living-wage periods, read live). */
export const SOURCES = ['a036', 'podmi'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
