import type { SampleHints } from '../../sample-hints';
import { addMonths } from '../../../domain/months';

/** ChildBenefitsService: every source (authenticSources left out), the 59 months up to this one, as the CPAS client asks. */
export const SAMPLES = (): SampleHints => ({
  include: ['ticket', 'timestampSent', 'endMonth'],
  exclude: ['authenticSources'],
  values: {
    beginMonth: (c) => addMonths(c.today.slice(0, 7), -59),
    endMonth: (c) => c.today.slice(0, 7),
  },
});
