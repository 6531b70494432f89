import { type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { PERSONA_CARDS } from '../../../sources/mediprima/personas';

/**
 * M01–M08 ECarmedService: OCMW Gent manages the MediPrima personas' decisions; the clock is set to
 * 2026-12-01, and a proposal is the sample's (a decision of principle from that day for a year,
 * hospitalisation with ambulatory care).
 */
const now = { now: '2026-12-01T10:00:00Z' };
const evaluate = operationOutcomes('M05', 'evaluateCarmed', now);
const open = operationOutcomes('M01', 'openCarmed', now);
const modify = operationOutcomes('M02', 'modifyCarmed', now);
const stop = operationOutcomes('M03', 'stopCarmed', now);
const consult = operationOutcomes('M04', 'consultCarmed', now);
const history = operationOutcomes('M07', 'consultCarmedHistory', now);
const manager = operationOutcomes('M08', 'queryCarmedManager', now);
const close = operationOutcomes('M08', 'closeCarmed', now);

const stopAt = (endDate: string) => ({ values: { 'stopCarmedRequest/endDate': endDate } });

export const OUTCOMES: PersonaOutcome[] = [
  evaluate('urgent-medical-aid', 'DATA_FOUND', 'MSG00000', 'Refund code 50 (illegal stay, urgent medical aid: the state pays it all); nothing is created.'),
  evaluate('mediprima-open', 'NO_RESULT', 'MED00001', `His card ${PERSONA_CARDS.open} runs to 2027-09-30: one decision per person at a time.`),
  open('urgent-medical-aid', 'DATA_FOUND', 'MSG00000', 'A new card, version 1, ACTIVE, managed by OCMW Gent, refund code 50.'),
  open('mediprima-other-ocmw', 'NO_RESULT', 'MED00001', `OCMW Antwerpen's card ${PERSONA_CARDS.otherOcmw} runs: one decision per person at a time.`),
  modify('mediprima-suspended', 'NO_RESULT', 'MED00020', 'A suspended card may only be stopped (authorizedActions: stopCarmed).'),
  stop('mediprima-suspended', 'DATA_FOUND', 'MSG00000', 'Stopped at 2026-10-31, the day before his insurance: version 3, ACTIVE again, ending 2026-10-31.', stopAt('2026-10-31')),
  stop('mediprima-other-ocmw', 'NO_RESULT', 'MED00012', 'OCMW Antwerpen manages the card.', stopAt('2026-12-31')),
  consult('mediprima-open', 'DATA_FOUND', 'MSG00000', `Card ${PERSONA_CARDS.open} version 1, ACTIVE, hospitalisation and ambulatory care 2026-10-01 to 2027-09-30, refund code 5.`),
  consult('mediprima-other-ocmw', 'NO_DATA_FOUND', 'MSG00100', 'Gent manages no card of hers (OCMW Antwerpen does).'),
  history('mediprima-suspended', 'DATA_FOUND', 'MSG00000', `Card ${PERSONA_CARDS.suspended}: version 2 SUSPENDED (REFUND_CODE on 2026-11-01, mutation 5000), then version 1 ACTIVE.`),
  manager('mediprima-other-ocmw', 'DATA_FOUND', 'MSG00000', `Card ${PERSONA_CARDS.otherOcmw}, managed by OCMW Antwerpen.`),
  manager('urgent-medical-aid', 'NO_DATA_FOUND', 'MSG00100', 'No MediPrima decision yet.'),
  close('mediprima-open', 'DATA_FOUND', 'MSG00000', 'Cancelled: the reply carries only the status.'),
  ...sharedCheckOutcomes(consult, { channel: 'new', finality: true }),
];
