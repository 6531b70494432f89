import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the NIC insurability files (those S08 reads). */
export const SOURCES = ['nic'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
