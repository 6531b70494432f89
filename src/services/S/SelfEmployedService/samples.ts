import type { SampleHints } from '../../sample-hints';

/**
 * SelfEmployedService: a career period from 2000 on (both versions carry one; v2's is optional)
 * and the contributions from 2024Q1 to 2026Q4, where the self-employed persona has arrears.
 */
export const SAMPLES = (): SampleHints => ({
  include: ['ticket', 'timestampSent', 'period', 'endQuarter'],
  values: {
    beginDate: '2000-01-01',
    beginQuarter: '2024Q1',
    endQuarter: '2026Q4',
  },
});
