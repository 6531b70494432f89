import type { SampleHints } from '../../sample-hints';

/**
 * PensionRegister: the persona's pensions of the last year as the CPAS client asks them (both
 * pillars, every payment, by reference period, in French); RequestedInformation is the operation.
 */
export const SAMPLES = (operation: string): SampleHints => ({
  include: ['Focus'],
  exclude: ['TicketCBSS'],
  values: {
    TargetSSIN: (c) => c.ssin,
    StartDate: '2025-12-01',
    EndDate: '2026-11-30',
    Pillar: 'FirstSecond',
    RequestedInformation: operation,
    Focus: 'ReferencePeriod',
    Language: 'FR',
  },
});
