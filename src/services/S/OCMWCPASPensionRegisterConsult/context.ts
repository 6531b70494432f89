import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the pension cadastre of the SFP/FPD. */
export const SOURCES = ['pension'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
