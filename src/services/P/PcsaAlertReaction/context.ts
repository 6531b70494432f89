import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the alerts (X09) and the repertory (finality through the alert's person). */
export const SOURCES = ['alerts', 'repertory'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
