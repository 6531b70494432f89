import type { SampleHints } from '../../sample-hints';

/** ConsultL036: the first page, over the last year and the current one up to today. */
export const SAMPLES = (): SampleHints => ({
  exclude: ['Request'],
  values: {
    UniqueReference: (c) => `L036-${c.today.replace(/-/g, '')}`,
    'Period/BeginDate': (c) => `${Number(c.today.slice(0, 4)) - 1}-01-01`,
    'Period/EndDate': (c) => c.today,
  },
});
