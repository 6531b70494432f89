import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the NIC files (incapacity periods of the mutualities). */
export const SOURCES = ['nic'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
