import type { SampleHints } from '../../sample-hints';

/** PerformInvestigation: the persona is the social security user investigated. */
export const SAMPLES = (): SampleHints => ({ values: { SocialSecurityUser: (c) => c.ssin } });
