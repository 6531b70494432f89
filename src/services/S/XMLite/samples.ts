import type { SampleHints } from '../../sample-hints';

/**
 * XMLite: an L950 for the persona (the ClassicPrefix a CPAS client sends names the SSIN and the
 * message code), every Dimona period since 1995, 32 answers at a time.
 */
export const SAMPLES = (): SampleHints => ({
  include: ['Data', 'SearchPeriod', 'EndDate'],
  exclude: ['Scrolling', 'A701'],
  values: {
    ClassicPrefix: (c) => `U62NA1017001000000000001O0C${c.ssin}L950`,
    INSS: (c) => c.ssin,
    BeginDate: '1995-01-01',
    EndDate: '2026-12-31',
    processType: 'L',
    version: '001',
    ActiveWorker: '1',
    CanceledContract: '0',
    NbrOfAnswer: '32',
  },
});
