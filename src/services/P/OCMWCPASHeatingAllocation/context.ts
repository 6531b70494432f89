import type { CallContext } from '../../types';

/**
 * The sources this service's handlers receive: the National Register (address and household),
 * the NIC (increased intervention, category 1), FOD Financiën (household income, categories 1
 * and 2) and the heating source where the decisions are kept.
 */
export const SOURCES = ['rr', 'nic', 'fodfin', 'heating'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
