import type { SampleHints } from '../../sample-hints';
import { addMonths } from '../../../domain/months';

/** Cadaf: the 59 months up to this one, as the CPAS client asks. */
export const SAMPLES = (): SampleHints => ({
  include: ['ticket', 'timestampSent', 'endDate'],
  values: {
    beginDate: (c) => addMonths(c.today.slice(0, 7), -59),
    endDate: (c) => c.today.slice(0, 7),
  },
});
