import type { CallContext } from '../../types';
import { EVENT_SOURCES } from '../../../events/service-writes';

/** The sources this service's handlers receive, and nothing else. */
export const SOURCES = ['bisWrites', ...EVENT_SOURCES] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
