import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the A036 attests the OCMWs sent. */
export const SOURCES = ['a036'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
