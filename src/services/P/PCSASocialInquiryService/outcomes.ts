import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * P15 PCSASocialInquiryService (simulateResidenceStatus): needs the person integrated by the
 * caller (OCMW Gent). The emulator's clock is set to 2026-11-16 for every line; without a
 * referenceDate the simulation is for that day. The right and the deciding rule are in the
 * summary (the default rules of src/sources/nova/rules.ts); test/e2e/p15-social-inquiry.test.ts
 * checks them on the wire.
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z' };
const simulate = operationOutcomes('P15', 'simulateResidenceStatus', NOW);
const on = (day: string): OutcomeRequest => ({ values: { referenceDate: day }, include: ['referenceDate'], exclude: [] });

export const OUTCOMES: PersonaOutcome[] = [
  simulate('standard', 'DATA_FOUND', 'MSG00000', 'Belgian (population register): LIVING_WAGE, rule NV01, reason RES001.'),
  simulate('eu-citizen', 'DATA_FOUND', 'MSG00000', 'Romanian with an E card (foreigners register) for 20 months: LIVING_WAGE, rule NV05, reason RES005.'),
  simulate('eu-citizen', 'DATA_FOUND', 'MSG00000', 'On 2025-04-01, in her first three months (annex 19): NONE, rule NV06, reason RES006.', on('2025-04-01')),
  simulate('newcomer', 'DATA_FOUND', 'MSG00000', 'Recognised refugee (A card, foreigners register): LIVING_WAGE, rule NV02, reason RES002.'),
  simulate('waiting-register', 'DATA_FOUND', 'MSG00000', 'Applicant for international protection in the waiting register (situation 20): EQUIVALENT_LIVING_WAGE, rule NV10, reason RES010.'),
  simulate('equivalent-leefloon', 'DATA_FOUND', 'MSG00000', 'Guinean on an A card (work) in the foreigners register: EQUIVALENT_LIVING_WAGE, rule NV09, reason RES009.'),
  simulate('no-residence-right', 'DATA_FOUND', 'MSG00000', 'His permit ended on 2025-12-31, register NONE: NONE, rule NV99, reason RES099.'),
  simulate('no-residence-right', 'DATA_FOUND', 'MSG00000', 'On 2025-06-01, while his A card ran: EQUIVALENT_LIVING_WAGE, rule NV09, reason RES009.', on('2025-06-01')),
  simulate('bis-person', 'NO_DATA_FOUND', 'MSG00100', 'A BIS number: the National Register holds no facts to simulate from.'),
  ...sharedCheckOutcomes(simulate, { channel: 'new', finality: true }),
];
