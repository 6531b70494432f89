import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the DGPH/VSB files, and the National Register for the address. */
export const SOURCES = ['handi', 'rr'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
