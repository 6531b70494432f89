import type { SampleHints } from '../../sample-hints';

/** PcsaAlertReaction: one motivation (code 1, the income was known) of alert 1 raised on form 1. */
export const SAMPLES = (): SampleHints => ({
  include: ['comment'],
  values: {
    legalContext: 'PCSA:SOCIAL_FRAUD',
    alertId: '1',
    formNumber: '1',
    code: '1',
    comment: 'The wages were declared by the applicant and counted in the decision.',
  },
});
