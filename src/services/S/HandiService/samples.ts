import type { SampleHints } from '../../sample-hints';
import { addMonths } from '../../../domain/months';

/** HandiService: both administrations and every part at today's date; payments of the last 23 months (the CPAS client's window). */
export const SAMPLES = (): SampleHints => ({
  include: ['ticket', 'timestampSent', 'DGPH', 'VSB', 'evolutionOfRequest', 'handicapRecognitions', 'handicapRecognition', 'rights', 'socialCards', 'informationAtReferenceDate', 'paymentsAtPeriod'],
  values: {
    DGPH: 'true',
    VSB: 'true',
    evolutionOfRequest: 'true',
    handicapRecognitions: 'true',
    handicapRecognition: 'true',
    rights: 'true',
    socialCards: 'true',
    referenceDate: (c) => c.today,
    startDate: (c) => `${addMonths(c.today.slice(0, 7), -23)}-01`,
    endDate: (c) => c.today,
    beginDate: (c) => `${addMonths(c.today.slice(0, 7), -23)}-01`,
  },
});
