import type { CallContext } from '../../types';

/** The sources this service's handler receives: the National Register facts and Nova+'s rules. */
export const SOURCES = ['rr', 'nova'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
