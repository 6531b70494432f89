import type { CallContext } from '../../types';
import { ALERT_READER_SOURCES } from '../../podmi-alerts';

/** The sources this service's handlers receive: POD MI (its store and rules), what its rules read (repertory, RR) and what the alerts of its decisions cross (X09). */
export const SOURCES = ['podmi', 'repertory', 'rr', ...ALERT_READER_SOURCES] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
