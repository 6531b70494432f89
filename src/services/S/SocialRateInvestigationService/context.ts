import type { CallContext } from '../../types';

/** The sources this service's handlers receive: FOD Economie's Soctar and the National Register (households, addresses). */
export const SOURCES = ['soctar', 'rr'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
