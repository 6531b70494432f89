import type { CallContext } from '../../types';

/**
 * The sources this service's handlers receive: MediPrima's cards; the persons (the beneficiary's
 * identity); the repertory (finality for a card named by its number); the NIC and the National
 * Register (what the refund code is judged on).
 */
export const SOURCES = ['mediprima', 'persons', 'repertory', 'nic', 'rr'] as const;

/** What a handler of this service gets: its request's context, typed by its sources. */
export type Ctx = CallContext<(typeof SOURCES)[number]>;
