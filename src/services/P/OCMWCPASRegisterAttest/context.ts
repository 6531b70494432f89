import type { CallContext } from '../../types';
import { ALERT_READER_SOURCES } from '../../podmi-alerts';
import { EVENT_SOURCES } from '../../../events/service-writes';

/** The sources this service's handlers receive: POD MI (its store and rules), what its rules read (repertory, RR), what the alerts of its decisions cross (X09), and where its decisions are raised as events. */
export const SOURCES = ['podmi', 'rr', ...ALERT_READER_SOURCES, ...EVENT_SOURCES] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
