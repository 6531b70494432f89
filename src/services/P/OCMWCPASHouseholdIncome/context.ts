import type { CallContext } from '../../types';

/** The sources this service's handlers receive: the National Register households and the FOD Financiën assessments. */
export const SOURCES = ['rr', 'fodfin'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
