import type { SampleHints } from '../../sample-hints';

/** SocialRateInvestigationService: the whole history, as the CPAS client asks (no temporalCriteria). */
export const SAMPLES = (): SampleHints => ({ include: ['ticket', 'timestampSent'] });
